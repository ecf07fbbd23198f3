// The meeting's rules as commands: everything the chair does to a running meeting (move between
// phases, pause, adjust a budget, take attendance and open the circle, run the speaker round, add
// and remove goals, interventions and the rest, mark the review, take feedback) is a
// MeetingCommand, and apply(meeting, command, now) returns the meeting after it.
//
// apply is pure: it never mutates its input, reads no clock but `now` (epoch ms) and makes no ids
// (a command that adds something carries its id, or a newId to call). The meeting it returns
// shares every part it did not change with the one it was given, and is that same meeting when
// the command changes nothing; otherwise its updatedAt is `now`. The screen dispatches commands
// (meetingEditor.ts); the keyboard shortcuts are data beside them (meetingCommandsKeys.ts).
// Holding the meeting, which changes the plan too, is holding.ts.
import {
  newGoal,
  newIntervention,
  type Agreement,
  type AttendanceStatus,
  type CarriedOut,
  type Delivery,
  type GoalStatus,
  type GoalTerm,
  type Helped,
  type Intervention,
  type Meeting,
  type OwnActionBy,
  type PlanDelivery,
} from './meeting';
import type { Participant } from './plan';
import { addItem, changeItem, moveListItem, removeItem, restoreItem, type ListItem, type ListName } from './meetingCommandsLists';
import { createRound, giveWord, newSpeaker, nextSpeaker, removeSpeaker, toggleSkip } from './meetingCommandsRound';
import { setText, type TextTarget } from './meetingCommandsText';
import { adjustBudget, goToPhase, pauseIfAbandoned, startMeeting, togglePause, type AdjustMode } from './timer';

export { LIST_NAMES, type ListItem, type ListName } from './meetingCommandsLists';
export { currentSpeakerId, hasSpoken, nextSpeakerId } from './meetingCommandsRound';
export type { InterventionTextField, TextTarget } from './meetingCommandsText';

/** One choice of "Vem utför": a participant by id, or the person, the family, someone else. */
export type PerformerChoice = `deltagare:${string}` | 'personen' | 'familjen' | 'annan';

/** "Ångra" after a removal: the item put back into its list at the index it had. */
export type RestoreItemCommand = { [L in ListName]: { type: 'restore-item'; list: L; item: ListItem<L>; index: number } }[ListName];

export type MeetingCommand =
  // The phases and the clock
  | { type: 'go-to-phase'; phaseId: string }
  | { type: 'next-phase' }
  | { type: 'previous-phase' }
  /** Pauses a running meeting, resumes a paused one; resuming clears the notice that the app paused it. */
  | { type: 'toggle-pause' }
  /** Resumes a paused meeting (the abandoned notice's "Fortsätt"); nothing when it runs. */
  | { type: 'resume' }
  /** A meeting left running past its cut-off is paused at the cut-off, with a notice (timer.ts, pauseIfAbandoned). */
  | { type: 'pause-if-abandoned' }
  /** deltaMs added to the phase's budget; how much of it could be applied shows in the budgets after. */
  | { type: 'adjust-budget'; phaseId: string; deltaMs: number; mode: AdjustMode }
  /** The phase's budget set to budgetMs, the difference taken as adjust-budget takes it. */
  | { type: 'set-budget'; phaseId: string; budgetMs: number; mode: AdjustMode }
  | { type: 'set-prompt-done'; phaseId: string; promptId: string; done: boolean }
  | { type: 'set-alert'; alert: 'sound' | 'vibration'; on: boolean }
  // Attendance
  | { type: 'set-attendance'; attendeeId: string; status: AttendanceStatus }
  | { type: 'set-chair'; participantId: string }
  | { type: 'set-note-taker'; participantId: string }
  /**
   * "Starta mötescirkeln": attendance is done; the round's queue is made from attendance unless
   * there is one already, and the meeting starts in its first phase unless it has started.
   */
  | { type: 'open-circle'; nameOf: (attendeeId: string) => string; newId: () => string }
  | { type: 'back-to-attendance' }
  // The speaker round
  /** The round's queue made (again) from attendance: the person first, the present parties after. */
  | { type: 'create-round'; nameOf: (attendeeId: string) => string; newId: () => string }
  /** "Tala nu" (null: nobody has the word). */
  | { type: 'give-word'; speakerId: string | null }
  /** "Nästa talare". */
  | { type: 'next-speaker' }
  | { type: 'toggle-skip'; speakerId: string }
  | { type: 'add-speaker'; id: string }
  // Goals, interventions, own actions, parked issues, disagreements
  | { type: 'add-goal'; id: string; term: GoalTerm }
  /** goalId '' for an intervention without a goal. */
  | { type: 'add-intervention'; id: string; goalId: string }
  | { type: 'set-intervention-goal'; interventionId: string; goalId: string }
  /** Who performs an intervention; a participant brings their organisation (from `participants`, the plan's). */
  | { type: 'choose-performer'; interventionId: string; choice: PerformerChoice; participants: readonly Pick<Participant, 'id' | 'organisation'>[] }
  | { type: 'add-own-action'; id: string }
  | { type: 'set-own-action-by'; id: string; by: OwnActionBy }
  | { type: 'add-parked'; id: string }
  | { type: 'add-disagreement'; id: string }
  /** Removing the speaker who has the word leaves nobody with it; a removed goal's interventions stay, without a goal. */
  | { type: 'remove-item'; list: ListName; id: string }
  | RestoreItemCommand
  | { type: 'move-item'; list: ListName; id: string; step: -1 | 1 }
  // Summary, review, closing
  | { type: 'set-lead'; participantId: string }
  | { type: 'set-agreement'; agreement: Agreement }
  | { type: 'set-goal-review'; goalId: string; status: GoalStatus }
  | { type: 'set-intervention-review'; interventionId: string; mark: { carriedOut: CarriedOut } | { helped: Helped } }
  /** The row is made when the attendee has none yet. */
  | { type: 'set-feedback-score'; attendeeId: string; score: number }
  | { type: 'set-delivery'; attendeeId: string; method: Delivery }
  // Free text
  | { type: 'set-text'; target: TextTarget; value: string };

export type MeetingCommandType = MeetingCommand['type'];

/** The current phase's index; the first phase before the meeting has started. */
export function currentPhaseIndex(meeting: Meeting): number {
  const i = meeting.phases.findIndex((p) => p.id === meeting.clock.phase.current);
  return i < 0 ? 0 : i;
}

function budgets(meeting: Meeting) {
  return meeting.phases.map((p) => ({ id: p.id, budgetMs: p.budgetMs }));
}

function goTo(meeting: Meeting, index: number, now: number): Meeting {
  const phase = meeting.phases[index];
  if (!phase || phase.id === meeting.clock.phase.current) return meeting;
  return { ...meeting, clock: goToPhase(meeting.clock, phase.id, now) };
}

function resumed(meeting: Meeting, now: number): Meeting {
  const next: Meeting = { ...meeting, clock: togglePause(meeting.clock, now) };
  // Resumed: a notice that the app paused it has done its work.
  delete next.pausedUnattendedAt;
  return next;
}

function adjust(meeting: Meeting, phaseId: string, deltaMs: number, mode: AdjustMode): Meeting {
  const result = adjustBudget(budgets(meeting), phaseId, deltaMs, mode);
  if (result.appliedMs === 0) return meeting;
  return {
    ...meeting,
    phases: meeting.phases.map((p, i) => {
      const budgetMs = result.phases[i]?.budgetMs ?? p.budgetMs;
      return budgetMs === p.budgetMs ? p : { ...p, budgetMs };
    }),
  };
}

/** Replaces the row `is` picks, or adds made() when there is none. */
function upsertRow<T>(rows: readonly T[], is: (row: T) => boolean, change: (row: T) => T, made: () => T): T[] {
  const index = rows.findIndex(is);
  if (index < 0) return [...rows, change(made())];
  const next = [...rows];
  next[index] = change(rows[index] as T);
  return next;
}

function choosePerformer(item: Intervention, choice: PerformerChoice, participants: readonly Pick<Participant, 'id' | 'organisation'>[]): Intervention {
  if (choice.startsWith('deltagare:')) {
    const participantId = choice.slice('deltagare:'.length);
    const organisation = participants.find((p) => p.id === participantId)?.organisation ?? '';
    return { ...item, performerKind: 'deltagare', participantId, organisation };
  }
  // Someone else keeps the organisation written (or brought by a participant chosen before), which
  // the form shows for them; the person and the family act for no organisation, so none stays to
  // count them under one in the copies.
  if (choice === 'annan') return { ...item, performerKind: 'annan', participantId: '' };
  return { ...item, performerKind: choice as 'personen' | 'familjen', participantId: '', organisation: '' };
}

/** The meeting after `command`, at `now` (epoch ms). Pure; see the top of this file. */
export function apply(meeting: Meeting, command: MeetingCommand, now: number): Meeting {
  const next = step(meeting, command, now);
  return next === meeting ? meeting : { ...next, updatedAt: new Date(now).toISOString() };
}

function step(meeting: Meeting, command: MeetingCommand, now: number): Meeting {
  switch (command.type) {
    case 'go-to-phase':
      return goTo(
        meeting,
        meeting.phases.findIndex((p) => p.id === command.phaseId),
        now,
      );
    case 'next-phase':
      return goTo(meeting, currentPhaseIndex(meeting) + 1, now);
    case 'previous-phase':
      return goTo(meeting, currentPhaseIndex(meeting) - 1, now);
    case 'toggle-pause':
      return resumed(meeting, now);
    case 'resume':
      return meeting.clock.paused ? resumed(meeting, now) : meeting;
    case 'pause-if-abandoned': {
      const paused = pauseIfAbandoned(meeting.clock, budgets(meeting), now);
      return paused ? { ...meeting, clock: paused, pausedUnattendedAt: paused.pausedSince ?? now } : meeting;
    }
    case 'adjust-budget':
      return adjust(meeting, command.phaseId, command.deltaMs, command.mode);
    case 'set-budget': {
      const phase = meeting.phases.find((p) => p.id === command.phaseId);
      return phase ? adjust(meeting, phase.id, command.budgetMs - phase.budgetMs, command.mode) : meeting;
    }
    case 'set-prompt-done':
      return changeItem(meeting, 'phases', command.phaseId, (phase) => {
        const prompts = phase.prompts.map((q) => (q.id === command.promptId && q.done !== command.done ? { ...q, done: command.done } : q));
        return prompts.every((q, i) => q === phase.prompts[i]) ? phase : { ...phase, prompts };
      });
    case 'set-alert':
      if (meeting.alertAtPhaseEnd[command.alert] === command.on) return meeting;
      return { ...meeting, alertAtPhaseEnd: { ...meeting.alertAtPhaseEnd, [command.alert]: command.on } };

    case 'set-attendance': {
      const index = meeting.attendance.findIndex((a) => a.attendeeId === command.attendeeId);
      const row = meeting.attendance[index];
      if (!row || row.status === command.status) return meeting;
      const attendance = [...meeting.attendance];
      attendance[index] = { ...row, status: command.status };
      return { ...meeting, attendance };
    }
    case 'set-chair':
      return meeting.chairId === command.participantId ? meeting : { ...meeting, chairId: command.participantId };
    case 'set-note-taker':
      return meeting.noteTakerId === command.participantId ? meeting : { ...meeting, noteTakerId: command.participantId };
    case 'open-circle': {
      const first = meeting.phases[0];
      if (!first) return meeting;
      const open: Meeting = { ...meeting, attendanceDone: true };
      const queued = open.speakers.length === 0 ? createRound(open, command.nameOf, command.newId) : open;
      return queued.clock.startedAt === null ? { ...queued, clock: startMeeting(queued.clock, first.id, now) } : queued;
    }
    case 'back-to-attendance':
      return meeting.attendanceDone ? { ...meeting, attendanceDone: false } : meeting;

    case 'create-round':
      return createRound(meeting, command.nameOf, command.newId);
    case 'give-word':
      return giveWord(meeting, command.speakerId, now);
    case 'next-speaker':
      return nextSpeaker(meeting, now);
    case 'toggle-skip':
      return toggleSkip(meeting, command.speakerId, now);
    case 'add-speaker':
      return addItem(meeting, 'speakers', newSpeaker(command.id));

    case 'add-goal':
      return addItem(meeting, 'goals', newGoal(command.id, command.term));
    case 'add-intervention':
      return addItem(meeting, 'interventions', newIntervention(command.id, command.goalId));
    case 'set-intervention-goal':
      return changeItem(meeting, 'interventions', command.interventionId, (i) => (i.goalId === command.goalId ? i : { ...i, goalId: command.goalId }));
    case 'choose-performer':
      return changeItem(meeting, 'interventions', command.interventionId, (i) => choosePerformer(i, command.choice, command.participants));
    case 'add-own-action':
      return addItem(meeting, 'ownActions', { id: command.id, by: 'personen', text: '' });
    case 'set-own-action-by':
      return changeItem(meeting, 'ownActions', command.id, (a) => (a.by === command.by ? a : { ...a, by: command.by }));
    case 'add-parked':
      return addItem(meeting, 'parked', { id: command.id, text: '' });
    case 'add-disagreement':
      return addItem(meeting, 'disagreements', { id: command.id, what: '', between: '' });
    case 'remove-item':
      return command.list === 'speakers' ? removeSpeaker(meeting, command.id, now) : removeItem(meeting, command.list, command.id);
    case 'restore-item':
      return restoreItem(meeting, command.list, command.item, command.index);
    case 'move-item':
      return moveListItem(meeting, command.list, command.id, command.step);

    case 'set-lead':
      return meeting.leadParticipantId === command.participantId ? meeting : { ...meeting, leadParticipantId: command.participantId };
    case 'set-agreement':
      return meeting.agreement === command.agreement ? meeting : { ...meeting, agreement: command.agreement };
    case 'set-goal-review': {
      const review = meeting.review;
      const row = review?.goals.find((r) => r.goalId === command.goalId);
      if (!review || !row || row.status === command.status) return meeting;
      return { ...meeting, review: { ...review, goals: review.goals.map((r) => (r === row ? { ...r, status: command.status } : r)) } };
    }
    case 'set-intervention-review': {
      const review = meeting.review;
      const row = review?.interventions.find((r) => r.interventionId === command.interventionId);
      if (!review || !row) return meeting;
      const marked = { ...row, ...command.mark };
      if (marked.carriedOut === row.carriedOut && marked.helped === row.helped) return meeting;
      return { ...meeting, review: { ...review, interventions: review.interventions.map((r) => (r === row ? marked : r)) } };
    }
    case 'set-feedback-score': {
      const row = meeting.feedback.find((f) => f.attendeeId === command.attendeeId);
      if (row?.score === command.score) return meeting;
      const feedback = upsertRow(
        meeting.feedback,
        (f) => f.attendeeId === command.attendeeId,
        (f) => ({ ...f, score: command.score }),
        () => ({ attendeeId: command.attendeeId, score: 0, comment: '' }),
      );
      return { ...meeting, feedback };
    }
    case 'set-delivery': {
      const row = meeting.deliveries.find((d) => d.attendeeId === command.attendeeId);
      if (row?.method === command.method) return meeting;
      const deliveries = upsertRow<PlanDelivery>(
        meeting.deliveries,
        (d) => d.attendeeId === command.attendeeId,
        (d) => ({ ...d, method: command.method }),
        () => ({ attendeeId: command.attendeeId, method: '' }),
      );
      return { ...meeting, deliveries };
    }

    case 'set-text':
      return setText(meeting, command.target, command.value);
  }
}
