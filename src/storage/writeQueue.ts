// Write-behind for autosave: edits are coalesced for a short delay, then written in order; during
// a long burst of typing they are written at least every `maxWaitMs`, so a crash (no pagehide)
// loses at most that much. `flush()` writes at once (used on pagehide/visibilitychange) and tells
// whether everything was written; a failed write is retried so that nothing typed is dropped.
// A write whose row is still being sealed cannot open its transaction in the flushing task, and on
// pagehide there may be no later task: the flush then also writes the newest older edit of the
// same key that is ready, so what dies with the page is at most the last moments' typing.
/**
 * The queue's truthful state: 'saved' when everything scheduled is written; 'saving' while a write
 * is in flight; 'pending' while edits wait for the delay and nothing is in flight; 'error' after a
 * failed write, until it is retried or superseded. The header shows a calmer version of it
 * (src/ui/saveIndicator.ts).
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface WriteQueueOptions {
  delayMs?: number;
  /** The longest an edit waits while new edits keep re-arming the delay (default: 2 s, never less than delayMs). */
  maxWaitMs?: number;
  retryMs?: number;
  onState?: (state: SaveState) => void;
}

export function createWriteQueue(options: WriteQueueOptions = {}) {
  const delayMs = options.delayMs ?? 300;
  const maxWaitMs = Math.max(delayMs, options.maxWaitMs ?? 2000);
  const retryMs = options.retryMs ?? 2000;
  /** Latest unwritten value per key: a newer edit of the same thing replaces an older one. */
  const pending = new Map<string, () => Promise<void>>();
  /** Per key, whether its pending write can open its transaction in the calling task (its row is sealed). */
  const readiness = new WeakMap<() => Promise<void>, () => boolean>();
  /**
   * Per key, the unwritten writes that newer ones replaced, oldest first, from the newest that was
   * ready when the key was last scheduled: what a flush writes while the pending one is not ready.
   */
  const replaced = new Map<string, (() => Promise<void>)[]>();
  /** Latest write scheduled per key, written or not: a failed write is retried only while it is still the latest. */
  const latest = new Map<string, () => Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer fires, and when the pending edits are due (a later time: the timer then waits again). */
  let firesAt = 0;
  let dueAt = 0;
  /** Resolves when every write started so far has finished. */
  let settled: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let state: SaveState = 'saved';
  /** When the oldest edit now waiting in `pending` was scheduled (Date.now()); undefined when none waits. */
  let pendingSince: number | undefined;

  function setState(next: SaveState) {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  }

  // One timer for a burst of typing: a keystroke moves the due time, and the timer, when it fires
  // before that, waits for the rest (a timer set and cleared on every key costs more than the key).
  function arm(ms: number) {
    dueAt = Date.now() + ms;
    if (timer !== undefined && firesAt <= dueAt) return;
    if (timer !== undefined) clearTimeout(timer);
    start(ms);
  }

  function start(ms: number) {
    firesAt = Date.now() + ms;
    timer = setTimeout(onTimer, ms);
  }

  function onTimer() {
    timer = undefined;
    const wait = dueAt - Date.now();
    if (wait > 0) start(wait);
    else if (pending.size > 0) void flush();
  }

  /** `ready` tells whether the write can open its transaction in the calling task (default: always). */
  function schedule(key: string, write: () => Promise<void>, ready?: () => boolean): void {
    const older = pending.get(key);
    if (older) {
      const list = [...(replaced.get(key) ?? []), older];
      replaced.set(key, list.slice(Math.max(0, newestReadyIndex(list))));
    }
    if (ready) readiness.set(write, ready);
    pending.set(key, write);
    latest.set(key, write);
    const now = Date.now();
    pendingSince ??= now;
    // A write in flight keeps the state 'saving' (the header times how long a write takes).
    setState(inFlight > 0 ? 'saving' : 'pending');
    arm(Math.max(0, Math.min(delayMs, pendingSince + maxWaitMs - now)));
  }

  /**
   * Starts every pending write now, in the caller's task: on pagehide the page may never get
   * another one. A write function must open its IndexedDB transaction synchronously; IndexedDB
   * then runs overlapping read-write transactions in the order they were created, so writes stay
   * in order even when a batch starts while the previous one is still committing.
   * Resolves true when every edit made so far is written, false when some are still to be written
   * (a write failed and will be retried, or an edit came in meanwhile); it never rejects.
   */
  function flush(): Promise<boolean> {
    // The timer is left to run out: with nothing pending it does nothing, and the next edit needs no new one.
    const allWritten = () => pending.size === 0 && inFlight === 0;
    if (pending.size === 0) return settled.then(allWritten);
    const batch = [...pending.entries()];
    // Written first, in this task: an older edit in place of one that cannot start yet. The newer
    // one lands after it (the row writer orders a row's writes by when they were read); whether it
    // fails does not matter, since the newer write is retried.
    const stopgaps = batch.flatMap(([key, write]) => {
      const list = isReady(write) ? [] : (replaced.get(key) ?? []);
      const older = list[newestReadyIndex(list)];
      return older ? [startWrite(older).catch(() => undefined)] : [];
    });
    replaced.clear();
    pending.clear();
    pendingSince = undefined;
    setState('saving');
    inFlight += 1;
    const results = batch.map(([key, write]) =>
      startWrite(write).then(
        () => ({ key, write, ok: true }),
        () => ({ key, write, ok: false }),
      ),
    );
    const done = Promise.all([Promise.all(results), ...stopgaps]).then(([outcomes]) => {
      inFlight -= 1;
      let failed = false;
      for (const { key, write, ok } of outcomes) {
        if (ok) {
          if (latest.get(key) === write) latest.delete(key);
        } else if (!pending.has(key) && latest.get(key) === write) {
          // Retry unless a newer edit of the same key (pending or already written) supersedes it.
          pending.set(key, write);
          pendingSince ??= Date.now();
          failed = true;
        }
      }
      if (failed) {
        setState('error');
        arm(retryMs);
      } else if (inFlight === 0 && state !== 'error') {
        setState(pending.size > 0 ? 'pending' : 'saved');
      }
    });
    settled = Promise.all([settled, done]).then(() => undefined);
    return settled.then(allWritten);
  }

  function isReady(write: () => Promise<void>): boolean {
    return readiness.get(write)?.() ?? true;
  }

  /** The index of the newest write of the list that is ready; -1 when none is. */
  function newestReadyIndex(list: readonly (() => Promise<void>)[]): number {
    for (let i = list.length - 1; i >= 0; i--) if (isReady(list[i]!)) return i;
    return -1;
  }

  /** Starts a write; a write that throws instead of rejecting fails alike. */
  function startWrite(write: () => Promise<void>): Promise<void> {
    try {
      return write();
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /**
   * Drops unwritten edits of the keys (e.g. of a plan being deleted) and resolves once every write
   * already started has finished, so that nothing is written after the caller goes on.
   */
  function forget(isForgotten: (key: string) => boolean): Promise<void> {
    for (const key of pending.keys()) if (isForgotten(key)) pending.delete(key);
    for (const key of replaced.keys()) if (isForgotten(key)) replaced.delete(key);
    for (const key of latest.keys()) if (isForgotten(key)) latest.delete(key);
    if (pending.size === 0) pendingSince = undefined;
    if (pending.size === 0 && inFlight === 0) setState('saved');
    return settled;
  }

  return {
    schedule,
    flush,
    forget,
    get state(): SaveState {
      return state;
    },
    get hasPending(): boolean {
      return pending.size > 0;
    },
  };
}

export type WriteQueue = ReturnType<typeof createWriteQueue>;
