// One window edits at a time. A screen keeps the whole plan or meeting it shows and autosave writes
// all of it, so two windows of the app editing at once (a second tab, the installed app beside a
// browser tab) would each overwrite what the other wrote. The window that holds the Web Lock is
// the app; another shows a notice and may take over: the holder then writes everything pending,
// locks, steps aside and lets the lock go, and the new window starts afresh from what is stored.
// The room view (/rum) only shows what the chair sends it and takes no part.

const LOCK_NAME = 'sip-motet-editor';
/**
 * How long a start waits for the lock before it says another window has it. A reload asks for the
 * lock while the page it replaces may still hold it for a moment; a window that is open holds it
 * for as long as it is.
 */
const CLAIM_WAIT_MS = 2000;
const CHANNEL_NAME = 'sip-motet-editor';
const TAKE_OVER = 'take-over';

/** Where Web Locks are missing (older browsers), every window is the app, as before. */
const supported = () => typeof navigator !== 'undefined' && 'locks' in navigator && typeof BroadcastChannel !== 'undefined';

export interface WindowClaim {
  /** True when this window is the one that edits. */
  held: boolean;
  /** What this window does when another takes over; the lock is let go once it has finished. */
  onTakeOver(stepAside: () => Promise<void>): void;
}

/**
 * Tries to become the window that edits: resolves held when this window has the lock (kept until
 * it steps aside, or the page goes away), not held when another window keeps it.
 */
export function claimWindow(): Promise<WindowClaim> {
  const alone: WindowClaim = { held: true, onTakeOver: () => undefined };
  if (!supported()) return Promise.resolve(alone);
  const elsewhere: WindowClaim = { held: false, onTakeOver: () => undefined };
  const waited = new AbortController();
  const timer = setTimeout(() => waited.abort(), CLAIM_WAIT_MS);
  let asked = false;
  let granted = false;
  let stepAside: (() => Promise<void>) | undefined;
  let release: () => void = () => undefined;
  let channel: BroadcastChannel | undefined;
  // Steps aside once asked (or once the lock was taken from this window) and once the app has said how.
  const go = () => {
    if (!asked || !stepAside) return;
    const then = stepAside;
    stepAside = undefined;
    channel?.close();
    then()
      .catch((error: unknown) => console.error('stepping aside failed', error))
      .finally(release);
  };
  return new Promise((resolve) => {
    navigator.locks
      .request(LOCK_NAME, { signal: waited.signal }, () => {
        clearTimeout(timer);
        granted = true;
        // Held until another window asks for it and this one has stepped aside. A request that
        // comes before the app has said how to step aside waits for it.
        return new Promise<void>((done) => {
          release = done;
          channel = new BroadcastChannel(CHANNEL_NAME);
          channel.onmessage = (event: MessageEvent<unknown>) => {
            asked ||= event.data === TAKE_OVER;
            go();
          };
          resolve({
            held: true,
            onTakeOver(then) {
              stepAside = then;
              go();
            },
          });
        });
      })
      .catch((error: unknown) => {
        if (granted) {
          // Taken by a window whose chair chose "Ta över ändå" while this one did not answer.
          asked = true;
          return go();
        }
        if (waited.signal.aborted) return resolve(elsewhere);
        // A browser that refuses the lock (an opaque origin, a policy) must not keep the app away.
        console.warn('the window lock is unavailable', error);
        resolve(alone);
      });
  });
}

/**
 * Asks the window that edits to step aside and resolves true once it has (or has gone away), or
 * false when it has not answered within `waitMs` (a frozen or hung page). `force` takes the lock
 * from it without waiting: that window steps aside whenever it runs again.
 */
export async function takeOver(options: { waitMs: number; force?: boolean }): Promise<boolean> {
  if (!supported()) return true;
  if (options.force) {
    await navigator.locks.request(LOCK_NAME, { steal: true }, () => undefined);
    return true;
  }
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(TAKE_OVER);
  channel.close();
  // Granted once the other window has written what it had and let go; released at once, since
  // the caller reloads and claims the lock as any start does.
  const waited = new AbortController();
  const timer = setTimeout(() => waited.abort(), options.waitMs);
  try {
    await navigator.locks.request(LOCK_NAME, { signal: waited.signal }, () => undefined);
    return true;
  } catch (error) {
    if (waited.signal.aborted) return false;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
