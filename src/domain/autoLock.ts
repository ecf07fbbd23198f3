// When the app locks itself: after the chosen idle time without a touch or a key (but not while a
// meeting's timer runs, unless the chair chose that), and when it comes back after being hidden
// for the idle time. Times are timestamps, like the meeting's timers, so a sleeping tablet or a
// throttled background tab cannot stretch them.

/** The name the settings are stored under (app state). */
export const AUTO_LOCK_KEY = 'autoLock';

export const IDLE_MINUTES = [1, 2, 5, 10, 15, 30] as const;
export type IdleMinutes = (typeof IDLE_MINUTES)[number];

export interface AutoLockSettings {
  idleMinutes: IdleMinutes;
  /** Lock on idle time even while a meeting's timer runs. */
  duringMeeting: boolean;
}

export const DEFAULT_AUTO_LOCK: AutoLockSettings = { idleMinutes: 5, duringMeeting: false };

/** The stored settings, or the defaults for anything missing or malformed. */
export function readAutoLock(value: unknown): AutoLockSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof AutoLockSettings, unknown>>;
  return {
    idleMinutes: IDLE_MINUTES.includes(v.idleMinutes as IdleMinutes) ? (v.idleMinutes as IdleMinutes) : DEFAULT_AUTO_LOCK.idleMinutes,
    duringMeeting: typeof v.duringMeeting === 'boolean' ? v.duringMeeting : DEFAULT_AUTO_LOCK.duringMeeting,
  };
}

export function idleMs(settings: AutoLockSettings): number {
  return settings.idleMinutes * 60_000;
}

/** Ms until the idle lock, from the last activity (0: lock now; null: not while the meeting runs). */
export function idleLockIn(settings: AutoLockSettings, lastActivity: number, now: number, meetingRunning: boolean): number | null {
  if (meetingRunning && !settings.duringMeeting) return null;
  // A clock set back counts as no time passed, never as a longer wait than the setting.
  return Math.max(0, idleMs(settings) - Math.max(0, now - lastActivity));
}

/** Whether the app, visible again, was hidden long enough to lock. */
export function hiddenTooLong(settings: AutoLockSettings, hiddenAt: number, now: number): boolean {
  return now - hiddenAt >= idleMs(settings);
}
