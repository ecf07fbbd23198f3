// The lock as the UI sees it: whether a passcode exists, whether the app is locked, the idle and
// hidden-time rules, and the cover that hides the page whenever it is not visible (so the app
// switcher's snapshot shows nothing). Locking writes what autosave holds, then drops the key;
// the gate unmounts every screen, so no decrypted plan stays in the app's state.
import { createEffect, createSignal, onCleanup } from 'solid-js';
import { AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK, hiddenTooLong, idleLockIn, readAutoLock, type AutoLockSettings } from '../../domain/autoLock';
import { appState, vault } from '../../storage';
import { autosave } from '../autosave';

export type LockPhase = 'checking' | 'unavailable' | 'new' | 'locked' | 'unlocked';

const [phase, setPhase] = createSignal<LockPhase>('checking');
const [covered, setCovered] = createSignal(false);
const [settings, setSettings] = createSignal<AutoLockSettings>(DEFAULT_AUTO_LOCK);
export { covered, phase as lockPhase, settings as autoLockSettings };

let lastActivity = Date.now();
let hiddenAt: number | null = null;
let meetingHolds = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Reads whether a passcode exists and the auto-lock settings, and starts watching activity. */
export async function startLockSession(): Promise<void> {
  try {
    const [hasPasscode, stored] = await Promise.all([vault.hasPasscode(), appState.get(AUTO_LOCK_KEY)]);
    setSettings(readAutoLock(stored));
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
  addEventListener('pagehide', cover);
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
  // Sealing started with each edit, so these writes need no key; a failed one retries on its own.
  await autosave.flush().catch(() => undefined);
  vault.lock();
  setPhase('locked');
}

export function changeAutoLock(next: AutoLockSettings): Promise<void> {
  setSettings(next);
  arm();
  return appState.set(AUTO_LOCK_KEY, next);
}

/** Keeps the idle lock away while `running()` holds (a meeting's timer), unless the chair chose otherwise. */
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

function noteActivity(): void {
  lastActivity = Date.now();
}

function arm(): void {
  clearTimeout(timer);
  if (phase() !== 'unlocked') return;
  const wait = idleLockIn(settings(), lastActivity, Date.now(), meetingHolds > 0);
  if (wait === null) return;
  if (wait === 0) void lockNow();
  // Activity does not re-arm (that would cost a timer per keystroke): the timer checks again when it fires.
  else timer = setTimeout(arm, wait);
}

function cover(): void {
  setCovered(true);
  hiddenAt ??= Date.now();
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
