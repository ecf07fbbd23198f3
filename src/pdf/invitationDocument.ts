// The written invitation (kallelse), one per invitee: who the meeting is about (name only), when,
// how long, where, why, the questions, who else is invited, whom to answer and by when, and the
// guide for an invited professional (seed 000). A follow-up's invitation also names the version of
// the plan it follows up and its goals (DOMAIN.md step 6). The person is identified by birth date.
import { addMinutesToTime } from '../domain/dates';
import type { AgreedPlan } from '../domain/agreedPlan';
import { familyReply, invitedFamily } from '../domain/parties';
import type { Participant, Plan, Representative } from '../domain/plan';
import { formatDate, formatDay } from '../i18n/format';
import { sv } from '../i18n/sv';
import { svPdf } from '../i18n/svPdf';
import { FOLLOW_UP_CIRCLE, SIP_CIRCLE } from '../i18n/meetingTemplates';
import { circleExplained } from './circleExplained';
import { fileName } from './fileName';
import type { Block, FieldRow, PdfDocument } from './model';
import { firstName, identityParagraph, identityRow, personIdentity } from './personIdentity';
import { BODY_SIZE, EASY_BODY_SIZE, markingFor, withdrawalNotice } from './planDocument';
import { formatDateLong } from '../i18n/format';

const t = svPdf.invitation;
const o = svPdf.owners;

/** The version of the plan a follow-up meeting follows up: the plan as agreed then (its number, day and goals). */
export type FollowedUpVersion = Pick<AgreedPlan, 'version' | 'heldOn' | 'goals'>;

export interface InvitationExport {
  plan: Plan;
  /** The local date the documents are made, "YYYY-MM-DD". */
  madeOn: string;
  /**
   * Set when the booked meeting is a follow-up: the plan's latest version, which it follows up.
   * Absent for the SIP meeting itself.
   */
  followsUp?: FollowedUpVersion;
}

/** Whoever has not declined this meeting's invitation; a named substitute stands in for the one invited. */
function coming(plan: Plan): Participant[] {
  return plan.participants.filter((p) => p.invitation !== 'avbojd');
}

function declined(plan: Plan): Participant[] {
  return plan.participants.filter((p) => p.invitation === 'avbojd');
}

/** The family and representatives invited who have not declined (one who declined is named among those who do not come). */
function comingFamily(plan: Plan, day: string): Representative[] {
  return invitedFamily(plan, day).filter((r) => familyReply(r) !== 'avbojd');
}

function declinedFamily(plan: Plan, day: string): Representative[] {
  return invitedFamily(plan, day).filter((r) => familyReply(r) === 'avbojd');
}

/** "Anna Ek (i stället för Nguyễn Thị Hằng)" for a named substitute; else the name. */
function comingName(p: Participant): string {
  const name = p.name.trim() || sv.list.unnamed;
  const substitute = p.invitation === 'ersattare' ? p.substituteName.trim() : '';
  return substitute ? t.substitute(substitute, name) : name;
}

/** The followed-up version's goals, long-term first: "Långsiktigt mål 1: …" (labelled) or the text alone. */
function followedUpGoals(version: FollowedUpVersion, labelled: boolean): string[] {
  const goals = version.goals;
  const counts = { lang: 0, kort: 0 };
  return [...goals.filter((g) => g.term === 'lang'), ...goals.filter((g) => g.term === 'kort')]
    .filter((g) => g.text.trim())
    .map((g) => {
      counts[g.term] += 1;
      return labelled ? `${svPdf.plan.goalLabel(g.term === 'lang', counts[g.term])}: ${g.text.trim()}` : g.text.trim();
    });
}

/** The day the followed-up version was made, "23 november 2026"; '' when not known. */
function versionDay(version: FollowedUpVersion): string {
  return version.heldOn ? formatDay(version.heldOn) : '';
}

/** The person's own invitation first, then one per invited family member or representative, then one per participant in plan order. */
export function invitations(input: InvitationExport): PdfDocument[] {
  return [
    personInvitation(input),
    ...invitedFamily(input.plan, input.madeOn).map((r) => familyInvitation(input, r)),
    ...input.plan.participants.map((p) => invitation(input, p)),
  ];
}

export function invitation(input: InvitationExport, invitee: Participant): PdfDocument {
  const { plan } = input;
  const b = plan.booking;
  const name = plan.person.name.trim() || sv.list.unnamed;
  const chair = plan.participants.find((p) => p.isChair);
  const version = input.followsUp;
  const f = t.followUp;

  const when: FieldRow[] = [
    { label: t.concerns, value: name },
    ...identityRow(personIdentity(plan.person, input.madeOn)),
    { label: t.date, value: b.date ? formatDate(b.date) : svPdf.notGiven },
    { label: t.time, value: t.timeRange(b.startTime, addMinutesToTime(b.startTime, b.durationMinutes), b.durationMinutes) },
    { label: t.place, value: b.place.trim() || (b.videoLink.trim() ? '' : svPdf.notGiven) },
    { label: t.link, value: b.videoLink.trim() },
  ].filter((row) => row.value !== '');

  const questions = plan.preparation.questions.map((q) => q.text.trim()).filter(Boolean);
  const replyTo = chair
    ? [chair.name, chair.organisation, chair.phone, chair.email]
        .map((x) => x.trim())
        .filter(Boolean)
        .join(', ')
    : '';

  const followedUp: Block[] = version
    ? [
        { kind: 'heading', level: 1, text: f.followedUp },
        { kind: 'paragraph', text: f.version(version.version, versionDay(version)) },
        { kind: 'heading', level: 2, text: f.goals },
        followedUpGoals(version, true).length > 0 ? { kind: 'list', items: followedUpGoals(version, true) } : { kind: 'paragraph', text: f.noGoals },
        { kind: 'heading', level: 2, text: f.review },
        { kind: 'list', items: f.reviewItems },
      ]
    : [];
  const away = [
    ...declinedFamily(plan, input.madeOn).map((r) => `${r.name.trim() || sv.list.unnamed}, ${sv.representativeKindsLower[r.kind]}`),
    ...declined(plan).map((p) => {
      const pName = [p.name.trim() || sv.list.unnamed, p.organisation.trim()].filter(Boolean).join(', ');
      return p.id === invitee.id ? t.you(pName) : pName;
    }),
  ];

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: version ? f.heading : t.heading },
    ...withdrawalNotice(plan),
    { kind: 'fields', rows: when },
    ...followedUp,
    { kind: 'heading', level: 1, text: t.purpose },
    { kind: 'paragraph', text: plan.preparation.purpose.trim() || svPdf.notGiven },
    { kind: 'heading', level: 2, text: t.questions },
    questions.length > 0 ? { kind: 'list', items: questions } : { kind: 'paragraph', text: svPdf.notGiven },
    { kind: 'heading', level: 1, text: t.invited },
    {
      kind: 'table',
      columns: [
        { title: t.columns.name, width: 3 },
        { title: t.columns.organisation, width: 3 },
        { title: t.columns.role, width: 3 },
      ],
      rows: [
        [name, '', t.personRow],
        ...comingFamily(plan, input.madeOn).map((r) => [r.name.trim() || sv.list.unnamed, '', sv.representativeKinds[r.kind]]),
        ...coming(plan).map((p) => {
          const pName = comingName(p);
          return [p.id === invitee.id ? t.you(pName) : pName, p.organisation.trim(), roleOf(p)];
        }),
      ],
    },
    ...(away.length > 0 ? [{ kind: 'paragraph', text: t.declined(away.join('; ')) } satisfies Block] : []),
    // Booked, not invited (parties.ts): said, so that nobody books one again or is surprised.
    ...(plan.preparation.practical.interpreterNeeded
      ? [{ kind: 'paragraph', text: t.interpreterBooked(plan.preparation.practical.interpreterLanguage.trim()) } satisfies Block]
      : []),
    { kind: 'heading', level: 1, text: t.reply },
    {
      kind: 'paragraph',
      // The chair's own copy: the replies come to her; she is not asked to answer herself.
      text:
        invitee.id === chair?.id
          ? t.repliesToYou(b.replyBy ? formatDate(b.replyBy) : '')
          : `${t.replyTo(replyTo || t.replyToUnknown, b.replyBy ? formatDate(b.replyBy) : '')}\n${t.replyText}`,
    },
    { kind: 'heading', level: 1, text: t.guide },
    { kind: 'heading', level: 2, text: t.guideBefore },
    { kind: 'list', items: version ? [...t.guideBeforeItems, f.guideBeforeItem] : t.guideBeforeItems },
    { kind: 'heading', level: 2, text: t.guideDuring },
    { kind: 'list', items: t.guideDuringItems },
    { kind: 'paragraph', text: t.guideAfter },
  ];

  return {
    ...frame(input, o.invitation(invitee.name.trim() || sv.list.unnamed, invitee.organisation.trim()), invitee.name, invitee.organisation),
    bodySize: BODY_SIZE,
    coverLine: t.coverLine(invitee.name.trim() || sv.list.unnamed, invitee.organisation.trim()),
    blocks,
  };
}

/**
 * What an easy invitation says of the meeting: when and where, purpose, questions (a follow-up's
 * own questions first, in the reader's words), and the chair to call.
 */
function easyFacts(plan: Plan, followUpQuestions: string[] = []) {
  const e = svPdf.easyInvitation;
  const b = plan.booking;
  const chair = plan.participants.find((p) => p.isChair);
  return {
    practical: [
      b.date ? e.when(formatDateLong(b.date), b.startTime, addMinutesToTime(b.startTime, b.durationMinutes)) : e.whenUnknown,
      b.place.trim() ? e.where(b.place.trim()) : '',
      b.videoLink.trim() ? e.video(b.videoLink.trim()) : '',
      plan.preparation.practical.interpreterNeeded ? e.interpreter(plan.preparation.practical.interpreterLanguage.trim()) : '',
    ].filter(Boolean),
    questions: [...followUpQuestions, ...plan.preparation.questions.map((q) => q.text.trim()).filter(Boolean)],
    purpose: plan.preparation.purpose.trim(),
    replyBy: b.replyBy ? formatDateLong(b.replyBy) : '',
    contact: chair
      ? [chair.name, chair.phone, chair.email]
          .map((x) => x.trim())
          .filter(Boolean)
          .join(', ')
      : '',
  };
}

/** The person's invitation, in easy Swedish and large type: when, where, why, who, and whom to call. */
export function personInvitation(input: InvitationExport): PdfDocument {
  const { plan } = input;
  const e = svPdf.easyInvitation;
  const name = plan.person.name.trim() || sv.list.unnamed;
  const version = input.followsUp;
  const { practical, questions, purpose, contact, replyBy } = easyFacts(plan, version ? e.followUp.questions : []);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: version ? e.followUp.heading : e.heading },
    ...withdrawalNotice(plan, true),
    ...identityParagraph(name, personIdentity(plan.person, input.madeOn)),
    { kind: 'paragraph', text: practical.join('\n') },
    { kind: 'paragraph', text: version ? e.followUp.intro(versionDay(version)) : e.intro },
  ];
  if (version) {
    const goals = followedUpGoals(version, false);
    if (goals.length > 0) blocks.push({ kind: 'heading', level: 1, text: e.followUp.goalsHeading }, { kind: 'list', items: goals });
  }
  if (purpose) blocks.push({ kind: 'heading', level: 1, text: e.whyHeading }, { kind: 'paragraph', text: purpose });
  if (questions.length > 0) blocks.push({ kind: 'heading', level: 1, text: e.questionsHeading }, { kind: 'list', items: questions });
  const family = comingFamily(plan, input.madeOn);
  if (coming(plan).length > 0 || family.length > 0) {
    blocks.push(
      { kind: 'heading', level: 1, text: e.whoHeading },
      {
        kind: 'list',
        items: [
          ...family.map((r) => svPdf.familyInvitation.who(r.name.trim() || sv.list.unnamed, sv.representativeKindsLower[r.kind])),
          ...coming(plan).map((p) => e.who(comingName(p), p.organisation.trim())),
        ],
      },
      { kind: 'paragraph', text: e.bringSomeone },
    );
  }
  // How the meeting invited to goes: a follow-up's circle for a follow-up.
  blocks.push(...circleExplained(plan.person, input.madeOn, version ? FOLLOW_UP_CIRCLE : SIP_CIRCLE));
  blocks.push({ kind: 'heading', level: 1, text: e.replyHeading }, { kind: 'paragraph', text: e.reply(contact, replyBy) });
  blocks.push({ kind: 'heading', level: 1, text: e.cannotComeHeading }, { kind: 'paragraph', text: e.cannotCome(contact) });
  return {
    ...frame(input, o.easyInvitation(firstName(plan.person.name)), name, ''),
    footer: svPdf.easyFooter(input.madeOn),
    bodySize: EASY_BODY_SIZE,
    easyRead: true,
    coverLine: e.coverLine(name),
    blocks,
  };
}

/**
 * The invitation for a family member or representative (a guardian, god man, närstående …): when,
 * where, why, who comes, what to think about before, and whom to call — in plain words to "du",
 * in large type, without the guide written for professionals.
 */
export function familyInvitation(input: InvitationExport, invitee: Representative): PdfDocument {
  const { plan } = input;
  const f = svPdf.familyInvitation;
  const name = plan.person.name.trim() || sv.list.unnamed;
  const inviteeName = invitee.name.trim() || sv.list.unnamed;
  const kind = sv.representativeKindsLower[invitee.kind];
  const version = input.followsUp;
  const { practical, questions, purpose, contact, replyBy } = easyFacts(plan, version ? f.followUp.questions : []);
  const who = [
    f.whoPerson(name),
    ...comingFamily(plan, input.madeOn).map((r) => {
      const line = f.who(r.name.trim() || sv.list.unnamed, sv.representativeKindsLower[r.kind]);
      return r.id === invitee.id ? f.you(line) : line;
    }),
    ...coming(plan).map((p) => f.who(comingName(p), p.organisation.trim())),
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: version ? f.followUp.heading : f.heading },
    ...withdrawalNotice(plan, true),
    { kind: 'paragraph', text: version ? f.followUp.intro(name, kind, versionDay(version)) : f.intro(name, kind) },
    ...identityParagraph(name, personIdentity(plan.person, input.madeOn)),
    { kind: 'paragraph', text: practical.join('\n') },
  ];
  if (version) {
    const goals = followedUpGoals(version, false);
    if (goals.length > 0) blocks.push({ kind: 'heading', level: 1, text: f.followUp.goalsHeading }, { kind: 'list', items: goals });
  }
  if (purpose) blocks.push({ kind: 'heading', level: 1, text: f.whyHeading }, { kind: 'paragraph', text: purpose });
  if (questions.length > 0) blocks.push({ kind: 'heading', level: 1, text: f.questionsHeading }, { kind: 'list', items: questions });
  blocks.push(
    { kind: 'heading', level: 1, text: f.whoHeading },
    { kind: 'list', items: who },
    { kind: 'heading', level: 1, text: f.thinkHeading },
    { kind: 'list', items: f.thinkItems(plan.person.name.trim() || name) },
    { kind: 'heading', level: 1, text: f.atMeetingHeading },
    { kind: 'paragraph', text: f.atMeeting },
    { kind: 'heading', level: 1, text: svPdf.easyInvitation.replyHeading },
    { kind: 'paragraph', text: svPdf.easyInvitation.reply(contact, replyBy) },
    { kind: 'heading', level: 1, text: f.cannotComeHeading },
    { kind: 'paragraph', text: f.cannotCome(contact) },
  );
  return {
    ...frame(input, o.invitation(inviteeName, kind), inviteeName, kind),
    footer: svPdf.easyFooter(input.madeOn),
    bodySize: EASY_BODY_SIZE,
    easyRead: true,
    coverLine: f.coverLine(inviteeName, kind),
    blocks,
  };
}

/** What every invitation shares: file name, owner (for the list of made files), properties, marking and footer. */
function frame(input: InvitationExport, owner: string, name: string, organisation: string) {
  const { plan } = input;
  const personName = plan.person.name.trim() || sv.list.unnamed;
  const chair = plan.participants.find((p) => p.isChair);
  const followUp = input.followsUp !== undefined;
  return {
    fileName: fileName('Kallelse', plan.booking.date, name, organisation),
    owner,
    title: `${followUp ? t.followUp.title : t.title} – ${personName}`,
    author: chair?.organisation.trim() || chair?.name.trim() || svPdf.creator,
    subject: followUp ? t.followUp.subject(personName) : t.subject(personName),
    marking: markingFor(plan),
    footer: t.footer(plan.id, input.madeOn),
  };
}

/** "Handläggare (mötesledare)" — the role in the case, and the meeting role when there is one. */
function roleOf(p: Participant): string {
  return svPdf.withMeetingRoles(p.role.trim(), p.isChair, p.isNoteTaker);
}
