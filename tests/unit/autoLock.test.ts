// When the app locks itself: idle time from the last activity, held off by a running meeting
// unless the chair chose otherwise, and hidden time; malformed settings fall back to the defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_LOCK, hiddenTooLong, idleLockIn, readAutoLock } from '../../src/domain/autoLock';

const T0 = Date.parse('2026-11-23T09:00:00Z');

describe('auto-lock', () => {
  it('locks after the idle time since the last activity', () => {
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0, false)).toBe(5 * 60_000);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 4 * 60_000, false)).toBe(60_000);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 5 * 60_000, false)).toBe(0);
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 60 * 60_000, false)).toBe(0);
    expect(idleLockIn({ idleMinutes: 1, duringMeeting: false }, T0, T0 + 30_000, false)).toBe(30_000);
  });

  it('a clock set back never lengthens the wait beyond the setting', () => {
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 - 60 * 60_000, false)).toBe(5 * 60_000);
  });

  it('never while a meeting runs, unless the chair chose to lock then too', () => {
    expect(idleLockIn(DEFAULT_AUTO_LOCK, T0, T0 + 60 * 60_000, true)).toBeNull();
    expect(idleLockIn({ idleMinutes: 5, duringMeeting: true }, T0, T0 + 60 * 60_000, true)).toBe(0);
  });

  it('hidden for the idle time or longer locks', () => {
    expect(hiddenTooLong(DEFAULT_AUTO_LOCK, T0, T0 + 5 * 60_000 - 1)).toBe(false);
    expect(hiddenTooLong(DEFAULT_AUTO_LOCK, T0, T0 + 5 * 60_000)).toBe(true);
  });

  it('reads stored settings, and falls back to 5 minutes, not during meetings, for anything else', () => {
    expect(readAutoLock({ idleMinutes: 15, duringMeeting: true })).toEqual({ idleMinutes: 15, duringMeeting: true });
    expect(readAutoLock(undefined)).toEqual(DEFAULT_AUTO_LOCK);
    expect(readAutoLock({ idleMinutes: 7, duringMeeting: 'ja' })).toEqual(DEFAULT_AUTO_LOCK);
    expect(readAutoLock('5')).toEqual(DEFAULT_AUTO_LOCK);
  });
});
