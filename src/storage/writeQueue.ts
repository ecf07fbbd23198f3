// Write-behind for autosave: edits are coalesced for a short delay, then written in order.
// `flush()` writes at once (used on pagehide/visibilitychange); a failed write is retried so
// that nothing typed is dropped.
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface WriteQueueOptions {
  delayMs?: number;
  retryMs?: number;
  onState?: (state: SaveState) => void;
}

export function createWriteQueue(options: WriteQueueOptions = {}) {
  const delayMs = options.delayMs ?? 300;
  const retryMs = options.retryMs ?? 2000;
  /** Latest unwritten value per key: a newer edit of the same thing replaces an older one. */
  const pending = new Map<string, () => Promise<void>>();
  /** Latest write scheduled per key, written or not: a failed write is retried only while it is still the latest. */
  const latest = new Map<string, () => Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let state: SaveState = 'saved';

  function setState(next: SaveState) {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  }

  function arm(ms: number) {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  function schedule(key: string, write: () => Promise<void>): void {
    pending.set(key, write);
    latest.set(key, write);
    setState('pending');
    arm(delayMs);
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return chain;
    const batch = [...pending.entries()];
    pending.clear();
    chain = chain.then(async () => {
      setState('saving');
      const failed: [string, () => Promise<void>][] = [];
      for (const [key, write] of batch) {
        try {
          await write();
          if (latest.get(key) === write) latest.delete(key);
        } catch {
          failed.push([key, write]);
        }
      }
      // A newer edit of the same key (pending or already written) supersedes the failed one; otherwise retry it.
      for (const [key, write] of failed) if (!pending.has(key) && latest.get(key) === write) pending.set(key, write);
      if (failed.length > 0) {
        setState('error');
        arm(retryMs);
      } else {
        setState(pending.size > 0 ? 'pending' : 'saved');
      }
    });
    return chain;
  }

  return {
    schedule,
    flush,
    get state(): SaveState {
      return state;
    },
    get hasPending(): boolean {
      return pending.size > 0;
    },
  };
}

export type WriteQueue = ReturnType<typeof createWriteQueue>;
