// Meeting timers as timestamps, not ticks.
//
// All state is plain JSON-serialisable data (it is stored in IndexedDB and survives a reload or the
// tablet sleeping), and every figure the chair sees is a pure function of that state and `now`
// (epoch ms). Nothing here counts ticks or keeps a timer running: the UI re-renders with a fresh
// `now` as often as it likes. Every function returns a new object and never mutates its input.

export const MINUTE_MS = 60_000;
/** Calm warning this long before a phase's budget ends. */
export const WARNING_MS = 2 * MINUTE_MS;
/** Rebalancing never shrinks a phase below this. */
export const MIN_PHASE_MS = MINUTE_MS;

const SECOND_MS = 1000;

// ---------------------------------------------------------------------------------------------
// Slot clocks

/** Time spent per slot (a phase, or a speaker in a round), with at most one slot running. */
export interface SlotClock {
  /** The slot being timed, or null. */
  current: string | null;
  /** Epoch ms the current slot's running segment began; null while paused or when no slot is current. */
  since: number | null;
  /** Ms spent in each slot in closed segments. */
  spent: Record<string, number>;
}

export function emptySlotClock(): SlotClock {
  return { current: null, since: null, spent: {} };
}

function copySlot(clock: SlotClock): SlotClock {
  return { current: clock.current, since: clock.since, spent: { ...clock.spent } };
}

/** Ms a slot has had in closed segments: all of it for any slot but the current one. */
export function spentIn(clock: SlotClock, id: string): number {
  return Object.hasOwn(clock.spent, id) ? (clock.spent[id] ?? 0) : 0;
}

/** Length of the open segment at `now`; never negative, even if the device clock went backwards. */
function openSegmentMs(clock: SlotClock, now: number): number {
  return clock.current !== null && clock.since !== null ? Math.max(0, now - clock.since) : 0;
}

/** Elapsed ms of a slot at `now`, the open segment included. */
export function slotElapsedMs(clock: SlotClock, id: string, now: number): number {
  return spentIn(clock, id) + (clock.current === id ? openSegmentMs(clock, now) : 0);
}

/** Closes the open segment (if any) into spent[current]; the result is paused. */
function closeSegment(clock: SlotClock, now: number): SlotClock {
  const { current } = clock;
  if (current === null || clock.since === null) return { ...copySlot(clock), since: null };
  return {
    current,
    since: null,
    // A computed key defines an own property even for odd ids such as "__proto__".
    spent: { ...clock.spent, [current]: spentIn(clock, current) + openSegmentMs(clock, now) },
  };
}

/** Closes the open segment (adds it to spent[current]) and makes `id` current; it runs from now if `running`. id may be null (nothing current). */
export function switchSlot(clock: SlotClock, id: string | null, now: number, running: boolean): SlotClock {
  const closed = closeSegment(clock, now);
  return { current: id, since: running && id !== null ? now : null, spent: closed.spent };
}

/** Closes the open segment, keeping the current slot. */
export function pauseSlot(clock: SlotClock, now: number): SlotClock {
  return closeSegment(clock, now);
}

/** Opens a segment for the current slot (no-op when nothing is current or already running). */
export function resumeSlot(clock: SlotClock, now: number): SlotClock {
  if (clock.current === null || clock.since !== null) return copySlot(clock);
  return { ...copySlot(clock), since: now };
}

// ---------------------------------------------------------------------------------------------
// The meeting clock

export interface MeetingClock {
  /** Epoch ms the meeting was started; null before. */
  startedAt: number | null;
  endedAt: number | null;
  paused: boolean;
  /** Epoch ms the current pause began; null when not paused. */
  pausedSince: number | null;
  /** Total ms in closed pauses. */
  pausedMs: number;
  phase: SlotClock;
  /** The speaker round of the current phase (Aktuell situation); runs and pauses with the meeting. */
  speaker: SlotClock;
  /**
   * The speaker rounds of the phases left, by phase id, each paused: going back to such a phase
   * takes its round up again. Absent in meetings stored before rounds were kept.
   */
  rounds?: Record<string, SlotClock>;
}

function copyRounds(rounds: Record<string, SlotClock> | undefined): Record<string, SlotClock> | undefined {
  if (rounds === undefined) return undefined;
  const copy: Record<string, SlotClock> = {};
  for (const [id, slot] of Object.entries(rounds)) copy[id] = copySlot(slot);
  return copy;
}

function copyMeeting(clock: MeetingClock): MeetingClock {
  const copy: MeetingClock = { ...clock, phase: copySlot(clock.phase), speaker: copySlot(clock.speaker) };
  if (clock.rounds !== undefined) copy.rounds = copyRounds(clock.rounds);
  return copy;
}

function isEmptySlot(clock: SlotClock): boolean {
  return clock.current === null && Object.keys(clock.spent).length === 0;
}

/** Not started, not paused, empty slot clocks. */
export function newMeetingClock(): MeetingClock {
  return {
    startedAt: null,
    endedAt: null,
    paused: false,
    pausedSince: null,
    pausedMs: 0,
    phase: emptySlotClock(),
    speaker: emptySlotClock(),
  };
}

/** Started, not ended, not paused. */
export function isRunning(clock: MeetingClock): boolean {
  return clock.startedAt !== null && clock.endedAt === null && !clock.paused;
}

/** Sets startedAt and makes `firstPhaseId` the current phase, running. No-op if already started. */
export function startMeeting(clock: MeetingClock, firstPhaseId: string, now: number): MeetingClock {
  if (clock.startedAt !== null) return copyMeeting(clock);
  return {
    ...copyMeeting(clock),
    startedAt: now,
    endedAt: null,
    paused: false,
    pausedSince: null,
    phase: switchSlot(clock.phase, firstPhaseId, now, true),
    speaker: resumeSlot(clock.speaker, now),
  };
}

/** Pauses the meeting and its phase and speaker slot clocks; no-op if not running. */
export function pauseMeeting(clock: MeetingClock, now: number): MeetingClock {
  if (!isRunning(clock)) return copyMeeting(clock);
  return {
    ...clock,
    paused: true,
    pausedSince: now,
    phase: pauseSlot(clock.phase, now),
    speaker: pauseSlot(clock.speaker, now),
  };
}

function closePause(clock: MeetingClock, now: number): MeetingClock {
  const pause = clock.pausedSince === null ? 0 : Math.max(0, now - clock.pausedSince);
  return { ...copyMeeting(clock), paused: false, pausedSince: null, pausedMs: clock.pausedMs + pause };
}

/** Resumes a paused meeting (and its slot clocks), adding the pause to pausedMs; no-op if not paused. */
export function resumeMeeting(clock: MeetingClock, now: number): MeetingClock {
  if (!clock.paused || clock.startedAt === null || clock.endedAt !== null) return copyMeeting(clock);
  const closed = closePause(clock, now);
  return { ...closed, phase: resumeSlot(closed.phase, now), speaker: resumeSlot(closed.speaker, now) };
}

/** Pauses a running meeting, resumes a paused one; otherwise no-op. */
export function togglePause(clock: MeetingClock, now: number): MeetingClock {
  return clock.paused ? resumeMeeting(clock, now) : pauseMeeting(clock, now);
}

/**
 * Makes `phaseId` the current phase (running while the meeting runs). The speaker round of the
 * phase left is closed (its current speaker kept) and put aside under that phase's id; the round of
 * `phaseId` is taken up again where it was left (its speaker running while the meeting runs), or
 * starts empty. Going back to an earlier phase so continues both that phase's time and its round:
 * who has spoken, for how long, and who had the word. Going to the phase that is already current
 * is a no-op.
 */
export function goToPhase(clock: MeetingClock, phaseId: string, now: number): MeetingClock {
  if (clock.phase.current === phaseId) return copyMeeting(clock);
  const rounds = copyRounds(clock.rounds) ?? {};
  const left = clock.phase.current;
  const leftRound = pauseSlot(clock.speaker, now);
  if (left !== null && !isEmptySlot(leftRound)) rounds[left] = leftRound;
  const kept = Object.hasOwn(rounds, phaseId) ? rounds[phaseId] : undefined;
  delete rounds[phaseId];
  const speaker = kept === undefined ? emptySlotClock() : isRunning(clock) ? resumeSlot(kept, now) : copySlot(kept);
  const next: MeetingClock = {
    ...copyMeeting(clock),
    phase: switchSlot(clock.phase, phaseId, now, isRunning(clock)),
    speaker,
  };
  if (Object.keys(rounds).length > 0) next.rounds = rounds;
  else delete next.rounds;
  return next;
}

/** Makes `speakerId` the current speaker (running while the meeting runs); null means nobody speaks. */
export function setSpeaker(clock: MeetingClock, speakerId: string | null, now: number): MeetingClock {
  return { ...copyMeeting(clock), speaker: switchSlot(clock.speaker, speakerId, now, isRunning(clock)) };
}

/** Closes all open segments (and an open pause) and sets endedAt. No-op if not started or already ended. */
export function endMeeting(clock: MeetingClock, now: number): MeetingClock {
  if (clock.startedAt === null || clock.endedAt !== null) return copyMeeting(clock);
  const closed = closePause(clock, now);
  return {
    ...closed,
    endedAt: now,
    phase: pauseSlot(closed.phase, now),
    speaker: pauseSlot(closed.speaker, now),
  };
}

// ---------------------------------------------------------------------------------------------
// What the chair sees

export type TimeState = 'ok' | 'warning' | 'overrun';

/** remaining > WARNING_MS → ok; 0 ≤ remaining ≤ WARNING_MS → warning; remaining < 0 → overrun. */
export function timeState(remainingMs: number): TimeState {
  if (remainingMs < 0) return 'overrun';
  if (remainingMs <= WARNING_MS) return 'warning';
  return 'ok';
}

export interface PhaseBudget {
  id: string;
  budgetMs: number;
}

export interface ClockView {
  running: boolean;
  /** Sum of all phases' elapsed (pauses excluded). */
  meetingElapsedMs: number;
  /** Sum of budgets. */
  meetingBudgetMs: number;
  /** Budget − elapsed (negative when over). */
  meetingRemainingMs: number;
  phaseId: string | null;
  phaseElapsedMs: number;
  /** The current phase's budget; 0 when there is no current phase or it is not among the phases. */
  phaseBudgetMs: number;
  /** Negative when overrun. */
  phaseRemainingMs: number;
  /** 'ok' when there is no current phase. */
  phaseState: TimeState;
  /** 'ok' before the meeting starts. */
  meetingState: TimeState;
  /**
   * Epoch ms the meeting is projected to end if the current and every later phase uses its budget
   * (the current phase at least until now): now + max(0, current phase remaining) + the sum over
   * later phases of max(0, budget − already spent). Phases before the current one count as done; if
   * the current phase is not among the phases, every listed phase counts as later. When ended:
   * endedAt. Before start: null.
   */
  projectedEndAt: number | null;
}

export function viewClock(clock: MeetingClock, phases: PhaseBudget[], now: number): ClockView {
  const phaseId = clock.phase.current;
  const index = phaseId === null ? -1 : phases.findIndex((p) => p.id === phaseId);
  const phaseBudgetMs = index >= 0 ? (phases[index]?.budgetMs ?? 0) : 0;
  const phaseElapsedMs = phaseId === null ? 0 : slotElapsedMs(clock.phase, phaseId, now);
  const phaseRemainingMs = phaseBudgetMs - phaseElapsedMs;

  let meetingElapsedMs = openSegmentMs(clock.phase, now);
  for (const ms of Object.values(clock.phase.spent)) meetingElapsedMs += ms;
  const meetingBudgetMs = phases.reduce((sum, p) => sum + p.budgetMs, 0);
  const meetingRemainingMs = meetingBudgetMs - meetingElapsedMs;

  let projectedEndAt: number | null = null;
  if (clock.endedAt !== null) {
    projectedEndAt = clock.endedAt;
  } else if (clock.startedAt !== null) {
    let left = Math.max(0, phaseRemainingMs);
    for (const later of phases.slice(index + 1)) {
      left += Math.max(0, later.budgetMs - slotElapsedMs(clock.phase, later.id, now));
    }
    projectedEndAt = now + left;
  }

  return {
    running: isRunning(clock),
    meetingElapsedMs,
    meetingBudgetMs,
    meetingRemainingMs,
    phaseId,
    phaseElapsedMs,
    phaseBudgetMs,
    phaseRemainingMs,
    phaseState: phaseId === null ? 'ok' : timeState(phaseRemainingMs),
    meetingState: clock.startedAt === null ? 'ok' : timeState(meetingRemainingMs),
    projectedEndAt,
  };
}

/** A fair share for each of `speakers` in a phase: the phase budget divided equally (floor to whole seconds); 0 speakers → 0. */
export function speakerShareMs(phaseBudgetMs: number, speakers: number): number {
  const n = Math.floor(speakers);
  if (!(n >= 1) || !(phaseBudgetMs > 0)) return 0;
  return Math.floor(phaseBudgetMs / n / SECOND_MS) * SECOND_MS;
}

// ---------------------------------------------------------------------------------------------
// Budgets

export type AdjustMode = 'rebalance' | 'extend';

export interface AdjustResult {
  phases: PhaseBudget[];
  appliedMs: number;
}

/** Whole seconds a phase can give up before reaching MIN_PHASE_MS. */
function capacitySeconds(budgetMs: number): number {
  return Math.max(0, Math.floor((budgetMs - MIN_PHASE_MS) / SECOND_MS));
}

/**
 * Splits `totalS` whole seconds over phases in proportion to `weights`, none getting more than its
 * cap (null: no cap); the caller guarantees the caps can hold the total. Shares are floored and the
 * remainder goes to the phase with the largest weight that has room (then the next largest).
 * Integer arithmetic throughout, so the parts sum to totalS exactly.
 */
function distributeSeconds(totalS: number, weights: number[], caps: (number | null)[]): number[] {
  const parts = weights.map(() => 0);
  const capOf = (i: number) => caps[i] ?? Number.POSITIVE_INFINITY;
  let active = weights.map((_, i) => i).filter((i) => capOf(i) > 0);
  let left = totalS;

  // Water-filling: phases whose proportional share exceeds their cap get the cap, the rest is shared
  // by the others in proportion to their weights.
  for (;;) {
    const weightSum = active.reduce((s, i) => s + (weights[i] ?? 0), 0);
    const capped = active.filter((i) => left * (weights[i] ?? 0) > capOf(i) * weightSum);
    if (capped.length === 0) {
      for (const i of active) {
        parts[i] = weightSum > 0 ? Math.floor((left * (weights[i] ?? 0)) / weightSum) : Math.floor(left / active.length);
      }
      break;
    }
    for (const i of capped) {
      parts[i] = capOf(i);
      left -= capOf(i);
    }
    active = active.filter((i) => !capped.includes(i));
    if (active.length === 0) break;
  }

  let remainder = totalS - parts.reduce((s, p) => s + p, 0);
  const byWeight = weights.map((_, i) => i).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  for (const i of byWeight) {
    if (remainder <= 0) break;
    const give = Math.min(remainder, capOf(i) - (parts[i] ?? 0));
    if (give > 0) {
      parts[i] = (parts[i] ?? 0) + give;
      remainder -= give;
    }
  }
  return parts;
}

/**
 * Adds deltaMs (positive or negative, truncated toward zero to whole seconds) to the budget of phase `phaseId`.
 * 'extend': only that phase changes (the meeting gets longer/shorter); the phase never shrinks below MIN_PHASE_MS.
 * 'rebalance': the phases AFTER it absorb the opposite change in proportion to their budgets, so the total
 *   stays exactly the same; no phase (the adjusted one or a later one) shrinks below MIN_PHASE_MS; when the
 *   later phases cannot give all of it, only the part they can give is applied (appliedMs tells how much);
 *   with no later phases, nothing changes (appliedMs 0). Rounding remainders go to the largest later phase.
 * An unknown phaseId changes nothing. Budgets that are whole seconds stay whole seconds.
 */
export function adjustBudget(phases: PhaseBudget[], phaseId: string, deltaMs: number, mode: AdjustMode): AdjustResult {
  const copy = phases.map((p) => ({ ...p }));
  const index = copy.findIndex((p) => p.id === phaseId);
  const target = copy[index];
  const deltaS = Number.isFinite(deltaMs) ? Math.trunc(deltaMs / SECOND_MS) : 0;
  if (!target || deltaS === 0) return { phases: copy, appliedMs: 0 };

  if (mode === 'extend') {
    const appliedS = deltaS > 0 ? deltaS : 0 - Math.min(-deltaS, capacitySeconds(target.budgetMs)); // 0 - x: never -0
    target.budgetMs += appliedS * SECOND_MS;
    return { phases: copy, appliedMs: appliedS * SECOND_MS };
  }

  const later = copy.slice(index + 1);
  if (later.length === 0) return { phases: copy, appliedMs: 0 };
  const weights = later.map((p) => Math.max(0, p.budgetMs));

  // growing: the later phases give, each down to MIN_PHASE_MS at most; shrinking: they receive freely.
  const giving = deltaS > 0;
  const caps = later.map((p) => (giving ? capacitySeconds(p.budgetMs) : null));
  const limitS = giving ? caps.reduce<number>((s, c) => s + (c ?? 0), 0) : capacitySeconds(target.budgetMs);
  const appliedS = Math.min(Math.abs(deltaS), limitS);
  if (appliedS === 0) return { phases: copy, appliedMs: 0 };

  const parts = distributeSeconds(appliedS, weights, caps);
  const sign = giving ? 1 : -1;
  target.budgetMs += sign * appliedS * SECOND_MS;
  later.forEach((p, i) => {
    p.budgetMs -= sign * (parts[i] ?? 0) * SECOND_MS;
  });
  return { phases: copy, appliedMs: sign * appliedS * SECOND_MS };
}

/**
 * Splits a meeting length over phase shares (fractions summing to ~1; they are normalised) in whole
 * seconds, the total exactly = totalMs (remainder, sub-second part included, to the largest share).
 * Negative shares count as 0; if all shares are 0 the length is split equally.
 */
export function budgetsFromShares(totalMs: number, shares: { id: string; share: number }[]): PhaseBudget[] {
  if (shares.length === 0) return [];
  const weights = shares.map((s) => (Number.isFinite(s.share) && s.share > 0 ? s.share : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const total = Math.max(0, totalMs);
  const totalS = Math.floor(total / SECOND_MS);
  // The small epsilon keeps float noise (0.2 / 0.9999999999999999) from flooring 720 to 719;
  // the sum of the floors still cannot exceed totalS.
  const seconds = weights.map((w) => (sum > 0 ? Math.floor((totalS * w) / sum + 1e-9) : Math.floor(totalS / shares.length)));
  let largest = 0;
  weights.forEach((w, i) => {
    if (w > (weights[largest] ?? 0)) largest = i;
  });
  const budgets = seconds.map((s) => s * SECOND_MS);
  budgets[largest] = (budgets[largest] ?? 0) + (total - budgets.reduce((a, b) => a + b, 0));
  return shares.map((s, i) => ({ id: s.id, budgetMs: budgets[i] ?? 0 }));
}

// ---------------------------------------------------------------------------------------------
// Formatting

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "12:05", "1:02:03", "−3:10" (U+2212 minus sign for negative): the absolute value floored to whole
 * seconds; no sign when that is zero ("0:00"). Non-finite input gives "0:00".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '0:00';
  const total = Math.floor(Math.abs(ms) / SECOND_MS);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
  return ms < 0 && total > 0 ? `\u2212${body}` : body;
}

/**
 * A speaker's state against their fair share: the calm warning comes at a quarter of the share
 * (at most WARNING_MS), so that a one-minute turn is not "almost over" from its first second.
 */
export function speakerTimeState(remainingMs: number, shareMs: number): TimeState {
  if (remainingMs < 0) return 'overrun';
  return remainingMs <= Math.min(WARNING_MS, shareMs / 4) ? 'warning' : 'ok';
}

/**
 * A countdown as the chair reads it: whole seconds rounded away from zero, so a fresh six-minute
 * phase shows 6:00 (not 5:59) and the first moment over budget already shows −0:01.
 */
export function formatCountdown(ms: number): string {
  if (!Number.isFinite(ms)) return formatDuration(ms);
  const seconds = ms > 0 ? Math.ceil(ms / 1000) : -Math.ceil(-ms / 1000);
  return formatDuration(seconds * 1000);
}

// ---------------------------------------------------------------------------------------------
// A meeting nobody ended

/** A running meeting this long past its projected end counts as left running: it is paused there. */
export const ABANDONED_AFTER_MS = 2 * 60 * MINUTE_MS;

/**
 * When a running meeting counts as left running: ABANDONED_AFTER_MS after the end it is heading for
 * if the current phase and every later one keep their budgets (the current phase ending on its
 * budget, even if it has overrun), or after the chair last started or resumed the current phase if
 * that is later (so a meeting resumed after the cut-off runs ABANDONED_AFTER_MS more). While the
 * meeting runs this does not move with `now`. Null when the meeting is not running.
 */
export function abandonedAt(clock: MeetingClock, phases: PhaseBudget[]): number | null {
  const phaseId = clock.phase.current;
  const since = clock.phase.since;
  if (!isRunning(clock) || phaseId === null || since === null) return null;
  const index = phases.findIndex((p) => p.id === phaseId);
  const budget = index >= 0 ? (phases[index]?.budgetMs ?? 0) : 0;
  // The open segment began at `since`, so the phase's budget runs out at since + budget − spent before it.
  let end = since + budget - spentIn(clock.phase, phaseId);
  for (const later of phases.slice(index + 1)) {
    if (later.id !== phaseId) end += Math.max(0, later.budgetMs - spentIn(clock.phase, later.id));
  }
  return Math.max(end, since) + ABANDONED_AFTER_MS;
}

/**
 * A running meeting past its cut-off (abandonedAt) at `now`: its clock paused AT the cut-off, not at
 * `now`, so its elapsed times stop where the meeting was left. Null when it is not past it (or not
 * running).
 */
export function pauseIfAbandoned(clock: MeetingClock, phases: PhaseBudget[], now: number): MeetingClock | null {
  const cutoff = abandonedAt(clock, phases);
  if (cutoff === null || now < cutoff) return null;
  return pauseMeeting(clock, cutoff);
}

/** The longest time a timer shows in figures: 99:59:59. Anything longer is said in words. */
export const LONGEST_SHOWN_MS = 100 * 60 * MINUTE_MS - SECOND_MS;

/** Whether a duration (either sign) is too long to show in figures, by formatDuration or formatCountdown. */
export function beyondShownTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) > LONGEST_SHOWN_MS;
}
