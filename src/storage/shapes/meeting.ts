// The stored shape of a meeting, and of the parts a plan's agreed content shares with it (goals,
// interventions, own actions, follow-up). A meeting is read through it from its row, from a
// version's copy and from a backup.
import type { PhaseTool } from '../../domain/circle';
import {
  MEETING_KINDS,
  type Agreement,
  type Attendance,
  type AttendanceStatus,
  type CarriedOut,
  type Delivery,
  type Disagreement,
  type Feedback,
  type Goal,
  type GoalReview,
  type GoalStatus,
  type GoalTerm,
  type Helped,
  type Intervention,
  type InterventionReview,
  type Meeting,
  type MeetingPhase,
  type MeetingStatus,
  type OwnAction,
  type OwnActionBy,
  type ParkedIssue,
  type PerformerKind,
  type PlanDelivery,
  type PromptState,
  type Review,
  type Speaker,
} from '../../domain/meeting';
import type { MeetingClock, SlotClock } from '../../domain/timer';
import { valuesOf } from './enums';
import {
  flag,
  id,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  required,
  text,
  upgraded,
  whole,
  type Misfit,
  type Shape,
  type UpgradeStep,
} from './fill';

export const goal = object<Goal>({
  id: text(),
  term: oneOf(valuesOf<GoalTerm>({ lang: true, kort: true })),
  text: text(),
});

export const intervention = object<Intervention>({
  id: text(),
  goalId: text(),
  what: text(),
  performerKind: oneOf(valuesOf<PerformerKind>({ deltagare: true, personen: true, familjen: true, annan: true })),
  participantId: text(),
  performerName: text(),
  organisation: text(),
  startDate: text(),
  when: text(),
  frequency: text(),
  where: text(),
});

export const ownAction = object<OwnAction>({
  id: text(),
  by: oneOf(valuesOf<OwnActionBy>({ personen: true, familjen: true })),
  text: text(),
});

export const followUp = object<Meeting['followUp']>({ date: text(), startTime: text(), place: text() });
export const parkedIssue = object<ParkedIssue>({ id: text(), text: text() });
export const disagreement = object<Disagreement>({ id: text(), what: text(), between: text() });

const phase = object<MeetingPhase>({
  id: text(),
  title: text(),
  guidance: text(),
  tools: list(
    oneOf(valuesOf<PhaseTool>({ inledning: true, runda: true, uppfoljning: true, behov: true, sammanfattning: true, avslutning: true, anteckningar: true })),
  ),
  budgetMs: number(),
  prompts: list(object<PromptState>({ id: text(), text: text(), done: flag() })),
  notes: text(),
});

const slotClock = object<SlotClock>({ current: nullable(text()), since: nullable(number()), spent: record(number()) });

const clock = object<MeetingClock>({
  startedAt: nullable(number()),
  endedAt: nullable(number()),
  paused: flag(),
  pausedSince: nullable(number()),
  pausedMs: number(),
  phase: slotClock,
  speaker: slotClock,
  rounds: optional(record(slotClock)),
});

const attendance = object<Attendance>({
  attendeeId: text(),
  status: oneOf(valuesOf<AttendanceStatus>({ 'ej-angiven': true, narvarande: true, franvarande: true, ersattare: true })),
  substituteName: text(),
});

const speaker = object<Speaker>({ id: text(), attendeeId: text(), name: text(), note: text(), worksWell: text(), skipped: flag() });

const review = object<Review>({
  ofVersion: whole(),
  goals: list(
    object<GoalReview>({
      goalId: text(),
      status: oneOf(valuesOf<GoalStatus>({ '': true, uppnatt: true, pagar: true, 'ej-uppnatt': true, andrat: true })),
      comment: text(),
    }),
  ),
  interventions: list(
    object<InterventionReview>({
      interventionId: text(),
      carriedOut: oneOf(valuesOf<CarriedOut>({ '': true, ja: true, delvis: true, nej: true, avslutad: true })),
      helped: oneOf(valuesOf<Helped>({ '': true, ja: true, delvis: true, nej: true })),
      comment: text(),
    }),
  ),
  newInformation: text(),
});

/** Changes to stored meetings that a default cannot express, oldest first. None yet. */
export const MEETING_STEPS: readonly UpgradeStep[] = [];

export const meetingShape: Shape<Meeting> = upgraded(
  object<Meeting>({
    id: id(),
    planId: id(),
    kind: oneOf(MEETING_KINDS),
    templateId: text(),
    status: required(oneOf(valuesOf<MeetingStatus>({ pagar: true, hallet: true }))),
    createdAt: text(),
    updatedAt: required(text()),
    afterDischarge: flag(),
    phases: list(phase),
    clock,
    attendance: list(attendance),
    chairId: text(),
    noteTakerId: text(),
    attendanceDone: flag(),
    speakers: list(speaker),
    goals: list(goal),
    interventions: list(intervention),
    ownActions: list(ownAction),
    parked: list(parkedIssue),
    disagreements: list(disagreement),
    leadParticipantId: text(),
    leadRole: text(),
    agreement: oneOf(valuesOf<Agreement>({ '': true, ja: true, delvis: true, nej: true })),
    personWords: text(),
    feedback: list(object<Feedback>({ attendeeId: text(), score: number(), comment: text() })),
    followUp,
    deliveries: list(
      object<PlanDelivery>({ attendeeId: text(), method: oneOf(valuesOf<Delivery>({ '': true, papper: true, digitalt: true, post: true, hamtar: true })) }),
    ),
    alertAtPhaseEnd: object<Meeting['alertAtPhaseEnd']>({ sound: flag(), vibration: flag() }),
    heldAt: text(),
    review: nullable(review),
    pausedUnattendedAt: optional(number()),
  }),
  MEETING_STEPS,
);

/** A meeting, every field at every depth, from what was stored at `contentVersion`. */
export function restoreMeeting(stored: unknown, contentVersion: number, misfit?: Misfit): Meeting {
  return meetingShape.fill(stored, { contentVersion, misfit });
}
