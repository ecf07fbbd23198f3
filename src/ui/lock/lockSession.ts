// The lock as the UI sees it: whether a passcode exists, whether the app is locked, the idle and
// hidden-time rules, the warning before the idle lock, and the cover that hides the page whenever
// it is not visible (so the app switcher's snapshot shows nothing). Locking writes what autosave
// holds, then drops the key; the gate unmounts every screen, so no decrypted plan stays in the
// app's state.
import { createEffect, createSignal, onCleanup } from 'solid-js';
import type { Shell } from '../../app/shell';
import { DEFAULT_AUTO_LOCK, hiddenTooLong, idleMs, idleStep, type AutoLockSettings } from '../../domain/autoLock';

export type LockPhase = 'checking' | 'unavailable' | 'new' | 'locked' | 'unlocked';

const [phase, setPhase] = createSignal<LockPhase>('checking');
const [covered, setCovered] = createSignal(false);
const [settings, setSettings] = createSignal<AutoLockSettings>(DEFAULT_AUTO_LOCK);
/** While the warning before the idle lock is up: when the app locks. */
const [idleWarning, setIdleWarning] = createSignal<{ lockAt: number } | null>(null);
export { covered, idleWarning, phase as lockPhase, settings as autoLockSettings };

let lastActivity = Date.now();
let warnedAt: number | null = null;
let hiddenAt: number | null = null;
let meetingHolds = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** The app this page started (set once, by startLockSession). */
let app: Shell;

// setTimeout takes at most 2^31 − 1 ms; longer waits look again then.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Reads whether a passcode exists and the auto-lock settings, and starts watching activity. */
export async function startLockSession(started: Shell): Promise<void> {
  app = started;
  try {
    const [hasPasscode, stored] = await Promise.all([app.lock.hasPasscode(), app.settings.autoLock()]);
    setSettings(stored);
    setPhase(hasPasscode ? 'locked' : 'new');
  } catch (error) {
    // No storage (blocked, full or refused by the browser): say so instead of a blank page.
    console.error(error);
    setPhase('unavailable');
  }
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel']) {
    addEventListener(type, noteActivity, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', (event: PageTransitionEvent) => {
    cover();
    // Kept in the back/forward cache, the page would hold the key and the decrypted screen for
    // minutes: drop them now (autosave's own pagehide listener has already written the sealed edits).
    if (event.persisted) lockAtOnce();
  });
  addEventListener('pageshow', () => (document.visibilityState === 'visible' ? onVisibility() : undefined));
}

/** Called by the lock and setup screens once the vault holds the key. */
export function enterUnlocked(): void {
  lastActivity = Date.now();
  hiddenAt = null;
  setPhase('unlocked');
  arm();
}

/** Writes every pending edit, drops the key and shows the lock screen. */
export async function lockNow(): Promise<void> {
  if (phase() !== 'unlocked') return;
  clearTimeout(timer);
  clearWarning();
  // Sealing started with each edit, so these writes need no key; a failed one retries on its own.
  await app.flush().catch(() => undefined);
  app.lock.lock();
  setPhase('locked');
}

/** Locks in this task, without waiting for autosave: for a page being frozen. */
function lockAtOnce(): void {
  if (phase() !== 'unlocked') return;
  clearTimeout(timer);
  clearWarning();
  app.lock.lock();
  setPhase('locked');
}

export function changeAutoLock(next: AutoLockSettings): Promise<void> {
  setSettings(next);
  arm();
  return app.settings.setAutoLock(next);
}

/**
 * While `running()` holds (a meeting's timer), the idle lock waits the longer meeting idle time,
 * unless the chair chose the normal idle time for meetings too.
 */
export function holdIdleLockWhile(running: () => boolean): void {
  createEffect(() => {
    if (!running()) return;
    meetingHolds += 1;
    arm();
    onCleanup(() => {
      meetingHolds -= 1;
      lastActivity = Date.now();
      arm();
    });
  });
}

/** "Fortsätt arbeta": the chair is here (a screen reader's press may come without a pointer event). */
export function stayActive(): void {
  noteActivity();
}

function noteActivity(event?: Event): void {
  // A key or touch in the warning answers it on its release (see IdleWarning), so that focus goes
  // back only after the key or touch is done, and it does nothing where focus lands. (Looked for
  // only while a warning is up: this runs on every key.)
  if (warnedAt !== null && event?.target instanceof Element && event.target.closest('[data-idle-warning]')) return;
  lastActivity = Date.now();
  // Activity does not re-arm (that would cost a timer per keystroke), except to take the warning down.
  if (warnedAt !== null) arm();
}

function clearWarning(): void {
  warnedAt = null;
  setIdleWarning(null);
}

function arm(): void {
  clearTimeout(timer);
  if (phase() !== 'unlocked') return clearWarning();
  // Hidden, nobody can see a warning: the hidden-time rule locks instead (see cover()).
  if (document.visibilityState === 'hidden') return clearWarning();
  const now = Date.now();
  const step = idleStep(settings(), lastActivity, warnedAt, now, meetingHolds > 0);
  if (step.action === 'lock') {
    void lockNow();
    return;
  }
  if (step.action === 'wait') {
    clearWarning();
    timer = setTimeout(arm, Math.min(MAX_TIMEOUT_MS, step.until - now));
    return;
  }
  warnedAt ??= now;
  if (idleWarning()?.lockAt !== step.lockAt) setIdleWarning({ lockAt: step.lockAt });
  timer = setTimeout(arm, step.lockAt - now);
}

function cover(): void {
  setCovered(true);
  if (hiddenAt !== null) return;
  hiddenAt = Date.now();
  // A warning nobody can see does not count: coming back shows it anew. Hidden for the idle time
  // locks, even before the app is shown again (the key leaves memory then).
  clearWarning();
  clearTimeout(timer);
  if (phase() === 'unlocked') timer = setTimeout(lockIfHiddenTooLong, idleMs(settings()));
}

function lockIfHiddenTooLong(): void {
  if (hiddenAt !== null && hiddenTooLong(settings(), hiddenAt, Date.now())) void lockNow();
}

function onVisibility(): void {
  if (document.visibilityState === 'hidden') {
    cover();
    return;
  }
  const since = hiddenAt;
  hiddenAt = null;
  if (since !== null && phase() === 'unlocked' && hiddenTooLong(settings(), since, Date.now())) {
    void lockNow().then(() => setCovered(false));
  } else {
    setCovered(false);
    arm();
  }
}
