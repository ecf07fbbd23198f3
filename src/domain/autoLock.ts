// When the app locks itself: after the chosen idle time without a touch or a key (during a running
// meeting after a longer time the chair chooses, unless the chair chose the normal time then too),
// always after a warning the chair can answer with one press, and when it comes back after being
// hidden for the idle time. Times are timestamps, like the meeting's timers, so a sleeping tablet or
// a throttled background tab cannot stretch them.

/** The name the settings are stored under (app state). */
export const AUTO_LOCK_KEY = 'autoLock';

export const IDLE_MINUTES = [1, 2, 5, 10, 15, 30] as const;
export type IdleMinutes = (typeof IDLE_MINUTES)[number];

/** The idle time while a meeting's timer runs. */
export const MEETING_IDLE_MINUTES = [10, 15, 20, 30, 45, 60] as const;
export type MeetingIdleMinutes = (typeof MEETING_IDLE_MINUTES)[number];

export interface AutoLockSettings {
  idleMinutes: IdleMinutes;
  /** Use the normal idle time while a meeting's timer runs too (not the longer meeting idle time). */
  duringMeeting: boolean;
  /** The idle time while a meeting's timer runs (unless `duringMeeting`). */
  meetingIdleMinutes: MeetingIdleMinutes;
}

export const DEFAULT_AUTO_LOCK: AutoLockSettings = { idleMinutes: 5, duringMeeting: false, meetingIdleMinutes: 20 };

/**
 * The warning comes this long before the idle lock (WCAG 2.2.1 asks for at least 20 seconds), and
 * the lock never comes before the warning has been on screen this long.
 */
export const IDLE_WARNING_MS = 30_000;

/** The stored settings, or the defaults for anything missing or malformed (settings stored before a field existed included). */
export function readAutoLock(value: unknown): AutoLockSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof AutoLockSettings, unknown>>;
  return {
    idleMinutes: IDLE_MINUTES.includes(v.idleMinutes as IdleMinutes) ? (v.idleMinutes as IdleMinutes) : DEFAULT_AUTO_LOCK.idleMinutes,
    duringMeeting: typeof v.duringMeeting === 'boolean' ? v.duringMeeting : DEFAULT_AUTO_LOCK.duringMeeting,
    meetingIdleMinutes: MEETING_IDLE_MINUTES.includes(v.meetingIdleMinutes as MeetingIdleMinutes)
      ? (v.meetingIdleMinutes as MeetingIdleMinutes)
      : DEFAULT_AUTO_LOCK.meetingIdleMinutes,
  };
}

export function idleMs(settings: AutoLockSettings): number {
  return settings.idleMinutes * 60_000;
}

/**
 * The idle time that applies now: the normal one, or during a running meeting the meeting idle time
 * (never shorter than the normal one) unless the chair chose the normal time for meetings too.
 */
export function idleLimitMs(settings: AutoLockSettings, meetingRunning: boolean): number {
  if (!meetingRunning || settings.duringMeeting) return idleMs(settings);
  return Math.max(idleMs(settings), settings.meetingIdleMinutes * 60_000);
}

/** Ms until the idle time has passed, from the last activity (0: it has). A clock set back counts as no time passed. */
export function idleLockIn(settings: AutoLockSettings, lastActivity: number, now: number, meetingRunning: boolean): number {
  return Math.max(0, idleLimitMs(settings, meetingRunning) - Math.max(0, now - lastActivity));
}

export type IdleStep =
  /** Nothing to show; look again at `until` (when the warning is due). */
  | { action: 'wait'; until: number }
  /** Show the warning (or keep showing it); the app locks at `lockAt`. */
  | { action: 'warn'; lockAt: number }
  | { action: 'lock' };

/**
 * What the idle lock does at `now`. `warnedAt` is when the warning went up (null while it is not
 * shown; activity takes it down). The warning goes up IDLE_WARNING_MS before the idle time has
 * passed, and the lock comes at the end of the idle time but never before the warning has been up
 * for IDLE_WARNING_MS: a timer that fired late, or a return to an app that was idle, warns first.
 */
export function idleStep(settings: AutoLockSettings, lastActivity: number, warnedAt: number | null, now: number, meetingRunning: boolean): IdleStep {
  // A clock set back counts as no time passed, never as a longer wait than the setting.
  const idleEndsAt = Math.min(lastActivity, now) + idleLimitMs(settings, meetingRunning);
  const warnAt = idleEndsAt - IDLE_WARNING_MS;
  if (now < warnAt) return { action: 'wait', until: warnAt };
  const lockAt = Math.max(idleEndsAt, Math.min(warnedAt ?? now, now) + IDLE_WARNING_MS);
  if (warnedAt !== null && now >= lockAt) return { action: 'lock' };
  return { action: 'warn', lockAt };
}

/** Whether the app, visible again, was hidden long enough to lock. */
export function hiddenTooLong(settings: AutoLockSettings, hiddenAt: number, now: number): boolean {
  return now - hiddenAt >= idleMs(settings);
}
