// The plan after a meeting as documents: one copy per participant ("Ditt exemplar", their own
// interventions first) and the person's own copy in easy Swedish. The sections follow DOMAIN.md
// "The plan document". The personnummer is in a copy only when the chair asks for it.
import { INTERPRETER_ID, interventionsByGoal, PERSON_ID, performerName, responsibleOrganisation, type Intervention, type Meeting } from '../domain/meeting';
import { familyCopyOwners } from '../domain/parties';
import { consentWithdrawnOn, nextMeetingAfter, type Participant, type Plan, type Representative } from '../domain/plan';
import { meetingDay } from '../domain/agreedPlan';
import { formatDate, formatDateLong } from '../i18n/format';
import { sv } from '../i18n/sv';
import { svCapture } from '../i18n/svCapture';
import { svMeeting } from '../i18n/svMeeting';
import { svPdf } from '../i18n/svPdf';
import { circleExplained } from './circleExplained';
import { FOLLOW_UP_CIRCLE, SIP_CIRCLE } from '../i18n/meetingTemplates';
import { nextIsSipMeeting } from '../domain/lifecycle';
import { fileName } from './fileName';
import type { Block, FieldRow, PdfDocument } from './model';
import { easyWorksWellSection, situationSection } from './situationBlocks';
import { firstName, identityParagraph, identityRow, personIdentity } from './personIdentity';
import { svFollowUp } from '../i18n/svFollowUp';
import { followUpChanges, type FollowUpChanges } from './followUpChanges';
import type { PlanVersion } from '../domain/versions';

const t = svPdf.plan;
const easy = svPdf.easy;

/** Body sizes in points: the issue asks for ≥ 11 and ≥ 13 in the person's copy. */
export const BODY_SIZE = 11;
export const EASY_BODY_SIZE = 14;

export interface PlanExport {
  plan: Plan;
  meeting: Meeting;
  /** The plan's version: 1 for the first meeting, one more for each later one. */
  version: number;
  /** The local date the documents are made, "YYYY-MM-DD". */
  madeOn: string;
  /** The chair ticked "ta med personnummer" for this export. */
  includeIdNumber: boolean;
  /**
   * For a follow-up: the version it reviewed (see reviewedVersion in followUpChanges.ts), so its
   * copies say what changed ("Förut: …", "Borttaget: …"). Without it they show the statuses only.
   */
  previous?: PlanVersion;
}

export type CopyOwner = { kind: 'person' } | { kind: 'family'; representativeId: string } | { kind: 'participant'; participantId: string };

/**
 * Every copy of a held meeting's plan: the person's first, then one per family member or
 * representative of the meeting, then one per participant in plan order. The interpreter gets none.
 */
export function planCopies(input: PlanExport): PdfDocument[] {
  return [
    planCopy(input, { kind: 'person' }),
    ...familyCopyOwners(input.plan, input.meeting.attendance, input.madeOn).map((r) => planCopy(input, { kind: 'family', representativeId: r.id })),
    ...input.plan.participants.map((p) => planCopy(input, { kind: 'participant', participantId: p.id })),
  ];
}

export function planCopy(input: PlanExport, owner: CopyOwner): PdfDocument {
  if (owner.kind === 'person') return personCopy(input);
  if (owner.kind === 'family') {
    const representative = input.plan.person.representatives.find((r) => r.id === owner.representativeId);
    if (!representative) throw new Error(`no representative ${owner.representativeId} in plan ${input.plan.id}`);
    return familyCopy(input, representative);
  }
  const participant = input.plan.participants.find((p) => p.id === owner.participantId);
  if (!participant) throw new Error(`no participant ${owner.participantId} in plan ${input.plan.id}`);
  return participantCopy(input, participant);
}

/** The local date the meeting took place. */
export const meetingDate = (meeting: Meeting): string => meetingDay(meeting);

/** What every copy shares; an easy-read copy's footer has no codes (svPdf.easyFooter). */
function frame(input: PlanExport, owner: string, organisation: string, easy = false) {
  const { plan, meeting } = input;
  const chair = plan.participants.find((p) => p.id === meeting.chairId) ?? plan.participants.find((p) => p.isChair);
  return {
    fileName: fileName('SIP', meetingDate(meeting), owner, organisation),
    owner: [owner.trim() || sv.list.unnamed, organisation.trim()].filter(Boolean).join(', '),
    title: `${documentTitle(meeting)} – ${personName(plan)}`,
    author: chair?.organisation.trim() || chair?.name.trim() || svPdf.creator,
    subject: t.subject(personName(plan)),
    marking: markingFor(plan),
    footer: easy ? svPdf.easyFooter(input.madeOn) : svPdf.footer(plan.id, input.version, input.madeOn),
  };
}

/** What the follow-up changed since the version it reviewed, in the words of the copies. */
function changesOf(input: PlanExport): FollowUpChanges {
  return followUpChanges(input.previous, input, {
    responsible: (i) => responsible(input, i),
    goal: (meeting, goalId) => goalLabels(meeting).get(goalId)?.label ?? '',
    date: (date) => (date ? formatDate(date) : ''),
    notGiven: svPdf.notGiven,
  });
}

/** "Samordnad individuell plan (SIP)"; after another kind of meeting, that meeting's name first. */
export function documentTitle(meeting: Pick<Meeting, 'kind'>): string {
  return meeting.kind === 'sip' || meeting.kind === 'uppfoljning' ? t.title : `${svMeeting.meetings.kinds[meeting.kind]} – ${t.title}`;
}

/** The confidentiality marking, with the withdrawal of consent on every page when there is one. */
export function markingFor(plan: Plan): string {
  return consentWithdrawnOn(plan) === null ? svPdf.marking : `${svPdf.marking} · ${svPdf.withdrawnMarking}`;
}

/** A notice first in the body when consent is withdrawn; nothing otherwise. */
export function withdrawalNotice(plan: Plan, easyWords = false): Block[] {
  const date = consentWithdrawnOn(plan);
  if (date === null) return [];
  const text = easyWords ? svPdf.withdrawnNoticeEasy(date ? formatDateLong(date) : '') : svPdf.withdrawnNotice(date ? formatDate(date) : '');
  return [{ kind: 'paragraph', text, emphasis: true }];
}

function personName(plan: Plan): string {
  return plan.person.name.trim() || sv.list.unnamed;
}

// ---------------------------------------------------------------------------------------------
// A participant's copy

function participantCopy(input: PlanExport, owner: Participant): PdfDocument {
  const { plan, meeting } = input;
  return {
    ...frame(input, owner.name, owner.organisation),
    bodySize: BODY_SIZE,
    coverLine: t.copyFor(owner.name.trim() || sv.list.unnamed, owner.organisation.trim()),
    blocks: [
      { kind: 'heading', level: 1, text: documentTitle(meeting) },
      ...withdrawalNotice(plan),
      {
        kind: 'fields',
        rows: [
          { label: t.statusLabel, value: t.status[plan.status] },
          { label: t.meetingDate, value: formatDate(meetingDate(meeting)) || svPdf.notGiven },
          { label: t.version, value: String(input.version) },
        ],
      },
      ...ownInterventions(input, owner),
      ...personSection(input),
      ...wishesSection(plan),
      ...participantsSection(plan, meeting),
      ...consentSection(plan),
      ...situationSection(plan, meeting),
      ...followUpSection(input),
      ...goalsSection(input),
      ...interventionsSection(input),
      ...ownActionsSection(meeting),
      ...disagreementsAndParked(meeting),
      ...agreementSection(meeting),
      ...leadAndFollowUp(input),
    ],
  };
}

/** The interventions an owner's organisation answers for (or that name the owner), as sentences. */
export function interventionsOf(input: PlanExport, owner: Participant): Intervention[] {
  const organisation = owner.organisation.trim().toLocaleLowerCase('sv');
  return input.meeting.interventions.filter(
    (i) =>
      (i.performerKind === 'deltagare' && i.participantId === owner.id) ||
      (organisation !== '' && responsibleOrganisation(i, input.plan.participants).toLocaleLowerCase('sv') === organisation),
  );
}

function ownInterventions(input: PlanExport, owner: Participant): Block[] {
  const mine = interventionsOf(input, owner);
  return [
    { kind: 'heading', level: 1, text: t.yours },
    mine.length === 0 ? { kind: 'paragraph', text: t.yoursEmpty } : { kind: 'paragraph', text: t.yoursIntro(owner.organisation.trim()) },
    ...(mine.length > 0 ? [{ kind: 'list', items: mine.map((i) => interventionSentence(input, i)) } satisfies Block] : []),
  ];
}

function personSection(input: PlanExport): Block[] {
  const { person } = input.plan;
  const rows: FieldRow[] = [{ label: t.name, value: personName(input.plan) }];
  rows.push(...identityRow(personIdentity(person, input.madeOn, input.includeIdNumber)));
  rows.push(...contactRows(person.contact));
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t.person },
    { kind: 'fields', rows },
  ];
  if (person.representatives.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t.representatives },
      {
        kind: 'list',
        items: person.representatives.map((r) =>
          [`${sv.representativeKinds[r.kind]}: ${r.name.trim() || sv.list.unnamed}`, r.contact.phone, r.contact.email, r.contact.address]
            .map((x) => x.trim())
            .filter(Boolean)
            .join(', '),
        ),
      },
    );
  }
  return blocks;
}

function contactRows(contact: { phone: string; email: string; address: string }): FieldRow[] {
  return [
    { label: t.phone, value: contact.phone.trim() },
    { label: t.email, value: contact.email.trim() },
    { label: t.address, value: contact.address.trim() },
  ].filter((row) => row.value !== '');
}

function wishesSection(plan: Plan): Block[] {
  const { whatMatters, purpose, questions } = plan.preparation;
  const asked = questions.map((q) => q.text.trim()).filter(Boolean);
  return [
    { kind: 'heading', level: 1, text: t.whatMatters },
    { kind: 'paragraph', text: whatMatters.trim() || svPdf.notGiven },
    { kind: 'heading', level: 2, text: t.purpose },
    { kind: 'paragraph', text: purpose.trim() || svPdf.notGiven },
    { kind: 'heading', level: 2, text: t.questions },
    asked.length > 0 ? { kind: 'list', items: asked } : { kind: 'paragraph', text: svPdf.notGiven },
  ];
}

function participantsSection(plan: Plan, meeting: Meeting): Block[] {
  const attendance = (id: string) => {
    const a = meeting.attendance.find((x) => x.attendeeId === id);
    if (!a) return '';
    const status = svMeeting.attendanceStatus[a.status];
    return a.status === 'ersattare' && a.substituteName.trim() ? `${status}: ${a.substituteName.trim()}` : status;
  };
  const c = t.columns;
  return [
    { kind: 'heading', level: 1, text: t.participants },
    {
      kind: 'table',
      columns: [
        { title: c.name, width: 3 },
        { title: c.organisation, width: 3.4 },
        { title: c.role, width: 3 },
        { title: c.attendance, width: 2.3 },
      ],
      rows: [
        [personName(plan), '', t.personRole, attendance(PERSON_ID)],
        ...plan.person.representatives
          .filter((r) => meeting.attendance.some((a) => a.attendeeId === r.id))
          .map((r) => [r.name.trim() || sv.list.unnamed, '', sv.representativeKinds[r.kind], attendance(r.id)]),
        // Who chaired the meeting and took its notes, as the meeting recorded them.
        ...plan.participants.map((p) => [
          p.name.trim() || sv.list.unnamed,
          organisationAndPrincipal(p),
          svPdf.withMeetingRoles(p.role.trim(), p.id === meeting.chairId, p.id === meeting.noteTakerId),
          attendance(p.id),
        ]),
        // In the room, bound by confidentiality, not a party of the plan (DOMAIN.md).
        ...(meeting.attendance.some((a) => a.attendeeId === INTERPRETER_ID)
          ? [[svMeeting.attendance.interpreterLanguage(plan.preparation.practical.interpreterLanguage.trim()), '', t.interpreterRole, attendance(INTERPRETER_ID)]]
          : []),
      ],
    },
  ];
}

/** "Socialtjänsten\nKommun"; for another principal only its name, once when it is the organisation. */
function organisationAndPrincipal(p: Participant): string {
  const organisation = p.organisation.trim();
  const principal = p.principal === 'annan' ? p.principalOther.trim() : sv.principals[p.principal];
  if (!principal || principal.toLocaleLowerCase('sv') === organisation.toLocaleLowerCase('sv')) return organisation || principal;
  return organisation ? `${organisation}\n${principal}` : principal;
}

function consentSection(plan: Plan): Block[] {
  if (plan.consents.length === 0)
    return [
      { kind: 'heading', level: 1, text: t.consent },
      { kind: 'paragraph', text: t.consentEmpty },
    ];
  return [
    { kind: 'heading', level: 1, text: t.consent },
    ...plan.consents.flatMap((c, n): Block[] => {
      const giver = [sv.consentGivers[c.givenBy], c.givenByName.trim()].filter(Boolean).join(': ');
      const rows: FieldRow[] = [
        { label: t.consentGivenBy, value: giver },
        { label: t.consentForm, value: sv.consentForms[c.form] },
        { label: t.consentDate, value: formatDate(c.date) || svPdf.notGiven },
        { label: t.consentValidUntil, value: formatDate(c.validUntil) || svPdf.notGiven },
        {
          label: t.consentScopes,
          value: c.scopes.map((s) => [s.party.trim(), s.information.trim()].filter(Boolean).join(': ')).join('\n') || svPdf.notGiven,
        },
      ];
      // What must not be shared is named to the chair only: printed, the limit would tell every
      // reader the very thing it keeps from them. The copy says a limit exists.
      if (c.notShared.trim()) rows.push({ label: t.consentNotShared, value: t.consentNotSharedText });
      if (c.withdrawn) rows.push({ label: sv.consent.withdrawnBadge, value: t.consentWithdrawn(formatDate(c.withdrawnDate)) });
      return [
        { kind: 'heading', level: 2, text: sv.consent.consent(n + 1) },
        { kind: 'fields', rows },
      ];
    }),
  ];
}

/** A follow-up's look back (DOMAIN.md step 6): each goal's status, each intervention's outcome, what is new. */
export function followUpSection(input: PlanExport): Block[] {
  const { meeting } = input;
  const review = meeting.review;
  if (!review) return [];
  const f = t.review;
  const labels = goalLabels(meeting);
  const changes = changesOf(input);
  const goal = (id: string) => {
    const g = labels.get(id);
    if (g) {
      const before = changes.goalBefore(id);
      return [`${g.label}: ${g.text || svPdf.notGiven}`, before !== null && svFollowUp.was(before)].filter(Boolean).join('\n');
    }
    const removed = changes.removedGoal(id);
    return removed ? svFollowUp.removed(removed.text.trim() || svPdf.notGiven, '') : f.removed;
  };
  const intervention = (id: string) => {
    const i = meeting.interventions.find((x) => x.id === id);
    if (i) return [i.what.trim() || svPdf.notGiven, responsible(input, i), ...changes.interventionChanges(id)].filter(Boolean).join('\n');
    const removed = changes.removedIntervention(id);
    return removed ? svFollowUp.removed(removed.what.trim() || svPdf.notGiven, responsible(input, removed)) : f.removed;
  };
  const r = svCapture.review;
  return [
    { kind: 'heading', level: 1, text: f.heading },
    { kind: 'paragraph', text: f.intro(review.ofVersion) },
    { kind: 'heading', level: 2, text: f.goals },
    review.goals.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: f.goalColumns.goal, width: 5 },
            { title: f.goalColumns.status, width: 2.2 },
            { title: f.goalColumns.comment, width: 5 },
          ],
          rows: review.goals.map((g) => [goal(g.goalId), g.status ? r.goalStatuses[g.status] : f.notMarked, g.comment.trim()]),
        }
      : { kind: 'paragraph', text: r.noGoals },
    { kind: 'heading', level: 2, text: f.interventions },
    review.interventions.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: f.interventionColumns.intervention, width: 4.6 },
            { title: f.interventionColumns.carriedOut, width: 2.2 },
            { title: f.interventionColumns.helped, width: 1.8 },
            { title: f.interventionColumns.comment, width: 3.6 },
          ],
          rows: review.interventions.map((i) => [
            intervention(i.interventionId),
            i.carriedOut ? r.carriedOutOptions[i.carriedOut] : f.notMarked,
            i.helped ? r.helpedOptions[i.helped] : f.notMarked,
            i.comment.trim(),
          ]),
        }
      : { kind: 'paragraph', text: r.noInterventions },
    // New since the version followed up: marked here as the family's copy marks them ("Nytt: …").
    ...(changes.diff.interventions.added.length > 0
      ? ([
          { kind: 'heading', level: 2, text: f.addedInterventions },
          { kind: 'list', items: changes.diff.interventions.added.map((i) => svFollowUp.added(i.what.trim() || svPdf.notGiven, responsible(input, i))) },
        ] satisfies Block[])
      : []),
    { kind: 'heading', level: 2, text: f.newInformation },
    { kind: 'paragraph', text: review.newInformation.trim() || f.nothingNew },
  ];
}

/** "Långsiktigt mål 1" for each goal id, numbered within its term. */
function goalLabels(meeting: Meeting): Map<string, { label: string; text: string }> {
  const counts = { lang: 0, kort: 0 };
  const labels = new Map<string, { label: string; text: string }>();
  for (const goal of [...meeting.goals.filter((g) => g.term === 'lang'), ...meeting.goals.filter((g) => g.term === 'kort')]) {
    counts[goal.term] += 1;
    labels.set(goal.id, { label: t.goalLabel(goal.term === 'lang', counts[goal.term]), text: goal.text.trim() });
  }
  return labels;
}

function goalsSection(input: PlanExport): Block[] {
  const { meeting } = input;
  if (meeting.goals.length === 0 && meeting.interventions.length === 0) {
    return [
      { kind: 'heading', level: 1, text: t.goals },
      { kind: 'paragraph', text: t.goalsEmpty },
    ];
  }
  const labels = goalLabels(meeting);
  const groups = interventionsByGoal(meeting);
  const ordered = [...labels.keys()].map((id) => groups.find((g) => g.goalId === id)!).concat(groups.filter((g) => g.goalId === ''));
  return [
    { kind: 'heading', level: 1, text: t.goals },
    ...ordered.flatMap((group): Block[] => {
      const goal = labels.get(group.goalId);
      const heading = goal ? `${goal.label}: ${goal.text || svPdf.notGiven}` : t.looseInterventions;
      return [
        { kind: 'heading', level: 2, text: heading },
        group.interventions.length > 0
          ? // What and who only: when and where are in "Insatser" below, each intervention once.
            { kind: 'list', items: group.interventions.map((i) => [i.what.trim() || svPdf.notGiven, responsible(input, i)].filter(Boolean).join(' · ')) }
          : { kind: 'paragraph', text: t.goalNoInterventions },
      ];
    }),
  ];
}

function interventionsSection(input: PlanExport): Block[] {
  const { meeting } = input;
  if (meeting.interventions.length === 0)
    return [
      { kind: 'heading', level: 1, text: t.interventions },
      { kind: 'paragraph', text: t.interventionsEmpty },
    ];
  const labels = goalLabels(meeting);
  const c = t.interventionColumns;
  return [
    { kind: 'heading', level: 1, text: t.interventions },
    {
      kind: 'table',
      columns: [
        { title: c.what, width: 3.4 },
        { title: c.responsible, width: 3 },
        { title: c.start, width: 1.9 },
        { title: c.when, width: 2.6 },
        { title: c.where, width: 2 },
      ],
      rows: meeting.interventions.map((i) => [
        [i.what.trim() || svPdf.notGiven, labels.get(i.goalId)?.label ?? ''].filter(Boolean).join('\n'),
        responsible(input, i),
        i.startDate ? formatDate(i.startDate) : '',
        [i.when.trim(), i.frequency.trim()].filter(Boolean).join(', '),
        i.where.trim(),
      ]),
    },
  ];
}

/** "Anna Berg (Arbetsförmedlingen)", "Familjen: mamma Sara", the person's name … */
function responsible(input: PlanExport, i: Intervention): string {
  const { plan } = input;
  const who = performerName(i, plan.participants, personName(plan));
  const organisation = i.performerKind === 'personen' ? '' : responsibleOrganisation(i, plan.participants);
  if (i.performerKind === 'familjen') return [t.ownBy.familjen, who].filter(Boolean).join(': ');
  return who && organisation ? `${who} (${organisation})` : who || organisation;
}

function interventionSentence(input: PlanExport, i: Intervention): string {
  const parts = [
    i.what.trim() || svPdf.notGiven,
    responsible(input, i),
    i.startDate && t.starts(formatDate(i.startDate)),
    i.when.trim(),
    i.frequency.trim(),
    i.where.trim(),
  ];
  return parts.filter(Boolean).join(' · ');
}

function ownActionsSection(meeting: Meeting): Block[] {
  const items = meeting.ownActions.filter((a) => a.text.trim()).map((a) => `${t.ownBy[a.by]}: ${a.text.trim()}`);
  return [{ kind: 'heading', level: 1, text: t.own }, items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: t.ownEmpty }];
}

/**
 * The disagreements and parked issues in plain words, for the person's and the family's copies:
 * only when there are any (they are about them too), what is not settled and what waits.
 */
function openQuestionsInPlainWords(meeting: Meeting): Block[] {
  const w = svPdf.openQuestions;
  const disagreements = meeting.disagreements.filter((d) => d.what.trim()).map((d) => w.disagreement(d.what.trim(), d.between.trim()));
  const parked = meeting.parked.map((p) => p.text.trim()).filter(Boolean);
  return [
    ...(disagreements.length > 0
      ? ([
          { kind: 'heading', level: 1, text: w.disagreementsHeading },
          { kind: 'paragraph', text: w.disagreementsText },
          { kind: 'list', items: disagreements },
        ] satisfies Block[])
      : []),
    ...(parked.length > 0
      ? ([
          { kind: 'heading', level: 1, text: w.parkedHeading },
          { kind: 'list', items: parked },
        ] satisfies Block[])
      : []),
  ];
}

function disagreementsAndParked(meeting: Meeting): Block[] {
  const disagreements = meeting.disagreements.filter((d) => d.what.trim()).map((d) => t.disagreementBetween(d.what.trim(), d.between.trim()));
  const parked = meeting.parked.map((p) => p.text.trim()).filter(Boolean);
  return [
    { kind: 'heading', level: 1, text: t.disagreements },
    disagreements.length > 0 ? { kind: 'list', items: disagreements } : { kind: 'paragraph', text: t.disagreementsEmpty },
    { kind: 'heading', level: 2, text: t.parked },
    parked.length > 0 ? { kind: 'list', items: parked } : { kind: 'paragraph', text: t.parkedEmpty },
  ];
}

function agreementSection(meeting: Meeting): Block[] {
  const rows: FieldRow[] = [{ label: t.agreementAnswer, value: t.agreementAnswers[meeting.agreement] }];
  if (meeting.personWords.trim()) rows.push({ label: t.personWords, value: meeting.personWords.trim() });
  return [
    { kind: 'heading', level: 1, text: t.agreement },
    { kind: 'fields', rows },
  ];
}

function leadOf(input: PlanExport): Participant | undefined {
  return input.plan.participants.find((p) => p.id === input.meeting.leadParticipantId);
}

function leadAndFollowUp(input: PlanExport): Block[] {
  const { meeting } = input;
  const lead = leadOf(input);
  // The follow-up booked in this meeting, or the one booked before that stays in force.
  const followUp = nextMeetingAfter(input.plan, meeting);
  const leadBlocks: Block[] = lead
    ? [
        {
          kind: 'fields',
          rows: [
            { label: t.name, value: lead.name.trim() || sv.list.unnamed },
            { label: sv.participants.organisation, value: lead.organisation.trim() },
            { label: t.leadRole, value: meeting.leadRole.trim() },
            { label: t.phone, value: lead.phone.trim() },
            { label: t.email, value: lead.email.trim() },
          ].filter((row) => row.value !== ''),
        },
      ]
    : [{ kind: 'paragraph', text: t.noLead }];
  return [
    { kind: 'heading', level: 1, text: t.lead },
    ...leadBlocks,
    // Before the SIP meeting (a samverkansmöte first, say) the booked meeting is the SIP meeting.
    { kind: 'heading', level: 1, text: followUp && !meeting.followUp.date && input.plan.status === 'forberedelse' ? t.nextSipMeeting : t.followUp },
    followUp
      ? {
          kind: 'fields',
          rows: [
            { label: t.followUpWhen, value: [formatDate(followUp.date), followUp.startTime].filter(Boolean).join(' ') },
            { label: t.followUpPlace, value: followUp.place || svPdf.notGiven },
          ],
        }
      : { kind: 'paragraph', text: t.noFollowUp },
    { kind: 'heading', level: 2, text: t.ifChanges },
    { kind: 'paragraph', text: t.ifChangesText(leadContact(lead)) },
  ];
}

/** "Anna Berg, Arbetsförmedlingen, 070-123 45 67" — whatever of it is known. */
function leadContact(lead: Participant | undefined): string {
  if (!lead) return '';
  return [lead.name, lead.organisation, lead.phone, lead.email]
    .map((x) => x.trim())
    .filter(Boolean)
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// The person's own copy, in easy Swedish

/** The goals as a plain list under `heading`, long-term first (the easy and the family copies of a first meeting). */
function goalsInPlainWords(meeting: Meeting, heading: string): Block[] {
  const goals = [...meeting.goals.filter((g) => g.term === 'lang'), ...meeting.goals.filter((g) => g.term === 'kort')].map((g) => g.text.trim()).filter(Boolean);
  return [{ kind: 'heading', level: 1, text: heading }, goals.length > 0 ? { kind: 'list', items: goals } : { kind: 'paragraph', text: easy.goalsEmpty }];
}

function personCopy(input: PlanExport): PdfDocument {
  const { plan, meeting } = input;
  const name = personName(plan);
  const lead = leadOf(input);
  const date = meetingDate(meeting);
  // After a follow-up: how each goal went in plain sentences, no tables and no version numbers.
  const followUp = meeting.review !== null;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: easy.title },
    ...withdrawalNotice(plan, true),
    { kind: 'paragraph', text: (followUp ? svFollowUp.easy.intro : easy.intro)(date ? formatDateLong(date) : '') },
  ];
  blocks.push(...identityParagraph(name, personIdentity(plan.person, input.madeOn, input.includeIdNumber)));

  blocks.push({ kind: 'heading', level: 1, text: easy.whatMatters });
  blocks.push({ kind: 'paragraph', text: plan.preparation.whatMatters.trim() || svPdf.notGiven });
  if (meeting.personWords.trim()) blocks.push({ kind: 'paragraph', text: `${easy.yourWords} ${meeting.personWords.trim()}` });
  blocks.push(...easyWorksWellSection(plan, meeting));

  blocks.push(...(followUp ? easyFollowUpGoals(input) : goalsInPlainWords(meeting, easy.goals)));

  blocks.push({ kind: 'heading', level: 1, text: easy.whoDoesWhat });
  const others = meeting.interventions.filter((i) => i.performerKind !== 'personen');
  blocks.push(others.length > 0 ? { kind: 'list', items: others.map((i) => easySentence(input, i)) } : { kind: 'paragraph', text: easy.whoDoesWhatEmpty });

  const yours = [
    // Under "Det här gör du själv", as the person's own actions beside them: no "Du:" first.
    ...meeting.interventions.filter((i) => i.performerKind === 'personen').map((i) => easySentence(input, i, false)),
    ...meeting.ownActions.filter((a) => a.by === 'personen' && a.text.trim()).map((a) => a.text.trim()),
  ];
  if (yours.length > 0) blocks.push({ kind: 'heading', level: 1, text: easy.youDo }, { kind: 'list', items: yours });
  const family = meeting.ownActions.filter((a) => a.by === 'familjen' && a.text.trim()).map((a) => a.text.trim());
  if (family.length > 0) blocks.push({ kind: 'heading', level: 1, text: easy.familyDoes }, { kind: 'list', items: family });
  if (followUp) {
    blocks.push(...notAsAgreed(input));
    // What the follow-up ended: what and who, in the same words as what happens.
    const ended = changesOf(input).diff.interventions.removed.map((i) => easySentence(input, { ...i, startDate: '', when: '', frequency: '', where: '' }));
    if (ended.length > 0) blocks.push({ kind: 'heading', level: 1, text: svFollowUp.easy.ended }, { kind: 'list', items: ended });
  }
  blocks.push(...openQuestionsInPlainWords(meeting));

  blocks.push({ kind: 'heading', level: 1, text: easy.lead });
  if (lead) {
    const leadName = lead.name.trim() || sv.list.unnamed;
    const lines = [easy.leadText(leadName, lead.organisation.trim())];
    if (lead.phone.trim()) lines.push(easy.phone(lead.phone.trim()));
    if (lead.email.trim()) lines.push(easy.email(lead.email.trim()));
    blocks.push({ kind: 'paragraph', text: lines.join('\n') });
  } else {
    blocks.push({ kind: 'paragraph', text: easy.noLead });
  }

  const f = nextMeetingAfter(plan, meeting);
  blocks.push({ kind: 'heading', level: 1, text: easy.nextMeeting });
  blocks.push({ kind: 'paragraph', text: f ? easy.nextMeetingText(formatDateLong(f.date), f.startTime, f.place) : easy.noNextMeeting });
  // How the next meeting goes (as the held meeting's screen names it); nothing when none is booked.
  if (f) blocks.push(...circleExplained(plan.person, input.madeOn, nextIsSipMeeting(plan, meeting) ? SIP_CIRCLE : FOLLOW_UP_CIRCLE));
  blocks.push({ kind: 'heading', level: 1, text: easy.ifChanges });
  blocks.push({ kind: 'paragraph', text: easy.ifChangesText(lead ? leadContact(lead) : '') });

  return {
    ...frame(input, name, '', true),
    owner: svPdf.owners.easy(firstName(plan.person.name)),
    bodySize: EASY_BODY_SIZE,
    easyRead: true,
    coverLine: easy.copyFor(name),
    blocks,
  };
}

/** The goals in the order the plan has them: long-term first. */
function orderedGoals(meeting: Meeting) {
  return [...meeting.goals.filter((g) => g.term === 'lang'), ...meeting.goals.filter((g) => g.term === 'kort')];
}

/** The review's goals the follow-up removed from the plan. */
function removedGoalRows(meeting: Meeting) {
  return (meeting.review?.goals ?? []).filter((row) => !meeting.goals.some((g) => g.id === row.goalId));
}

/**
 * "Så har det gått med dina mål": each goal as it is now, then one or two sentences on how it went
 * and what happens now, and what was said about it; the goals taken away last. Then what is new.
 */
function easyFollowUpGoals(input: PlanExport): Block[] {
  const { meeting } = input;
  const e = svFollowUp.easy;
  const rows = new Map((meeting.review?.goals ?? []).map((g) => [g.goalId, g]));
  const changes = changesOf(input);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: e.goals }];
  for (const goal of orderedGoals(meeting)) {
    const row = rows.get(goal.id);
    blocks.push({ kind: 'heading', level: 2, text: goal.text.trim() || svPdf.notGiven });
    blocks.push({ kind: 'paragraph', text: row ? e.status[row.status] : e.newGoal });
    if (row?.comment.trim()) blocks.push({ kind: 'paragraph', text: e.comment(row.comment.trim()) });
  }
  for (const row of removedGoalRows(meeting)) {
    const text = changes.removedGoal(row.goalId)?.text.trim();
    if (text) blocks.push({ kind: 'heading', level: 2, text }, { kind: 'paragraph', text: e.removedGoal });
    else blocks.push({ kind: 'paragraph', text: e.removedGoalUnnamed });
  }
  if (blocks.length === 1) blocks.push({ kind: 'paragraph', text: easy.goalsEmpty });
  const news = meeting.review?.newInformation.trim();
  if (news) blocks.push({ kind: 'heading', level: 1, text: e.newInformation }, { kind: 'paragraph', text: news });
  return blocks;
}

/** "Anna Berg på Arbetsförmedlingen: Arbetsträning. Start tisdag 1 december 2026. Tisdagar klockan 10. Stadsbiblioteket." */
function easySentence(input: PlanExport, i: Intervention, withSubject = true): string {
  const { plan } = input;
  const kind = i.performerKind;
  const who = kind === 'personen' ? easy.performer.personen : kind === 'familjen' ? easy.performer.familjen : performerName(i, plan.participants, '');
  const organisation = kind === 'deltagare' || kind === 'annan' ? responsibleOrganisation(i, plan.participants) : '';
  const subject = who && organisation ? easy.whoAt(who, organisation) : who || organisation;
  const sentences = [i.what.trim(), i.startDate && easy.starts(formatDateLong(i.startDate)), i.when.trim(), i.frequency.trim(), i.where.trim()]
    .filter(Boolean)
    .map((s) => `${s.charAt(0).toLocaleUpperCase('sv')}${s.slice(1)}`)
    .map((s) => (/[.!?]$/u.test(s) ? s : `${s}.`))
    .join(' ');
  return subject && withSubject ? `${subject}: ${sentences}` : sentences;
}

// ---------------------------------------------------------------------------------------------
// A family member's or representative's copy, in plain words

/**
 * "Ditt exemplar — Sara Berg, vårdnadshavare": what the family does first (its own actions and the
 * interventions the family performs), then the plan in plain words — what matters, the goals, what
 * the person and the others do, the contact person, the next meeting — in lists, not tables.
 */
function familyCopy(input: PlanExport, owner: Representative): PdfDocument {
  const { plan, meeting } = input;
  const f = svPdf.family;
  const name = personName(plan);
  const ownerName = owner.name.trim() || sv.list.unnamed;
  const kind = sv.representativeKindsLower[owner.kind];
  const lead = leadOf(input);
  const date = meetingDate(meeting);
  const followUp = meeting.review !== null;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: f.title(name) },
    ...withdrawalNotice(plan, true),
    { kind: 'paragraph', text: (followUp ? svFollowUp.family.intro : f.intro)(date ? formatDateLong(date) : '') },
    ...identityParagraph(name, personIdentity(plan.person, input.madeOn, input.includeIdNumber)),
  ];

  const familyDoes = [
    ...meeting.ownActions.filter((a) => a.by === 'familjen' && a.text.trim()).map((a) => a.text.trim()),
    ...meeting.interventions.filter((i) => i.performerKind === 'familjen').map((i) => familySentence(input, i)),
  ];
  blocks.push({ kind: 'heading', level: 1, text: f.familyDoes });
  blocks.push(familyDoes.length > 0 ? { kind: 'list', items: familyDoes } : { kind: 'paragraph', text: f.familyDoesEmpty });

  blocks.push({ kind: 'heading', level: 1, text: f.whatMatters(name) });
  blocks.push({ kind: 'paragraph', text: plan.preparation.whatMatters.trim() || svPdf.notGiven });
  if (meeting.personWords.trim()) blocks.push({ kind: 'paragraph', text: `${f.personWords(name)} ${meeting.personWords.trim()}` });

  blocks.push(...(followUp ? familyFollowUpGoals(input) : goalsInPlainWords(meeting, f.goals)));

  const personDoes = [
    // Under "Det här gör <name>": the name is not said again first.
    ...meeting.interventions.filter((i) => i.performerKind === 'personen').map((i) => easySentence(input, i, false)),
    ...meeting.ownActions.filter((a) => a.by === 'personen' && a.text.trim()).map((a) => a.text.trim()),
  ];
  if (personDoes.length > 0) blocks.push({ kind: 'heading', level: 1, text: f.personDoes(name) }, { kind: 'list', items: personDoes });

  const others = meeting.interventions.filter((i) => i.performerKind === 'deltagare' || i.performerKind === 'annan');
  blocks.push({ kind: 'heading', level: 1, text: f.othersDo });
  blocks.push(others.length > 0 ? { kind: 'list', items: others.map((i) => familySentence(input, i)) } : { kind: 'paragraph', text: easy.whoDoesWhatEmpty });
  if (followUp) blocks.push(...notAsAgreed(input), ...familyFollowUpChanges(input));
  blocks.push(...openQuestionsInPlainWords(meeting));

  blocks.push({ kind: 'heading', level: 1, text: f.lead });
  if (lead) {
    const lines = [f.leadText(lead.name.trim() || sv.list.unnamed, lead.organisation.trim())];
    if (lead.phone.trim()) lines.push(easy.phone(lead.phone.trim()));
    if (lead.email.trim()) lines.push(easy.email(lead.email.trim()));
    blocks.push({ kind: 'paragraph', text: lines.join('\n') });
  } else {
    blocks.push({ kind: 'paragraph', text: easy.noLead });
  }

  const next = nextMeetingAfter(plan, meeting);
  blocks.push({ kind: 'heading', level: 1, text: easy.nextMeeting });
  blocks.push({ kind: 'paragraph', text: next ? easy.nextMeetingText(formatDateLong(next.date), next.startTime, next.place) : easy.noNextMeeting });
  blocks.push({ kind: 'heading', level: 1, text: easy.ifChanges });
  blocks.push({ kind: 'paragraph', text: f.ifChangesText(lead ? leadContact(lead) : '') });

  return {
    ...frame(input, ownerName, kind, true),
    owner: svPdf.owners.family(ownerName, kind),
    bodySize: EASY_BODY_SIZE,
    easyRead: true,
    coverLine: f.copyFor(ownerName, kind),
    blocks,
  };
}

/**
 * An intervention in plain sentences for the family: the family member who does it by name, not
 * "Din familj". (What the person does is listed under the person's name, without a subject.)
 */
function familySentence(input: PlanExport, i: Intervention): string {
  const sentence = easySentence(input, i);
  if (i.performerKind !== 'familjen') return sentence;
  const who = easy.performer.familjen;
  const instead = i.performerName.trim() || svPdf.family.theFamily;
  return sentence.startsWith(`${who}: `) ? `${instead}: ${sentence.slice(who.length + 2)}` : sentence;
}

/**
 * A follow-up's goals in the family's copy: each goal as it is now, the old text after a changed
 * one ("Förut: …"), how it went and what was said; the goals taken away last. Then what is new.
 */
function familyFollowUpGoals(input: PlanExport): Block[] {
  const { meeting } = input;
  const w = svFollowUp.family;
  const rows = new Map((meeting.review?.goals ?? []).map((g) => [g.goalId, g]));
  const changes = changesOf(input);
  const items = orderedGoals(meeting).map((goal) => {
    const row = rows.get(goal.id);
    const before = changes.goalBefore(goal.id);
    return [goal.text.trim() || svPdf.notGiven, before !== null && svFollowUp.was(before), row ? w.status[row.status] : w.newGoal, row?.comment.trim()]
      .filter(Boolean)
      .join('\n');
  });
  for (const row of removedGoalRows(meeting)) {
    const removed = changes.removedGoal(row.goalId);
    items.push([removed && svFollowUp.removed(removed.text.trim() || svPdf.notGiven, ''), !removed && w.removedGoal, row.comment.trim()].filter(Boolean).join('\n'));
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.heading },
    items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: easy.goalsEmpty },
  ];
  const news = meeting.review?.newInformation.trim();
  if (news) blocks.push({ kind: 'heading', level: 2, text: w.newInformation }, { kind: 'paragraph', text: news });
  return blocks;
}

/**
 * The interventions the follow-up found not carried out, or only in part: the person and the family
 * read that in their copies too, beside the plan as it is now (where a kept one still shows its
 * first start).
 */
function notAsAgreed(input: PlanExport): Block[] {
  const words = svFollowUp.notAsAgreed;
  const changes = changesOf(input);
  const items = (input.meeting.review?.interventions ?? []).flatMap((r) => {
    if (r.carriedOut !== 'nej' && r.carriedOut !== 'delvis') return [];
    const i = input.meeting.interventions.find((x) => x.id === r.interventionId) ?? changes.removedIntervention(r.interventionId);
    if (!i) return [];
    const what = [i.what.trim() || svPdf.notGiven, responsible(input, i)].filter(Boolean).join(', ');
    return [[words[r.carriedOut](what), r.comment.trim() && svFollowUp.easy.comment(r.comment.trim())].filter(Boolean).join('\n')];
  });
  return items.length > 0
    ? [
        { kind: 'heading', level: 1, text: words.heading },
        { kind: 'list', items },
      ]
    : [];
}

/** What a follow-up changed in the interventions, for the family: removed ones named, changed ones with the old values. */
function familyFollowUpChanges(input: PlanExport): Block[] {
  const changes = changesOf(input);
  const { added, removed, changed } = changes.diff.interventions;
  const named = (i: Intervention) => [i.what.trim() || svPdf.notGiven, responsible(input, i)].filter(Boolean).join(', ');
  const items = [
    ...removed.map((i) => svFollowUp.removed(i.what.trim() || svPdf.notGiven, responsible(input, i))),
    ...changed.map((c) => [named(c.after), ...changes.interventionChanges(c.after.id)].join('\n')).filter((item) => item.includes('\n')),
    ...added.map((i) => svFollowUp.added(i.what.trim() || svPdf.notGiven, responsible(input, i))),
  ];
  return items.length > 0
    ? [
        { kind: 'heading', level: 1, text: svFollowUp.family.changes },
        { kind: 'list', items },
      ]
    : [];
}
