// When the app locks itself: idle time from the last activity, longer while a meeting runs unless
// the chair chose otherwise, always after a warning of at least 20 seconds, and hidden time;
// malformed or older settings fall back to the defaults.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUTO_LOCK,
  hiddenTooLong,
  IDLE_WARNING_MS,
  idleLimitMs,
  idleLockIn,
  idleStep,
  readAutoLock,
  type AutoLockSettings,
} from '../../src/domain/autoLock';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const M = 60_000;
const S = 1000;
const settings = (over: Partial<AutoLockSettings> = {}): AutoLockSettings => ({ ...DEFAULT_AUTO_LOCK, ...over });

describe('auto-lock', () => {
  it('locks after the idle time since the last activity', () => {
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0, false)).toBe(5 * M);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 4 * M, false)).toBe(M);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 5 * M, false)).toBe(0);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 60 * M, false)).toBe(0);
    expect(idleLockIn(settings({ idleMinutes: 1 }), T0, T0 + 30 * S, false)).toBe(30 * S);
  });

  it('a clock set back never lengthens the wait beyond the setting', () => {
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 - 60 * M, false)).toBe(5 * M);
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, null, T0 - 60 * M, false)).toEqual({ action: 'wait', until: T0 - 60 * M + 5 * M - IDLE_WARNING_MS });
  });

  it('while a meeting runs, after the longer meeting idle time (20 minutes by default), or the normal one if the chair chose that', () => {
    expect(DEFAULT_AUTO_LOCK.meetingIdleMinutes).toBe(20);
    expect(idleLimitMs(DEFAULT_AUTO_LOCK, true)).toBe(20 * M);
    expect(idleLimitMs(DEFAULT_AUTO_LOCK, false)).toBe(5 * M);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 12 * M, true)).toBe(8 * M);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 60 * M, true)).toBe(0);
    expect(idleLimitMs(settings({ meetingIdleMinutes: 45 }), true)).toBe(45 * M);
    expect(idleLimitMs(settings({ duringMeeting: true, meetingIdleMinutes: 45 }), true)).toBe(5 * M);
    // Never shorter than the normal idle time.
    expect(idleLimitMs(settings({ idleMinutes: 30, meetingIdleMinutes: 10 }), true)).toBe(30 * M);
  });

  it('warns at least 20 seconds (30) before the lock, and locks only once the warning has been up that long', () => {
    expect(IDLE_WARNING_MS).toBeGreaterThanOrEqual(20 * S);
    expect(IDLE_WARNING_MS).toBe(30 * S);
    // Nothing until 4:30, then the warning, locking at 5:00.
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, null, T0, false)).toEqual({ action: 'wait', until: T0 + 4 * M + 30 * S });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, null, T0 + 4 * M + 29 * S, false)).toEqual({ action: 'wait', until: T0 + 4 * M + 30 * S });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, null, T0 + 4 * M + 30 * S, false)).toEqual({ action: 'warn', lockAt: T0 + 5 * M });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, T0 + 4 * M + 30 * S, T0 + 4 * M + 59 * S, false)).toEqual({ action: 'warn', lockAt: T0 + 5 * M });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, T0 + 4 * M + 30 * S, T0 + 5 * M, false)).toEqual({ action: 'lock' });
    // During a meeting: the warning at 19:30, the lock at 20:00.
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, null, T0 + 19 * M, true)).toEqual({ action: 'wait', until: T0 + 19 * M + 30 * S });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, null, T0 + 19 * M + 30 * S, true)).toEqual({ action: 'warn', lockAt: T0 + 20 * M });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, T0 + 19 * M + 30 * S, T0 + 20 * M, true)).toEqual({ action: 'lock' });
  });

  it('never locks without the warning: late, or back to an app long idle, it warns for the full 30 seconds first', () => {
    // The check comes at 7:00 with no warning shown: warn now, lock at 7:30.
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, null, T0 + 7 * M, false)).toEqual({ action: 'warn', lockAt: T0 + 7 * M + 30 * S });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, T0 + 7 * M, T0 + 7 * M + 29 * S, false)).toEqual({ action: 'warn', lockAt: T0 + 7 * M + 30 * S });
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, T0 + 7 * M, T0 + 7 * M + 30 * S, false)).toEqual({ action: 'lock' });
    // A warning that went up at 4:50 (a timer fired late) still gets its 30 seconds.
    expect(idleStep(DEFAULT_AUTO_LOCK, T0, T0 + 4 * M + 50 * S, T0 + 5 * M, false)).toEqual({ action: 'warn', lockAt: T0 + 5 * M + 20 * S });
  });

  it('activity after the warning starts the idle time over', () => {
    const touched = T0 + 4 * M + 40 * S;
    expect(idleStep(DEFAULT_AUTO_LOCK, touched, null, touched, false)).toEqual({ action: 'wait', until: touched + 4 * M + 30 * S });
  });

  it('hidden for the idle time or longer locks', () => {
    expect(hiddenTooLong(DEFAULT_AUTO_LOCK, T0, T0 + 5 * M - 1)).toBe(false);
    expect(hiddenTooLong(DEFAULT_AUTO_LOCK, T0, T0 + 5 * M)).toBe(true);
  });

  it('reads stored settings, and falls back to 5 minutes, 20 during meetings, for anything else', () => {
    expect(readAutoLock({ idleMinutes: 15, duringMeeting: true, meetingIdleMinutes: 45 })).toEqual({ idleMinutes: 15, duringMeeting: true, meetingIdleMinutes: 45 });
    // Settings stored before the meeting idle time existed keep their choices.
    expect(readAutoLock({ idleMinutes: 15, duringMeeting: true })).toEqual({ idleMinutes: 15, duringMeeting: true, meetingIdleMinutes: 20 });
    expect(readAutoLock({ idleMinutes: 2, duringMeeting: false, meetingIdleMinutes: 7 })).toEqual({ idleMinutes: 2, duringMeeting: false, meetingIdleMinutes: 20 });
    expect(readAutoLock(undefined)).toEqual(DEFAULT_AUTO_LOCK);
    expect(readAutoLock(null)).toEqual(DEFAULT_AUTO_LOCK);
    expect(readAutoLock({ idleMinutes: 7, duringMeeting: 'ja', meetingIdleMinutes: '20' })).toEqual(DEFAULT_AUTO_LOCK);
    expect(readAutoLock('5')).toEqual(DEFAULT_AUTO_LOCK);
    expect(DEFAULT_AUTO_LOCK).toEqual({ idleMinutes: 5, duringMeeting: false, meetingIdleMinutes: 20 });
  });
});
