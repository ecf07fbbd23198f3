// Wrong passcodes meet a growing wait. The state is two numbers the app stores (so a reload does
// not reset it); everything else is a pure function of that state and the time.

export interface LockoutState {
  /** Wrong passcodes in a row. */
  failures: number;
  /** Epoch ms of the last wrong passcode; null when there has been none. */
  lastFailureAt: number | null;
}

export const NO_FAILURES: LockoutState = { failures: 0, lastFailureAt: null };

/** Free attempts before the first wait; then 30 s, doubling each time, at most 15 minutes. */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

/** The wait imposed after this many wrong passcodes in a row. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Ms until the next attempt is allowed (0: now). A clock set back never shortens the wait. */
export function waitRemaining(state: LockoutState, now: number): number {
  if (state.lastFailureAt === null) return 0;
  const wait = waitAfterFailures(state.failures);
  const since = Math.max(0, now - state.lastFailureAt);
  return Math.max(0, wait - since);
}

export function afterFailure(state: LockoutState, now: number): LockoutState {
  return { failures: state.failures + 1, lastFailureAt: now };
}

/**
 * A wait as the lock screen says it, from its end and one reading of the clock: whole seconds
 * rounded up (30 at its start, 1 in its last second, 0 once over), in minutes (rounded up) beyond
 * 90 seconds. The message and the countdown both call this with the same `now`, so they agree.
 */
export function waitShown(until: number, now: number): { unit: 'seconds' | 'minutes'; count: number } {
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  return seconds <= 90 ? { unit: 'seconds', count: seconds } : { unit: 'minutes', count: Math.ceil(seconds / 60) };
}

/**
 * When the countdown's figure next changes: the next whole second before `until` (a timer set for
 * then shows the new figure on time, as timers never fire early); null once the wait is over.
 */
export function nextWaitTick(until: number, now: number): number | null {
  if (now >= until) return null;
  const left = until - now;
  return now + (left % 1000 || 1000);
}
