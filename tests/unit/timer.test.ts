import { describe, it, expect } from 'vitest';
import {
  ABANDONED_AFTER_MS,
  LONGEST_SHOWN_MS,
  MINUTE_MS,
  abandonedAt,
  beyondShownTime,
  pauseIfAbandoned,
  WARNING_MS,
  MIN_PHASE_MS,
  adjustBudget,
  budgetsFromShares,
  emptySlotClock,
  endMeeting,
  formatDuration,
  goToPhase,
  isRunning,
  newMeetingClock,
  pauseMeeting,
  pauseSlot,
  resumeMeeting,
  resumeSlot,
  setSpeaker,
  slotElapsedMs,
  speakerShareMs,
  speakerTimeState,
  formatCountdown,
  startMeeting,
  switchSlot,
  timeState,
  togglePause,
  viewClock,
  type MeetingClock,
  type PhaseBudget,
  type SlotClock,
} from '../../src/domain/timer';

// Expected figures below are worked out by hand, never by calling the code under test.
const M = 60_000;
const S = 1000;
const t0 = Date.UTC(2026, 10, 23, 9, 0);
const at = (minutes: number, seconds = 0) => t0 + minutes * M + seconds * S;

/** A 60-minute SIP split 10/20/45/15/10 %: 6, 12, 27, 9, 6 minutes. */
const sip = (): PhaseBudget[] => [
  { id: 'inledning', budgetMs: 6 * M },
  { id: 'aktuell', budgetMs: 12 * M },
  { id: 'insatser', budgetMs: 27 * M },
  { id: 'ansvar', budgetMs: 9 * M },
  { id: 'avslut', budgetMs: 6 * M },
];

const reload = <T>(state: T): T => JSON.parse(JSON.stringify(state)) as T;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const secondsOf = (phases: PhaseBudget[]) => phases.map((p) => p.budgetMs / S);
const totalOf = (phases: PhaseBudget[]) => phases.reduce((s, p) => s + p.budgetMs, 0);

describe('constants', () => {
  it('are a minute, two minutes and a minute', () => {
    expect(MINUTE_MS).toBe(60_000);
    expect(WARNING_MS).toBe(120_000);
    expect(MIN_PHASE_MS).toBe(60_000);
  });
});

describe('SlotClock', () => {
  it('starts empty', () => {
    expect(emptySlotClock()).toEqual({ current: null, since: null, spent: {} });
    expect(slotElapsedMs(emptySlotClock(), 'a', t0)).toBe(0);
  });

  it('accumulates per slot and counts the open segment', () => {
    let c = switchSlot(emptySlotClock(), 'a', t0, true);
    expect(c).toEqual({ current: 'a', since: t0, spent: {} });
    expect(slotElapsedMs(c, 'a', at(3))).toBe(3 * M);
    c = switchSlot(c, 'b', at(3), true);
    expect(c).toEqual({ current: 'b', since: at(3), spent: { a: 3 * M } });
    expect(slotElapsedMs(c, 'a', at(10))).toBe(3 * M);
    expect(slotElapsedMs(c, 'b', at(10))).toBe(7 * M);
    c = switchSlot(c, 'a', at(10), true);
    expect(slotElapsedMs(c, 'a', at(11))).toBe(4 * M);
    c = switchSlot(c, null, at(11), true);
    expect(c).toEqual({ current: null, since: null, spent: { a: 4 * M, b: 7 * M } });
  });

  it('switches to a slot without running it', () => {
    const c = switchSlot(emptySlotClock(), 'a', t0, false);
    expect(c).toEqual({ current: 'a', since: null, spent: {} });
    expect(slotElapsedMs(c, 'a', at(5))).toBe(0);
  });

  it('pauses and resumes, keeping the current slot', () => {
    let c = switchSlot(emptySlotClock(), 'a', t0, true);
    c = pauseSlot(c, at(2));
    expect(c).toEqual({ current: 'a', since: null, spent: { a: 2 * M } });
    expect(slotElapsedMs(c, 'a', at(30))).toBe(2 * M);
    expect(pauseSlot(c, at(40))).toEqual(c);
    c = resumeSlot(c, at(30));
    expect(c).toEqual({ current: 'a', since: at(30), spent: { a: 2 * M } });
    expect(slotElapsedMs(c, 'a', at(31))).toBe(3 * M);
  });

  it('resume is a no-op when nothing is current or it already runs', () => {
    expect(resumeSlot(emptySlotClock(), t0)).toEqual(emptySlotClock());
    const running = switchSlot(emptySlotClock(), 'a', t0, true);
    expect(resumeSlot(running, at(5))).toEqual({ current: 'a', since: t0, spent: {} });
  });

  it('never counts negative time when the device clock goes backwards', () => {
    const c = switchSlot(emptySlotClock(), 'a', t0, true);
    expect(slotElapsedMs(c, 'a', t0 - 5 * M)).toBe(0);
    expect(pauseSlot(c, t0 - 5 * M).spent).toEqual({ a: 0 });
  });

  it('does not take inherited object keys for spent time', () => {
    expect(slotElapsedMs(emptySlotClock(), 'constructor', t0)).toBe(0);
    expect(slotElapsedMs(emptySlotClock(), 'toString', t0)).toBe(0);
  });

  it('never mutates its input and always returns a new object', () => {
    const input: SlotClock = deepFreeze({ current: 'a', since: t0, spent: { a: M } });
    for (const out of [switchSlot(input, 'b', at(1), true), switchSlot(input, 'a', at(1), false), pauseSlot(input, at(1)), resumeSlot(input, at(1))]) {
      expect(out).not.toBe(input);
      expect(out.spent).not.toBe(input.spent);
    }
    expect(input).toEqual({ current: 'a', since: t0, spent: { a: M } });
  });
});

describe('MeetingClock lifecycle', () => {
  it('a new clock is not started, not paused, and empty', () => {
    const c = newMeetingClock();
    expect(c).toEqual({
      startedAt: null,
      endedAt: null,
      paused: false,
      pausedSince: null,
      pausedMs: 0,
      phase: { current: null, since: null, spent: {} },
      speaker: { current: null, since: null, spent: {} },
    });
    expect(isRunning(c)).toBe(false);
  });

  it('starts, runs, pauses, resumes', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0);
    expect(c.startedAt).toBe(t0);
    expect(c.phase).toEqual({ current: 'inledning', since: t0, spent: {} });
    expect(isRunning(c)).toBe(true);

    // after 5 minutes
    expect(viewClock(c, sip(), at(5)).phaseElapsedMs).toBe(5 * M);
    expect(viewClock(c, sip(), at(5)).meetingElapsedMs).toBe(5 * M);

    // a 10-minute pause: elapsed does not grow
    c = pauseMeeting(c, at(5));
    expect(c.paused).toBe(true);
    expect(c.pausedSince).toBe(at(5));
    expect(isRunning(c)).toBe(false);
    expect(viewClock(c, sip(), at(15)).phaseElapsedMs).toBe(5 * M);
    expect(viewClock(c, sip(), at(15)).meetingElapsedMs).toBe(5 * M);
    expect(viewClock(c, sip(), at(15)).running).toBe(false);
    expect(c.pausedMs).toBe(0);

    // resume: the pause is counted in pausedMs
    c = resumeMeeting(c, at(15));
    expect(c.paused).toBe(false);
    expect(c.pausedSince).toBeNull();
    expect(c.pausedMs).toBe(10 * M);
    expect(isRunning(c)).toBe(true);
    expect(viewClock(c, sip(), at(20)).phaseElapsedMs).toBe(10 * M);
    expect(viewClock(c, sip(), at(20)).meetingElapsedMs).toBe(10 * M);
  });

  it('pause is a no-op unless running, resume is a no-op unless paused', () => {
    const fresh = newMeetingClock();
    expect(pauseMeeting(fresh, t0)).toEqual(fresh);
    expect(resumeMeeting(fresh, t0)).toEqual(fresh);

    const running = startMeeting(fresh, 'inledning', t0);
    expect(resumeMeeting(running, at(1))).toEqual(running);

    const paused = pauseMeeting(running, at(2));
    expect(pauseMeeting(paused, at(3))).toEqual(paused);

    const ended = endMeeting(running, at(4));
    expect(pauseMeeting(ended, at(5))).toEqual(ended);
    expect(resumeMeeting(ended, at(5))).toEqual(ended);
  });

  it('starting twice does not restart the meeting', () => {
    const c = startMeeting(newMeetingClock(), 'inledning', t0);
    expect(startMeeting(c, 'aktuell', at(3))).toEqual(c);
  });

  it('togglePause pauses and resumes', () => {
    const fresh = newMeetingClock();
    expect(togglePause(fresh, t0)).toEqual(fresh);
    let c = startMeeting(fresh, 'inledning', t0);
    c = togglePause(c, at(2));
    expect(c.paused).toBe(true);
    expect(c.pausedSince).toBe(at(2));
    c = togglePause(c, at(7));
    expect(c.paused).toBe(false);
    expect(c.pausedMs).toBe(5 * M);
    expect(viewClock(c, sip(), at(8)).phaseElapsedMs).toBe(3 * M);
  });

  it('survives a reload (JSON round trip) in the middle, running and paused', () => {
    // Without reloads.
    const a1 = startMeeting(newMeetingClock(), 'inledning', t0);
    const a2 = goToPhase(a1, 'aktuell', at(4));
    const a3 = setSpeaker(a2, 'anna', at(5));
    const a4 = pauseMeeting(a3, at(8));
    const a5 = resumeMeeting(a4, at(18));
    const a6 = goToPhase(a5, 'insatser', at(20));

    // The same, reloading after every step.
    const b1 = reload(startMeeting(newMeetingClock(), 'inledning', t0));
    const b2 = reload(goToPhase(b1, 'aktuell', at(4)));
    const b3 = reload(setSpeaker(b2, 'anna', at(5)));
    const b4 = reload(pauseMeeting(b3, at(8)));
    const b5 = reload(resumeMeeting(b4, at(18)));
    const b6 = reload(goToPhase(b5, 'insatser', at(20)));

    expect(b3).toEqual(a3);
    expect(b6).toEqual(a6);
    expect(viewClock(b3, sip(), at(7))).toEqual(viewClock(a3, sip(), at(7)));
    expect(viewClock(b4, sip(), at(12))).toEqual(viewClock(a4, sip(), at(12)));
    expect(viewClock(b6, sip(), at(25))).toEqual(viewClock(a6, sip(), at(25)));

    // And the figures are right: aktuell ran 4..8 and 18..20 = 6 min, speaker anna 5..8 and 18..20 = 5 min.
    expect(slotElapsedMs(b5.speaker, 'anna', at(20))).toBe(5 * M);
    expect(slotElapsedMs(b6.phase, 'aktuell', at(25))).toBe(6 * M);
    expect(viewClock(b6, sip(), at(25)).meetingElapsedMs).toBe(15 * M); // 4 + 6 + 5
    expect(b6.pausedMs).toBe(10 * M);
  });

  it('counts wall time while the tablet sleeps and the meeting runs', () => {
    const c = reload(startMeeting(newMeetingClock(), 'inledning', t0));
    // No tick happened for an hour; the next render simply uses the new `now`.
    const v = viewClock(c, sip(), at(65));
    expect(v.phaseElapsedMs).toBe(65 * M);
    expect(v.meetingElapsedMs).toBe(65 * M);
    expect(v.phaseRemainingMs).toBe(-59 * M);
    expect(v.meetingRemainingMs).toBe(-5 * M);
  });

  it('does not count the sleep when the meeting was paused', () => {
    let c = pauseMeeting(startMeeting(newMeetingClock(), 'inledning', t0), at(5));
    c = reload(c);
    expect(viewClock(c, sip(), at(65)).meetingElapsedMs).toBe(5 * M);
    c = resumeMeeting(c, at(65));
    expect(c.pausedMs).toBe(60 * M);
    expect(viewClock(c, sip(), at(66)).phaseElapsedMs).toBe(6 * M);
  });

  it('phase switching accumulates per phase; going back continues the earlier time', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0);
    c = goToPhase(c, 'aktuell', at(7));
    c = goToPhase(c, 'inledning', at(10));
    expect(c.phase).toEqual({ current: 'inledning', since: at(10), spent: { inledning: 7 * M, aktuell: 3 * M } });
    const v = viewClock(c, sip(), at(12));
    expect(v.phaseId).toBe('inledning');
    expect(v.phaseElapsedMs).toBe(9 * M);
    expect(slotElapsedMs(c.phase, 'aktuell', at(12))).toBe(3 * M);
    expect(v.meetingElapsedMs).toBe(12 * M);
  });

  it('going to a phase while paused does not run it', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0);
    c = pauseMeeting(c, at(3));
    c = goToPhase(c, 'aktuell', at(5));
    expect(c.phase).toEqual({ current: 'aktuell', since: null, spent: { inledning: 3 * M } });
    c = resumeMeeting(c, at(10));
    expect(viewClock(c, sip(), at(12)).phaseElapsedMs).toBe(2 * M);
    expect(viewClock(c, sip(), at(12)).meetingElapsedMs).toBe(5 * M);
  });

  it('speaker slots pause with the meeting; another phase has its own round', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0);
    c = goToPhase(c, 'aktuell', at(6));
    c = setSpeaker(c, 'anna', at(6));
    expect(c.speaker).toEqual({ current: 'anna', since: at(6), spent: {} });
    c = setSpeaker(c, 'bo', at(8));
    expect(slotElapsedMs(c.speaker, 'anna', at(9))).toBe(2 * M);
    c = pauseMeeting(c, at(9));
    expect(c.speaker).toEqual({ current: 'bo', since: null, spent: { anna: 2 * M, bo: 1 * M } });
    expect(slotElapsedMs(c.speaker, 'bo', at(20))).toBe(1 * M);
    c = resumeMeeting(c, at(20));
    expect(slotElapsedMs(c.speaker, 'bo', at(21))).toBe(2 * M);

    // Switching speaker while paused does not run the new speaker.
    const pausedSwitch = setSpeaker(pauseMeeting(c, at(21)), 'anna', at(22));
    expect(pausedSwitch.speaker).toEqual({ current: 'anna', since: null, spent: { anna: 2 * M, bo: 2 * M } });

    // Re-selecting the current phase keeps the round.
    expect(goToPhase(c, 'aktuell', at(21)).speaker).toEqual(c.speaker);

    // A real phase change starts a fresh round there; the round left is put aside, paused.
    c = goToPhase(c, 'insatser', at(22));
    expect(c.speaker).toEqual({ current: null, since: null, spent: {} });
    expect(c.rounds).toEqual({ aktuell: { current: 'bo', since: null, spent: { anna: 2 * M, bo: 3 * M } } });
    expect(slotElapsedMs(c.speaker, 'anna', at(23))).toBe(0);
    expect(slotElapsedMs(c.phase, 'aktuell', at(23))).toBe(5 * M); // 6..9 and 20..22

    c = setSpeaker(c, 'cilla', at(23));
    c = setSpeaker(c, null, at(25));
    expect(c.speaker).toEqual({ current: null, since: null, spent: { cilla: 2 * M } });
  });

  it('going back to a phase takes its round up again: who spoke, for how long, who had the word', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0);
    c = goToPhase(c, 'aktuell', at(5));
    c = setSpeaker(c, 'anna', at(5));
    c = setSpeaker(c, 'bo', at(8));
    // To Behov at 10: bo has spoken 2 min, anna 3; Behov's minutes are nobody's turn.
    c = reload(goToPhase(c, 'behov', at(10)));
    expect(c.speaker).toEqual({ current: null, since: null, spent: {} });
    expect(slotElapsedMs(c.rounds!.aktuell!, 'bo', at(30))).toBe(2 * M);
    // Back at 20: bo has the word again and runs from there.
    c = reload(goToPhase(c, 'aktuell', at(20)));
    expect(c.speaker).toEqual({ current: 'bo', since: at(20), spent: { anna: 3 * M, bo: 2 * M } });
    expect(c.rounds).toBeUndefined();
    expect(slotElapsedMs(c.speaker, 'bo', at(21))).toBe(3 * M);
    expect(slotElapsedMs(c.speaker, 'anna', at(21))).toBe(3 * M);
    // Left and taken up again while paused: kept, and not running until the meeting resumes.
    c = pauseMeeting(c, at(22));
    c = goToPhase(goToPhase(c, 'behov', at(23)), 'aktuell', at(24));
    expect(c.speaker).toEqual({ current: 'bo', since: null, spent: { anna: 3 * M, bo: 4 * M } });
    c = resumeMeeting(c, at(30));
    expect(slotElapsedMs(c.speaker, 'bo', at(31))).toBe(5 * M);
    // An empty round is not put aside, and the stored rounds are copies.
    const before = structuredClone(c);
    const away = goToPhase(c, 'behov', at(32));
    expect(away.rounds?.aktuell?.spent).toEqual({ anna: 3 * M, bo: 6 * M });
    expect(goToPhase(away, 'summering', at(33)).rounds).toEqual(away.rounds);
    expect(c).toEqual(before);
  });

  it('a speaker chosen before the start does not run until the meeting starts', () => {
    let c = setSpeaker(newMeetingClock(), 'anna', t0);
    expect(c.speaker).toEqual({ current: 'anna', since: null, spent: {} });
    c = startMeeting(c, 'aktuell', at(1));
    expect(slotElapsedMs(c.speaker, 'anna', at(3))).toBe(2 * M);
  });

  it('ending closes open segments and an open pause', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0);
    c = setSpeaker(c, 'anna', at(1));
    c = endMeeting(c, at(4));
    expect(c.endedAt).toBe(at(4));
    expect(isRunning(c)).toBe(false);
    expect(c.phase).toEqual({ current: 'inledning', since: null, spent: { inledning: 4 * M } });
    expect(c.speaker).toEqual({ current: 'anna', since: null, spent: { anna: 3 * M } });
    expect(endMeeting(c, at(9))).toEqual(c);

    let p = startMeeting(newMeetingClock(), 'inledning', t0);
    p = pauseMeeting(p, at(10));
    p = endMeeting(p, at(15));
    expect(p.paused).toBe(false);
    expect(p.pausedSince).toBeNull();
    expect(p.pausedMs).toBe(5 * M);
    expect(p.endedAt).toBe(at(15));
    expect(viewClock(p, sip(), at(30)).meetingElapsedMs).toBe(10 * M);

    // Ending a meeting that never started changes nothing.
    expect(endMeeting(newMeetingClock(), t0)).toEqual(newMeetingClock());
  });

  it('never mutates its input and always returns a new object', () => {
    const snapshot = (c: MeetingClock) => JSON.stringify(c);
    const states: MeetingClock[] = [];
    states.push(newMeetingClock());
    states.push(startMeeting(states[0]!, 'inledning', t0));
    states.push(setSpeaker(states[1]!, 'anna', at(1)));
    states.push(pauseMeeting(states[2]!, at(2)));
    states.push(endMeeting(states[2]!, at(3)));
    for (const s of states) {
      const before = snapshot(s);
      const frozen = deepFreeze(s);
      const outs = [
        startMeeting(frozen, 'x', at(5)),
        pauseMeeting(frozen, at(5)),
        resumeMeeting(frozen, at(5)),
        togglePause(frozen, at(5)),
        goToPhase(frozen, 'aktuell', at(5)),
        goToPhase(frozen, 'inledning', at(5)),
        setSpeaker(frozen, 'bo', at(5)),
        endMeeting(frozen, at(5)),
      ];
      for (const out of outs) {
        expect(out).not.toBe(frozen);
        expect(out.phase).not.toBe(frozen.phase);
        expect(out.speaker).not.toBe(frozen.speaker);
      }
      viewClock(frozen, deepFreeze(sip()), at(5));
      expect(snapshot(s)).toBe(before);
    }
  });
});

describe('timeState', () => {
  it('is ok above two minutes, warning from two minutes down to zero, overrun below zero', () => {
    expect(timeState(10 * M)).toBe('ok');
    expect(timeState(2 * M + 1)).toBe('ok');
    expect(timeState(2 * M)).toBe('warning');
    expect(timeState(1)).toBe('warning');
    expect(timeState(0)).toBe('warning');
    expect(timeState(-1)).toBe('overrun');
    expect(timeState(-5 * M)).toBe('overrun');
  });
});

describe('viewClock', () => {
  it('before the start', () => {
    expect(viewClock(newMeetingClock(), sip(), t0)).toEqual({
      running: false,
      meetingElapsedMs: 0,
      meetingBudgetMs: 60 * M,
      meetingRemainingMs: 60 * M,
      phaseId: null,
      phaseElapsedMs: 0,
      phaseBudgetMs: 0,
      phaseRemainingMs: 0,
      phaseState: 'ok',
      meetingState: 'ok',
      projectedEndAt: null,
    });
  });

  it('remaining time, warning at exactly two minutes, ok one second before', () => {
    const c = startMeeting(newMeetingClock(), 'inledning', t0);
    // 3:59 into a 6-minute phase: 2:01 left.
    expect(viewClock(c, sip(), at(3, 59))).toMatchObject({
      running: true,
      phaseId: 'inledning',
      phaseElapsedMs: 3 * M + 59 * S,
      phaseBudgetMs: 6 * M,
      phaseRemainingMs: 2 * M + 1 * S,
      phaseState: 'ok',
      meetingElapsedMs: 3 * M + 59 * S,
      meetingBudgetMs: 60 * M,
      meetingRemainingMs: 56 * M + 1 * S,
      meetingState: 'ok',
    });
    // 4:00 in: exactly 2:00 left.
    expect(viewClock(c, sip(), at(4))).toMatchObject({ phaseRemainingMs: 2 * M, phaseState: 'warning' });
    // Exactly at the budget: still a warning, not yet an overrun.
    expect(viewClock(c, sip(), at(6))).toMatchObject({ phaseRemainingMs: 0, phaseState: 'warning' });
    // 7:30 in: 1:30 over.
    expect(viewClock(c, sip(), at(7, 30))).toMatchObject({
      phaseRemainingMs: -90 * S,
      phaseState: 'overrun',
      meetingRemainingMs: 52 * M + 30 * S,
      meetingState: 'ok',
    });
  });

  it('meeting state follows the whole meeting budget', () => {
    const c = startMeeting(newMeetingClock(), 'inledning', t0);
    expect(viewClock(c, sip(), at(58))).toMatchObject({ meetingRemainingMs: 2 * M, meetingState: 'warning' });
    expect(viewClock(c, sip(), at(61))).toMatchObject({ meetingRemainingMs: -1 * M, meetingState: 'overrun' });
  });

  it('projected end within the first phase, on budget and over', () => {
    const c = startMeeting(newMeetingClock(), 'inledning', t0);
    // 2 min left of inledning + 12 + 27 + 9 + 6 = 54 later.
    expect(viewClock(c, sip(), at(4)).projectedEndAt).toBe(at(60));
    // Over budget: the current phase is assumed to end now.
    expect(viewClock(c, sip(), at(7, 30)).projectedEndAt).toBe(at(61, 30));
  });

  it('projected end when an earlier phase went over or under budget', () => {
    // inledning took 8 min (2 over); aktuell 2 min in, 10 left; later 27 + 9 + 6 = 42.
    const over = goToPhase(startMeeting(newMeetingClock(), 'inledning', t0), 'aktuell', at(8));
    expect(viewClock(over, sip(), at(10)).projectedEndAt).toBe(at(62));

    // inledning took 4 min (2 under); aktuell 6 min in, 6 left; later 42.
    const under = goToPhase(startMeeting(newMeetingClock(), 'inledning', t0), 'aktuell', at(4));
    expect(viewClock(under, sip(), at(10)).projectedEndAt).toBe(at(58));
  });

  it('projected end when later phases are partly (or over) spent', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0); // inledning 0..2
    c = goToPhase(c, 'ansvar', at(2)); // ansvar 2..14: 12 of 9 min
    c = goToPhase(c, 'insatser', at(14)); // insatser 14..24: 10 of 27 min
    c = goToPhase(c, 'aktuell', at(24)); // aktuell from 24
    const v = viewClock(c, sip(), at(30));
    expect(v.phaseId).toBe('aktuell');
    expect(v.phaseElapsedMs).toBe(6 * M);
    expect(v.phaseRemainingMs).toBe(6 * M);
    expect(v.meetingElapsedMs).toBe(30 * M); // 2 + 12 + 10 + 6
    expect(v.meetingRemainingMs).toBe(30 * M);
    // now + 6 (aktuell) + 17 (insatser) + 0 (ansvar, already over) + 6 (avslut)
    expect(v.projectedEndAt).toBe(at(59));
  });

  it('projected end moves later while paused', () => {
    const c = pauseMeeting(startMeeting(newMeetingClock(), 'inledning', t0), at(4));
    expect(viewClock(c, sip(), at(4)).projectedEndAt).toBe(at(60));
    const later = viewClock(c, sip(), at(14));
    expect(later.running).toBe(false);
    expect(later.phaseRemainingMs).toBe(2 * M);
    expect(later.projectedEndAt).toBe(at(70));
  });

  it('after the end the figures stop and the projected end is the end', () => {
    let c = startMeeting(newMeetingClock(), 'inledning', t0);
    c = goToPhase(c, 'aktuell', at(6));
    c = endMeeting(c, at(50));
    const v = viewClock(c, sip(), at(70));
    expect(v.running).toBe(false);
    expect(v.projectedEndAt).toBe(at(50));
    expect(v.meetingElapsedMs).toBe(50 * M);
    expect(v.phaseId).toBe('aktuell');
    expect(v.phaseElapsedMs).toBe(44 * M);
    expect(v.phaseRemainingMs).toBe(-32 * M);
    expect(v.meetingRemainingMs).toBe(10 * M);
  });
});

describe('speakerShareMs', () => {
  it('divides the phase budget equally, floored to whole seconds', () => {
    expect(speakerShareMs(12 * M, 5)).toBe(144 * S); // 720 s / 5
    expect(speakerShareMs(12 * M, 7)).toBe(102 * S); // 720 s / 7 = 102.86
    expect(speakerShareMs(12 * M, 1)).toBe(12 * M);
    expect(speakerShareMs(10 * S, 3)).toBe(3 * S); // 3.33 s
    expect(speakerShareMs(12 * M, 0)).toBe(0);
  });
});

describe('adjustBudget', () => {
  it('+1 min rebalance at phase 2 takes it from later phases in proportion', () => {
    const input = deepFreeze(sip());
    const r = adjustBudget(input, 'aktuell', 1 * M, 'rebalance');
    // Later 1620 + 540 + 360 = 2520 s give 60 s: 38.57 → 38, 12.86 → 12, 8.57 → 8 (= 58),
    // the 2 s remainder to the largest (insatser): 40, 12, 8.
    expect(secondsOf(r.phases)).toEqual([360, 780, 1580, 528, 352]);
    expect(r.appliedMs).toBe(60 * S);
    expect(totalOf(r.phases)).toBe(60 * M);
    expect(r.phases.map((p) => p.id)).toEqual(['inledning', 'aktuell', 'insatser', 'ansvar', 'avslut']);
    expect(secondsOf(input)).toEqual([360, 720, 1620, 540, 360]);
  });

  it('−1 min rebalance gives it back to later phases', () => {
    const r = adjustBudget(sip(), 'aktuell', -1 * M, 'rebalance');
    expect(secondsOf(r.phases)).toEqual([360, 660, 1660, 552, 368]);
    expect(r.appliedMs).toBe(-60 * S);
    expect(totalOf(r.phases)).toBe(60 * M);
  });

  it('the last phase cannot rebalance', () => {
    const r = adjustBudget(sip(), 'avslut', 1 * M, 'rebalance');
    expect(secondsOf(r.phases)).toEqual([360, 720, 1620, 540, 360]);
    expect(r.appliedMs).toBe(0);
    expect(adjustBudget(sip(), 'avslut', -1 * M, 'rebalance').appliedMs).toBe(0);
  });

  it('never shrinks the adjusted phase below the minimum', () => {
    // inledning 6 min can give only 5; later 720 + 1620 + 540 + 360 = 3240 s get 300 s:
    // 66.67 → 66, 150, 50, 33.33 → 33 (= 299), 1 s remainder to insatser.
    const r = adjustBudget(sip(), 'inledning', -10 * M, 'rebalance');
    expect(secondsOf(r.phases)).toEqual([60, 786, 1771, 590, 393]);
    expect(r.appliedMs).toBe(-5 * M);
    expect(totalOf(r.phases)).toBe(60 * M);
  });

  it('applies only the part the later phases can give, each down to the minimum', () => {
    // ansvar can give 8 min and avslut 5: 13 of the asked 30.
    const r = adjustBudget(sip(), 'insatser', 30 * M, 'rebalance');
    expect(secondsOf(r.phases)).toEqual([360, 720, 2400, 60, 60]);
    expect(r.appliedMs).toBe(13 * M);
    expect(totalOf(r.phases)).toBe(60 * M);
  });

  it('a later phase that hits the minimum leaves the rest to the others', () => {
    // b's proportional share of 200 s would be 200 × 70 / 670 = 20.9 s, but it can give only 10.
    const phases = [
      { id: 'a', budgetMs: 600 * S },
      { id: 'b', budgetMs: 70 * S },
      { id: 'c', budgetMs: 600 * S },
    ];
    const r = adjustBudget(phases, 'a', 200 * S, 'rebalance');
    expect(secondsOf(r.phases)).toEqual([800, 60, 410]);
    expect(r.appliedMs).toBe(200 * S);

    // A later phase already below the minimum gives nothing.
    const small = [
      { id: 'a', budgetMs: 300 * S },
      { id: 'b', budgetMs: 30 * S },
      { id: 'c', budgetMs: 300 * S },
    ];
    const s = adjustBudget(small, 'a', 60 * S, 'rebalance');
    expect(secondsOf(s.phases)).toEqual([360, 30, 240]);
    expect(s.appliedMs).toBe(60 * S);
  });

  it('extend changes only that phase, and the total', () => {
    const r = adjustBudget(sip(), 'insatser', 5 * M, 'extend');
    expect(secondsOf(r.phases)).toEqual([360, 720, 1920, 540, 360]);
    expect(r.appliedMs).toBe(5 * M);
    expect(totalOf(r.phases)).toBe(65 * M);

    const shorter = adjustBudget(sip(), 'avslut', -10 * M, 'extend');
    expect(secondsOf(shorter.phases)).toEqual([360, 720, 1620, 540, 60]);
    expect(shorter.appliedMs).toBe(-5 * M);
    expect(totalOf(shorter.phases)).toBe(55 * M);

    // A phase already under the minimum is not raised by a cut.
    const tiny = adjustBudget([{ id: 'x', budgetMs: 30 * S }], 'x', -1 * M, 'extend');
    expect(tiny.phases).toEqual([{ id: 'x', budgetMs: 30 * S }]);
    expect(tiny.appliedMs).toBe(0);

    // Budgets stay whole seconds.
    const odd = adjustBudget(sip(), 'aktuell', 1500, 'extend');
    expect(odd.appliedMs).toBe(1 * S);
    expect(secondsOf(odd.phases)).toEqual([360, 721, 1620, 540, 360]);
  });

  it('an unknown phase changes nothing', () => {
    const r = adjustBudget(sip(), 'okänd', 1 * M, 'rebalance');
    expect(r).toEqual({ phases: sip(), appliedMs: 0 });
  });

  it('returns new objects and leaves the input alone', () => {
    const input = deepFreeze(sip());
    for (const mode of ['rebalance', 'extend'] as const) {
      const r = adjustBudget(input, 'aktuell', 1 * M, mode);
      expect(r.phases).not.toBe(input);
      r.phases.forEach((p, i) => expect(p).not.toBe(input[i]));
    }
    expect(input).toEqual(sip());
  });
});

describe('budgetsFromShares', () => {
  it('splits the standard SIP shares exactly', () => {
    const r = budgetsFromShares(60 * M, [
      { id: 'inledning', share: 0.1 },
      { id: 'aktuell', share: 0.2 },
      { id: 'insatser', share: 0.45 },
      { id: 'ansvar', share: 0.15 },
      { id: 'avslut', share: 0.1 },
    ]);
    expect(r).toEqual(sip());
  });

  it('floors to whole seconds and gives the remainder to the largest share', () => {
    // 2.5 → 2, 4.5 → 4, 3 → 3 (= 9 s); 1 s to the 45 % share.
    const r = budgetsFromShares(10 * S, [
      { id: 'a', share: 0.25 },
      { id: 'b', share: 0.45 },
      { id: 'c', share: 0.3 },
    ]);
    expect(r).toEqual([
      { id: 'a', budgetMs: 2 * S },
      { id: 'b', budgetMs: 5 * S },
      { id: 'c', budgetMs: 3 * S },
    ]);
    expect(totalOf(r)).toBe(10 * S);

    // Thirds of 100 s: 33 each and 1 s to the first of the equal largest.
    const thirds = budgetsFromShares(100 * S, [
      { id: 'a', share: 1 / 3 },
      { id: 'b', share: 1 / 3 },
      { id: 'c', share: 1 / 3 },
    ]);
    expect(secondsOf(thirds)).toEqual([34, 33, 33]);
  });

  it('keeps the total exact when the shares only sum to about 1', () => {
    const r = budgetsFromShares(90 * S, [
      { id: 'a', share: 0.33 },
      { id: 'b', share: 0.33 },
      { id: 'c', share: 0.33 },
    ]);
    expect(secondsOf(r)).toEqual([30, 30, 30]);
    expect(
      budgetsFromShares(45 * M, [
        { id: 'a', share: 0.5 },
        { id: 'b', share: 0.3 },
        { id: 'c', share: 0.2 },
      ]).map((p) => p.budgetMs),
    ).toEqual([1350 * S, 810 * S, 540 * S]);
    expect(budgetsFromShares(60 * M, [])).toEqual([]);
  });
});

describe('formatDuration', () => {
  it('formats minutes and seconds, hours when needed, and negatives with U+2212', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_999)).toBe('0:59');
    expect(formatDuration(60_000)).toBe('1:00');
    expect(formatDuration(725_000)).toBe('12:05');
    expect(formatDuration(3_599_999)).toBe('59:59');
    expect(formatDuration(3_600_000)).toBe('1:00:00');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(36_000_000)).toBe('10:00:00');
    expect(formatDuration(-190_000)).toBe('\u22123:10');
    expect(formatDuration(-190_999)).toBe('\u22123:10');
    expect(formatDuration(-3_723_000)).toBe('\u22121:02:03');
    expect(formatDuration(-500)).toBe('0:00');
  });
});

describe('speakerTimeState', () => {
  it('warns at a quarter of a short share, at two minutes of a long one, and overruns below zero', () => {
    // A 3-minute share: warning from 45 s left.
    expect(speakerTimeState(46_000, 180_000)).toBe('ok');
    expect(speakerTimeState(45_000, 180_000)).toBe('warning');
    // A 12-minute share: a quarter is 3 min, capped at 2 min.
    expect(speakerTimeState(121_000, 720_000)).toBe('ok');
    expect(speakerTimeState(120_000, 720_000)).toBe('warning');
    expect(speakerTimeState(0, 720_000)).toBe('warning');
    expect(speakerTimeState(-1, 720_000)).toBe('overrun');
  });
});

describe('formatCountdown', () => {
  it('rounds remaining time away from zero to whole seconds', () => {
    expect(formatCountdown(359_900)).toBe('6:00');
    expect(formatCountdown(360_000)).toBe('6:00');
    expect(formatCountdown(359_000)).toBe('5:59');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-1)).toBe('\u22120:01');
    expect(formatCountdown(-61_000)).toBe('\u22121:01');
  });
});

describe('a meeting nobody ended', () => {
  const H = 60 * M;
  it('is cut off two hours after the end it is heading for, which does not move while it runs', () => {
    expect(ABANDONED_AFTER_MS).toBe(2 * H);
    // Started at t0, 60 minutes of budgets: heading for t0 + 60 min.
    const clock = startMeeting(newMeetingClock(), 'inledning', t0);
    expect(abandonedAt(clock, sip())).toBe(at(180));
    // In the third phase from minute 20 (the first two took 8 and 12 minutes): 27 + 9 + 6 minutes
    // left from there, so heading for minute 62, cut off at minute 182 however long it runs.
    const later = goToPhase(goToPhase(clock, 'aktuell', at(8)), 'insatser', at(20));
    expect(abandonedAt(later, sip())).toBe(at(182));
    // The end the timer panel projects while the phase is within its budget.
    expect(viewClock(later, sip(), at(30)).projectedEndAt).toBe(at(62));
  });

  it('a phase entered or resumed after its budget ran out counts from then', () => {
    // Back to Inledning (already used 8 of its 6 minutes) at minute 50: its budget is gone, the
    // later phases have 0 + 0 + 9 + 6 minutes left... counted from 50, not before it.
    const clock = goToPhase(goToPhase(goToPhase(startMeeting(newMeetingClock(), 'inledning', t0), 'aktuell', at(8)), 'insatser', at(20)), 'inledning', at(50));
    // Aktuell spent 12 of 12, Insatser 30 of 27: the later phases add 0 + 0 + 9 + 6 = 15 minutes
    // to Inledning's end at 50 + 6 − 8 = minute 48; the phase began at 50, so max(48 + 15, 50) = 63.
    expect(abandonedAt(clock, sip())).toBe(at(63 + 120));
    // Paused at 60 and resumed at 600: Inledning has overrun (18 of 6 minutes), the later phases
    // still have 15: heading for 600 + 15 − 12 = 603.
    const resumed = resumeMeeting(pauseMeeting(clock, at(60)), at(600));
    expect(abandonedAt(resumed, sip())).toBe(at(603 + 120));
  });

  it('is paused AT the cut-off, not at now, so its times stop where it was left', () => {
    const clock = startMeeting(newMeetingClock(), 'inledning', t0);
    expect(pauseIfAbandoned(clock, sip(), at(180) - 1)).toBeNull();
    const months = at(150_000);
    const paused = pauseIfAbandoned(clock, sip(), months)!;
    expect(paused).toEqual(pauseMeeting(clock, at(180)));
    expect(paused.paused).toBe(true);
    expect(paused.pausedSince).toBe(at(180));
    const view = viewClock(paused, sip(), months);
    expect(view.meetingElapsedMs).toBe(180 * M);
    expect(view.phaseElapsedMs).toBe(180 * M);
    expect(view.running).toBe(false);
    // Resumed months later: the pause is not counted as meeting time.
    const resumed = resumeMeeting(paused, months);
    expect(viewClock(resumed, sip(), months + M).meetingElapsedMs).toBe(181 * M);
    expect(abandonedAt(resumed, sip())).toBe(months + 2 * H);
  });

  it('is never cut off when not running: paused, ended or not started', () => {
    const clock = startMeeting(newMeetingClock(), 'inledning', t0);
    expect(abandonedAt(newMeetingClock(), sip())).toBeNull();
    expect(abandonedAt(pauseMeeting(clock, at(5)), sip())).toBeNull();
    expect(pauseIfAbandoned(endMeeting(clock, at(50)), sip(), at(10_000))).toBeNull();
    expect(pauseIfAbandoned(pauseMeeting(clock, at(5)), sip(), at(10_000))).toBeNull();
  });

  it('takes the speaker round along, paused at the same moment', () => {
    const clock = setSpeaker(startMeeting(newMeetingClock(), 'aktuell', t0), 'person', at(1));
    const paused = pauseIfAbandoned(clock, sip(), at(100_000))!;
    // Aktuell has 12 minutes and the later phases 42: cut off at 54 + 120 minutes.
    expect(paused.pausedSince).toBe(at(174));
    expect(slotElapsedMs(paused.speaker, 'person', at(100_000))).toBe(173 * M);
  });
});

describe('durations too long to show in figures', () => {
  it('are beyond 99:59:59, either sign', () => {
    expect(LONGEST_SHOWN_MS).toBe(((99 * 60 + 59) * 60 + 59) * S);
    expect(formatDuration(LONGEST_SHOWN_MS)).toBe('99:59:59');
    expect(formatCountdown(-LONGEST_SHOWN_MS)).toBe('\u221299:59:59');
    expect(beyondShownTime(LONGEST_SHOWN_MS)).toBe(false);
    expect(beyondShownTime(-LONGEST_SHOWN_MS)).toBe(false);
    expect(beyondShownTime(LONGEST_SHOWN_MS + 1)).toBe(true);
    expect(beyondShownTime(-(2492 * 60 * M))).toBe(true);
    expect(beyondShownTime(0)).toBe(false);
    expect(beyondShownTime(Number.NaN)).toBe(false);
  });
});
