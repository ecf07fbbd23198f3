// A meeting run along a circle template (DOMAIN.md step 5): attendance, the phases with their
// budgets and ticked prompts, the speaker round, and what is agreed: goals, interventions, own
// actions, parked issues, disagreements, the lead, the person's response, feedback, follow-up.
import type { MeetingTemplate, PhaseTool } from './circle';
import { localIsoDate } from './dates';
import { attendeeIds as partyIds, familyReply, isPartyId } from './parties';
import type { Participant, Plan } from './plan';
import { budgetsFromShares, MINUTE_MS, newMeetingClock, type MeetingClock } from './timer';

/** The attendee id used for the person the plan is about; the interpreter's is INTERPRETER_ID (parties.ts). */
export { INTERPRETER_ID, PERSON_ID } from './parties';

/** The SIP meeting and its follow-ups, and the other meetings about one person (seed 004). */
export type MeetingKind = 'sip' | 'uppfoljning' | 'samverkansmote' | 'avstamningsmote' | 'overlamningsmote' | 'avslutningsmote';
export const MEETING_KINDS: readonly MeetingKind[] = ['sip', 'uppfoljning', 'samverkansmote', 'avstamningsmote', 'overlamningsmote', 'avslutningsmote'];
export type MeetingStatus = 'pagar' | 'hallet';
export type AttendanceStatus = 'ej-angiven' | 'narvarande' | 'franvarande' | 'ersattare';

export interface Attendance {
  /** PERSON_ID, a representative's id (family), a participant id, or INTERPRETER_ID. */
  attendeeId: string;
  status: AttendanceStatus;
  substituteName: string;
}

export interface PromptState {
  id: string;
  text: string;
  done: boolean;
}

export interface MeetingPhase {
  id: string;
  title: string;
  guidance: string;
  tools: PhaseTool[];
  budgetMs: number;
  prompts: PromptState[];
  notes: string;
}

export interface Speaker {
  id: string;
  /** PERSON_ID, a participant id, or '' for someone added in the room. */
  attendeeId: string;
  name: string;
  note: string;
  worksWell: string;
  skipped: boolean;
}

export type GoalTerm = 'lang' | 'kort';

export interface Goal {
  id: string;
  term: GoalTerm;
  text: string;
}

export type PerformerKind = 'deltagare' | 'personen' | 'familjen' | 'annan';

export interface Intervention {
  id: string;
  goalId: string;
  what: string;
  performerKind: PerformerKind;
  /** The participant who performs it, when performerKind is 'deltagare'. */
  participantId: string;
  /** Name of the performer when not a participant (family member, third party). */
  performerName: string;
  organisation: string;
  startDate: string;
  when: string;
  frequency: string;
  where: string;
}

export type OwnActionBy = 'personen' | 'familjen';

export interface OwnAction {
  id: string;
  by: OwnActionBy;
  text: string;
}

export interface ParkedIssue {
  id: string;
  text: string;
}

export interface Disagreement {
  id: string;
  what: string;
  between: string;
}

export type Agreement = '' | 'ja' | 'delvis' | 'nej';

export interface Feedback {
  attendeeId: string;
  /** 1–5, or 0 when not given. */
  score: number;
  comment: string;
}

export type Delivery = '' | 'papper' | 'digitalt' | 'post' | 'hamtar';

export interface PlanDelivery {
  attendeeId: string;
  method: Delivery;
}

/** How a goal has gone since the last version (DOMAIN.md step 6). */
export type GoalStatus = '' | 'uppnatt' | 'pagar' | 'ej-uppnatt' | 'andrat';
/** Whether an intervention was carried out. */
export type CarriedOut = '' | 'ja' | 'delvis' | 'nej' | 'avslutad';
/** Whether it helped. */
export type Helped = '' | 'ja' | 'delvis' | 'nej';

export interface GoalReview {
  goalId: string;
  status: GoalStatus;
  comment: string;
}

export interface InterventionReview {
  interventionId: string;
  carriedOut: CarriedOut;
  helped: Helped;
  comment: string;
}

/** A follow-up's look back at the plan it follows: per goal and intervention, and what is new. */
export interface Review {
  /** The version followed up. */
  ofVersion: number;
  goals: GoalReview[];
  interventions: InterventionReview[];
  /** New information or changed circumstances (a new school, a new address). */
  newInformation: string;
}

export interface Meeting {
  id: string;
  planId: string;
  kind: MeetingKind;
  templateId: string;
  status: MeetingStatus;
  createdAt: string;
  updatedAt: string;
  /** The SIP is drawn up after discharge from in-patient care (KVÅ AU125). */
  afterDischarge: boolean;
  phases: MeetingPhase[];
  clock: MeetingClock;
  attendance: Attendance[];
  chairId: string;
  noteTakerId: string;
  /** False until the chair has gone through attendance and opens the circle. */
  attendanceDone: boolean;
  speakers: Speaker[];
  goals: Goal[];
  interventions: Intervention[];
  ownActions: OwnAction[];
  parked: ParkedIssue[];
  disagreements: Disagreement[];
  leadParticipantId: string;
  leadRole: string;
  agreement: Agreement;
  personWords: string;
  feedback: Feedback[];
  followUp: { date: string; startTime: string; place: string };
  deliveries: PlanDelivery[];
  alertAtPhaseEnd: { sound: boolean; vibration: boolean };
  heldAt: string;
  /** A follow-up's review of the version it follows; null for other meetings. */
  review: Review | null;
  /**
   * When the app paused a meeting nobody ended (epoch ms; see pauseIfAbandoned in timer.ts), until
   * the chair resumes or ends it: the meeting screen says so whenever it is opened meanwhile.
   */
  pausedUnattendedAt?: number;
}

export type KvaCode = 'AU124' | 'AU125' | 'AW010';

/** The activity code a professional registers for a held SIP meeting or follow-up; null for other meetings. */
export function kvaCode(meeting: Pick<Meeting, 'kind' | 'afterDischarge'>): KvaCode | null {
  if (meeting.kind === 'uppfoljning') return 'AW010';
  if (meeting.kind === 'sip') return meeting.afterDischarge ? 'AU125' : 'AU124';
  return null;
}

/**
 * The attendees in the order the circle wants them: the person first, then the family and
 * representatives invited, then the participants, then the interpreter when one is needed.
 */
export function attendeeIds(plan: Plan, today: string): string[] {
  return partyIds(plan, today);
}

function initialStatus(participant: Participant): AttendanceStatus {
  if (participant.invitation === 'avbojd') return 'franvarande';
  if (participant.invitation === 'ersattare') return 'ersattare';
  // The chair and the note-taker run the meeting: they are there unless they declined.
  if (participant.isChair || participant.isNoteTaker) return 'narvarande';
  return 'ej-angiven';
}

/** A new meeting from a prepared plan and a template, its phases budgeted over the booked length. */
export function newMeeting(options: {
  id: string;
  plan: Plan;
  template: MeetingTemplate;
  kind: MeetingKind;
  minutes: number;
  now: Date;
  newId: () => string;
}): Meeting {
  const { plan, template } = options;
  const budgets = budgetsFromShares(
    options.minutes * MINUTE_MS,
    template.phases.map((p) => ({ id: p.id, share: p.share })),
  );
  const stamp = options.now.toISOString();
  const chair = plan.participants.find((p) => p.isChair);
  const noteTaker = plan.participants.find((p) => p.isNoteTaker);
  return {
    id: options.id,
    planId: plan.id,
    kind: options.kind,
    templateId: template.id,
    status: 'pagar',
    createdAt: stamp,
    updatedAt: stamp,
    afterDischarge: false,
    phases: template.phases.map((p, i) => ({
      id: p.id,
      title: p.title,
      guidance: p.guidance,
      tools: [...p.tools],
      budgetMs: budgets[i]?.budgetMs ?? 0,
      prompts: p.prompts.map((text, j) => ({ id: `${p.id}-${j + 1}`, text, done: false })),
      notes: '',
    })),
    clock: newMeetingClock(),
    attendance: attendeeIds(plan, localIsoDate(options.now)).map((attendeeId) => {
      const p = plan.participants.find((x) => x.id === attendeeId);
      if (p) return { attendeeId, status: initialStatus(p), substituteName: p.invitation === 'ersattare' ? p.substituteName : '' };
      // A family member or representative who declined is marked absent, as a participant is.
      const declined = plan.person.representatives.some((r) => r.id === attendeeId && familyReply(r) === 'avbojd');
      return { attendeeId, status: declined ? 'franvarande' : 'ej-angiven', substituteName: '' };
    }),
    chairId: chair?.id ?? '',
    noteTakerId: noteTaker?.id ?? '',
    attendanceDone: false,
    speakers: [],
    goals: [],
    interventions: [],
    ownActions: [],
    parked: [],
    disagreements: [],
    leadParticipantId: '',
    leadRole: '',
    agreement: '',
    personWords: '',
    feedback: [],
    followUp: { date: '', startTime: '', place: '' },
    deliveries: [],
    alertAtPhaseEnd: { sound: false, vibration: false },
    heldAt: '',
    review: null,
  };
}

/** What a follow-up starts from: the plan as the last version left it. */
export type PlanContent = Pick<Meeting, 'goals' | 'interventions' | 'ownActions' | 'parked' | 'disagreements' | 'leadParticipantId' | 'leadRole'>;

/**
 * A meeting after the first continues the plan: it starts with the goals, interventions, own
 * actions, parked issues, disagreements and lead of the latest version (copies with the same ids,
 * so the next version's changes show). A parked issue is there to be taken up, and a disagreement
 * taken elsewhere stays in the plan until the chair removes it as settled: neither vanishes from
 * the next version unsaid. A follow-up also gets its review: a row per goal and intervention,
 * nothing marked yet.
 */
export function continueFrom(meeting: Meeting, content: PlanContent, ofVersion: number): Meeting {
  const copy = structuredClone({
    goals: content.goals,
    interventions: content.interventions,
    ownActions: content.ownActions,
    parked: content.parked,
    disagreements: content.disagreements,
    leadParticipantId: content.leadParticipantId,
    leadRole: content.leadRole,
  });
  return {
    ...meeting,
    ...copy,
    review:
      meeting.kind === 'uppfoljning'
        ? {
            ofVersion,
            goals: copy.goals.map((g) => ({ goalId: g.id, status: '', comment: '' })),
            interventions: copy.interventions.map((i) => ({ interventionId: i.id, carriedOut: '', helped: '', comment: '' })),
            newInformation: '',
          }
        : null,
  };
}

/** Present means there, in person or by a substitute. */
export function isPresent(a: Attendance): boolean {
  return a.status === 'narvarande' || a.status === 'ersattare';
}

/** Who was invited but is not there: the chair says it aloud in Inledning. */
export function missingAttendees(meeting: Meeting): string[] {
  return meeting.attendance.filter((a) => a.status === 'franvarande').map((a) => a.attendeeId);
}

/** The speaker queue for the round: present parties (not the interpreter), the person first, in attendance order. */
export function speakerQueue(meeting: Meeting, nameOf: (attendeeId: string) => string, newId: () => string): Speaker[] {
  return meeting.attendance
    .filter((a) => isPresent(a) && isPartyId(a.attendeeId))
    .map((a) => ({
      id: newId(),
      attendeeId: a.attendeeId,
      name: a.status === 'ersattare' && a.substituteName ? a.substituteName : nameOf(a.attendeeId),
      note: '',
      worksWell: '',
      skipped: false,
    }));
}

/** Moves an item one step up (-1) or down (+1) in a list; returns a new list. */
export function moveItem<T>(list: T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}

export function newGoal(id: string, term: GoalTerm): Goal {
  return { id, term, text: '' };
}

export function newIntervention(id: string, goalId: string): Intervention {
  return {
    id,
    goalId,
    what: '',
    performerKind: 'deltagare',
    participantId: '',
    performerName: '',
    organisation: '',
    startDate: '',
    when: '',
    frequency: '',
    where: '',
  };
}

/** The organisation responsible for an intervention, as shown in the summary. */
export function responsibleOrganisation(intervention: Intervention, participants: Participant[]): string {
  if (intervention.performerKind === 'deltagare') {
    const p = participants.find((x) => x.id === intervention.participantId);
    return intervention.organisation.trim() || p?.organisation.trim() || '';
  }
  return intervention.organisation.trim();
}

/**
 * Who performs an intervention, by name: the participant, the person, or the named family member
 * or third party; '' when nobody is named (the caller says "familjen" or what is missing).
 */
export function performerName(intervention: Intervention, participants: Participant[], personName: string): string {
  switch (intervention.performerKind) {
    case 'deltagare':
      return participants.find((p) => p.id === intervention.participantId)?.name.trim() ?? '';
    case 'personen':
      return personName.trim();
    case 'familjen':
    case 'annan':
      return intervention.performerName.trim();
  }
}

/** Interventions grouped by goal, in goal order; interventions without a (known) goal last under ''. */
export function interventionsByGoal(meeting: Meeting): { goalId: string; interventions: Intervention[] }[] {
  const known = new Set(meeting.goals.map((g) => g.id));
  const groups = meeting.goals.map((g) => ({ goalId: g.id, interventions: meeting.interventions.filter((i) => i.goalId === g.id) }));
  const loose = meeting.interventions.filter((i) => !known.has(i.goalId));
  return loose.length > 0 ? [...groups, { goalId: '', interventions: loose }] : groups;
}

/** Interventions grouped by responsible organisation (alphabetical, '' last). */
export function interventionsByOrganisation(meeting: Meeting, participants: Participant[]): { organisation: string; interventions: Intervention[] }[] {
  const groups = new Map<string, Intervention[]>();
  for (const i of meeting.interventions) {
    const org = responsibleOrganisation(i, participants);
    groups.set(org, [...(groups.get(org) ?? []), i]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'sv')))
    .map(([organisation, interventions]) => ({ organisation, interventions }));
}

/** The plan's version a held meeting made: 1 for the first held meeting of the plan, 2 for the next … */
export function planVersion(meeting: Pick<Meeting, 'id' | 'createdAt'>, planMeetings: Pick<Meeting, 'id' | 'status' | 'createdAt'>[]): number {
  const earlier = planMeetings.filter((m) => m.status === 'hallet' && m.id !== meeting.id && m.createdAt < meeting.createdAt);
  return earlier.length + 1;
}

/** Feedback rows in the order they are asked: every party not marked absent (not the interpreter), the person first. */
export function feedbackOrder(meeting: Meeting): string[] {
  return meeting.attendance.filter((a) => a.status !== 'franvarande' && isPartyId(a.attendeeId)).map((a) => a.attendeeId);
}
