// The written invitation (kallelse), one per invitee: who the meeting is about (name only), when,
// how long, where, why, the questions, who else is invited, whom to answer and by when, and the
// guide for an invited professional (seed 000).
import { addMinutesToTime } from '../domain/dates';
import { invitedFamily } from '../domain/parties';
import type { Participant, Plan, Representative } from '../domain/plan';
import { formatDate } from '../i18n/format';
import { sv } from '../i18n/sv';
import { svPdf } from '../i18n/svPdf';
import { circleExplained } from './circleExplained';
import { fileName } from './fileName';
import type { Block, FieldRow, PdfDocument } from './model';
import { BODY_SIZE, EASY_BODY_SIZE, markingFor, withdrawalNotice } from './planDocument';
import { formatDateLong } from '../i18n/format';

const t = svPdf.invitation;

export interface InvitationExport {
  plan: Plan;
  /** The local date the documents are made, "YYYY-MM-DD". */
  madeOn: string;
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

  const when: FieldRow[] = [
    { label: t.concerns, value: name },
    { label: t.date, value: b.date ? formatDate(b.date) : svPdf.notGiven },
    { label: t.time, value: t.timeRange(b.startTime, addMinutesToTime(b.startTime, b.durationMinutes), b.durationMinutes) },
    { label: t.place, value: b.place.trim() || (b.videoLink.trim() ? '' : svPdf.notGiven) },
    { label: t.link, value: b.videoLink.trim() },
  ].filter((row) => row.value !== '');

  const questions = plan.preparation.questions.map((q) => q.text.trim()).filter(Boolean);
  const replyTo = chair ? [chair.name, chair.organisation, chair.phone, chair.email].map((x) => x.trim()).filter(Boolean).join(', ') : '';

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t.heading },
    ...withdrawalNotice(plan),
    { kind: 'fields', rows: when },
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
        ...invitedFamily(plan, input.madeOn).map((r) => [r.name.trim() || sv.list.unnamed, '', sv.representativeKinds[r.kind]]),
        ...plan.participants.map((p) => {
          const pName = p.name.trim() || sv.list.unnamed;
          return [p.id === invitee.id ? t.you(pName) : pName, p.organisation.trim(), roleOf(p)];
        }),
      ],
    },
    { kind: 'heading', level: 1, text: t.reply },
    { kind: 'paragraph', text: `${t.replyTo(replyTo || t.replyToUnknown, b.replyBy ? formatDate(b.replyBy) : '')}\n${t.replyText}` },
    { kind: 'heading', level: 1, text: t.guide },
    { kind: 'heading', level: 2, text: t.guideBefore },
    { kind: 'list', items: t.guideBeforeItems },
    { kind: 'heading', level: 2, text: t.guideDuring },
    { kind: 'list', items: t.guideDuringItems },
    { kind: 'paragraph', text: t.guideAfter },
  ];

  return {
    ...frame(input, invitee.name, invitee.organisation),
    bodySize: BODY_SIZE,
    coverLine: t.coverLine(invitee.name.trim() || sv.list.unnamed, invitee.organisation.trim()),
    blocks,
  };
}

/** What an easy invitation says of the meeting: when and where, purpose, questions, and the chair to call. */
function easyFacts(plan: Plan) {
  const e = svPdf.easyInvitation;
  const b = plan.booking;
  const chair = plan.participants.find((p) => p.isChair);
  return {
    practical: [
      b.date ? e.when(formatDateLong(b.date), b.startTime, addMinutesToTime(b.startTime, b.durationMinutes)) : e.whenUnknown,
      b.place.trim() ? e.where(b.place.trim()) : '',
      b.videoLink.trim() ? e.video(b.videoLink.trim()) : '',
    ].filter(Boolean),
    questions: plan.preparation.questions.map((q) => q.text.trim()).filter(Boolean),
    purpose: plan.preparation.purpose.trim(),
    contact: chair ? [chair.name, chair.phone, chair.email].map((x) => x.trim()).filter(Boolean).join(', ') : '',
  };
}

/** The person's invitation, in easy Swedish and large type: when, where, why, who, and whom to call. */
export function personInvitation(input: InvitationExport): PdfDocument {
  const { plan } = input;
  const e = svPdf.easyInvitation;
  const name = plan.person.name.trim() || sv.list.unnamed;
  const { practical, questions, purpose, contact } = easyFacts(plan);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: e.heading },
    ...withdrawalNotice(plan, true),
    { kind: 'paragraph', text: practical.join('\n') },
    { kind: 'paragraph', text: e.intro },
  ];
  if (purpose) blocks.push({ kind: 'heading', level: 1, text: e.whyHeading }, { kind: 'paragraph', text: purpose });
  if (questions.length > 0) blocks.push({ kind: 'heading', level: 1, text: e.questionsHeading }, { kind: 'list', items: questions });
  const family = invitedFamily(plan, input.madeOn);
  if (plan.participants.length > 0 || family.length > 0) {
    blocks.push(
      { kind: 'heading', level: 1, text: e.whoHeading },
      {
        kind: 'list',
        items: [
          ...family.map((r) => svPdf.familyInvitation.who(r.name.trim() || sv.list.unnamed, sv.representativeKindsLower[r.kind])),
          ...plan.participants.map((p) => e.who(p.name.trim() || sv.list.unnamed, p.organisation.trim())),
        ],
      },
      { kind: 'paragraph', text: e.bringSomeone },
    );
  }
  blocks.push(...circleExplained(plan.person, input.madeOn));
  blocks.push({ kind: 'heading', level: 1, text: e.cannotComeHeading }, { kind: 'paragraph', text: e.cannotCome(contact) });
  return {
    ...frame(input, name, ''),
    bodySize: EASY_BODY_SIZE,
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
  const e = svPdf.easyInvitation;
  const f = svPdf.familyInvitation;
  const name = plan.person.name.trim() || sv.list.unnamed;
  const inviteeName = invitee.name.trim() || sv.list.unnamed;
  const kind = sv.representativeKindsLower[invitee.kind];
  const { practical, questions, purpose, contact } = easyFacts(plan);
  const who = [
    f.whoPerson(name),
    ...invitedFamily(plan, input.madeOn).map((r) => {
      const line = f.who(r.name.trim() || sv.list.unnamed, sv.representativeKindsLower[r.kind]);
      return r.id === invitee.id ? f.you(line) : line;
    }),
    ...plan.participants.map((p) => f.who(p.name.trim() || sv.list.unnamed, p.organisation.trim())),
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: f.heading },
    ...withdrawalNotice(plan, true),
    { kind: 'paragraph', text: f.intro(name, kind) },
    { kind: 'paragraph', text: practical.join('\n') },
  ];
  if (purpose) blocks.push({ kind: 'heading', level: 1, text: f.whyHeading }, { kind: 'paragraph', text: purpose });
  if (questions.length > 0) blocks.push({ kind: 'heading', level: 1, text: f.questionsHeading }, { kind: 'list', items: questions });
  blocks.push(
    { kind: 'heading', level: 1, text: f.whoHeading },
    { kind: 'list', items: who },
    { kind: 'heading', level: 1, text: f.thinkHeading },
    { kind: 'list', items: f.thinkItems(plan.person.name.trim() || name) },
    { kind: 'heading', level: 1, text: f.atMeetingHeading },
    { kind: 'paragraph', text: f.atMeeting },
    { kind: 'heading', level: 1, text: f.cannotComeHeading },
    { kind: 'paragraph', text: f.cannotCome(contact) },
  );
  return {
    ...frame(input, inviteeName, kind),
    bodySize: EASY_BODY_SIZE,
    coverLine: f.coverLine(inviteeName, kind),
    blocks,
  };
}

/** What every invitation shares: file name, owner, properties, marking and footer. */
function frame(input: InvitationExport, name: string, organisation: string) {
  const { plan } = input;
  const personName = plan.person.name.trim() || sv.list.unnamed;
  const chair = plan.participants.find((p) => p.isChair);
  return {
    fileName: fileName('Kallelse', plan.booking.date, name, organisation),
    owner: [name.trim() || sv.list.unnamed, organisation.trim()].filter(Boolean).join(', '),
    title: `${t.title} – ${personName}`,
    author: chair?.organisation.trim() || chair?.name.trim() || svPdf.creator,
    subject: t.subject(personName),
    marking: markingFor(plan),
    footer: t.footer(plan.id, input.madeOn),
  };
}

/** "Handläggare (mötesledare)" — the role in the case, and the meeting role when there is one. */
function roleOf(p: Participant): string {
  const meetingRoles = [p.isChair ? t.chair : '', p.isNoteTaker ? t.noteTaker : ''].filter(Boolean).join(', ');
  const role = p.role.trim();
  if (!meetingRoles) return role;
  return role ? `${role} (${meetingRoles})` : meetingRoles;
}
