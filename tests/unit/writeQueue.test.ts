import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { createWriteQueue, type SaveState } from '../../src/storage/writeQueue';
import { deferred } from './deferred';

const DELAY = 300;
const RETRY = 2000;

function setup() {
  const states: SaveState[] = [];
  const log: string[] = [];
  const queue = createWriteQueue({ delayMs: DELAY, retryMs: RETRY, onState: (s) => states.push(s) });
  /** A write that records its label when it runs. */
  const write = (label: string) => vi.fn(async () => void log.push(label));
  return { queue, states, log, write };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('createWriteQueue', () => {
  it('forget drops the unwritten edits of some keys, keeps the others, and waits for writes in flight', async () => {
    const { queue, log, write } = setup();
    const slow = deferred();
    queue.schedule('plan:a', () => slow.promise.then(() => void log.push('a-1')));
    void queue.flush(); // starts a-1, which stays in flight until slow resolves
    queue.schedule('plan:a', write('a-2'));
    queue.schedule('meeting:m', write('m-1'));
    queue.schedule('plan:b', write('b-1'));
    let forgotten = false;
    const done = queue.forget((key) => key === 'plan:a' || key === 'meeting:m').then(() => void (forgotten = true));
    await Promise.resolve();
    expect(forgotten).toBe(false); // a-1 is still being written
    slow.resolve();
    await done;
    expect(log).toEqual(['a-1']);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(log).toEqual(['a-1', 'b-1']);
    expect(queue.hasPending).toBe(false);
  });

  it('starts saved with nothing pending', () => {
    const { queue, states } = setup();
    expect(queue.state).toBe('saved');
    expect(queue.hasPending).toBe(false);
    expect(states).toEqual([]);
  });

  it('waits for the delay before writing', async () => {
    const { queue, write } = setup();
    const w = write('a');
    queue.schedule('a', w);
    expect(queue.hasPending).toBe(true);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(w).not.toHaveBeenCalled();
    expect(queue.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(w).toHaveBeenCalledTimes(1);
    expect(queue.state).toBe('saved');
    expect(queue.hasPending).toBe(false);
  });

  it('coalesces edits per key: only the latest write for a key runs', async () => {
    const { queue, write, log } = setup();
    const a1 = write('a1');
    const a2 = write('a2');
    const b1 = write('b1');
    const a3 = write('a3');
    queue.schedule('a', a1);
    queue.schedule('a', a2);
    queue.schedule('b', b1);
    queue.schedule('a', a3);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(a1).not.toHaveBeenCalled();
    expect(a2).not.toHaveBeenCalled();
    expect(a3).toHaveBeenCalledTimes(1);
    expect(b1).toHaveBeenCalledTimes(1);
    expect(log.sort()).toEqual(['a3', 'b1']);
  });

  it('a burst of typing is written once, the delay after its last key, with a timer per delay rather than per key', async () => {
    const { queue, write } = setup();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const writes = Array.from({ length: 10 }, (_, i) => write(String(i)));
    for (const w of writes) {
      queue.schedule('a', w);
      await vi.advanceTimersByTimeAsync(50);
    }
    // 500 ms after the first key, 50 after the last: nothing written yet.
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    expect(writes.some((w) => w.mock.calls.length > 0)).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(writes.map((w) => w.mock.calls.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // The first timer, then one more wait for the rest of the delay each time it fired too early.
    expect(timers.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('a burst longer than maxWaitMs is written every maxWaitMs while it lasts', async () => {
    const written: number[] = [];
    const queue = createWriteQueue({ delayMs: DELAY, maxWaitMs: 1000 });
    const start = Date.now();
    for (let key = 0; key < 25; key++) {
      queue.schedule('a', async () => void written.push(Date.now() - start));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(written).toEqual([1000, 2000]);
  });

  it('an edit due sooner than the timer (after a failure, retried later) is written when due', async () => {
    const { queue, states } = setup();
    queue.schedule('a', () => Promise.reject(new Error('disk full')));
    await queue.flush();
    expect(states.at(-1)).toBe('error');
    // The retry waits RETRY; a new edit of another key is due after DELAY, not after the retry.
    const b = vi.fn(async () => undefined);
    queue.schedule('b', b);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('flush() writes at once, without waiting for the delay', async () => {
    const { queue, write } = setup();
    const w = write('a');
    queue.schedule('a', w);
    await queue.flush();
    expect(w).toHaveBeenCalledTimes(1);
    expect(queue.state).toBe('saved');
    expect(queue.hasPending).toBe(false);
    // The timer that was armed must not write a second time.
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(w).toHaveBeenCalledTimes(1);
  });

  it('flush() tells whether every edit is written: false while a failed write waits for its retry, true once it landed', async () => {
    const { queue } = setup();
    let fail = true;
    queue.schedule('a', async () => {
      if (fail) throw new Error('disk full');
    });
    expect(await queue.flush()).toBe(false);
    expect(queue.state).toBe('error');
    fail = false;
    expect(await queue.flush()).toBe(true);
    expect(queue.state).toBe('saved');
    expect(await queue.flush()).toBe(true);
  });

  it('flush() with nothing pending resolves and reports nothing', async () => {
    const { queue, states } = setup();
    await queue.flush();
    expect(states).toEqual([]);
    expect(queue.state).toBe('saved');
  });

  it('writes different keys in the order they were first scheduled', async () => {
    const { queue, write, log } = setup();
    queue.schedule('a', write('a'));
    queue.schedule('b', write('b'));
    queue.schedule('c', write('c'));
    await queue.flush();
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('starts every write synchronously inside flush(), even while an earlier batch is still running', async () => {
    // On pagehide the page gets no further task: writes must start in the flushing call itself.
    // Order between batches is then kept by IndexedDB, which runs overlapping transactions in creation order.
    const { queue, log } = setup();
    const slow = deferred();
    const first = vi.fn(async () => {
      log.push('first:start');
      await slow.promise;
      log.push('first:end');
    });
    const second = vi.fn(async () => void log.push('second'));
    queue.schedule('a', first);
    const f1 = queue.flush();
    expect(log).toEqual(['first:start']);

    queue.schedule('b', second);
    const f2 = queue.flush();
    expect(log).toEqual(['first:start', 'second']);
    expect(queue.state).toBe('saving');

    slow.resolve();
    await f1;
    await f2;
    expect(log).toEqual(['first:start', 'second', 'first:end']);
    expect(queue.state).toBe('saved');
  });

  it('reports saved → pending → saving → saved through onState', async () => {
    const { queue, states, write } = setup();
    const gate = deferred();
    queue.schedule('a', write('a'));
    queue.schedule('b', async () => gate.promise);
    expect(states).toEqual(['pending']);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states).toEqual(['pending', 'saving']);
    expect(queue.state).toBe('saving');
    gate.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(queue.state).toBe('saved');
  });

  it('an edit made while saving leaves the queue pending and is written afterwards', async () => {
    const { queue, states, write } = setup();
    const gate = deferred();
    queue.schedule('a', async () => gate.promise);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(queue.state).toBe('saving');
    const later = write('later');
    queue.schedule('b', later);
    gate.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.state).toBe('pending');
    expect(queue.hasPending).toBe(true);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(later).toHaveBeenCalledTimes(1);
    expect(queue.state).toBe('saved');
    expect(states.at(-1)).toBe('saved');
  });

  it('a failing write sets error and is retried after retryMs, then succeeds', async () => {
    const { queue, states } = setup();
    let calls = 0;
    const flaky = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new Error('QuotaExceededError');
    });
    queue.schedule('a', flaky);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(flaky).toHaveBeenCalledTimes(1);
    expect(queue.state).toBe('error');
    expect(queue.hasPending).toBe(true);

    await vi.advanceTimersByTimeAsync(RETRY - 1);
    expect(flaky).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(1);
    expect(flaky).toHaveBeenCalledTimes(2);
    expect(queue.state).toBe('saved');
    expect(queue.hasPending).toBe(false);
    expect(states).toEqual(['pending', 'saving', 'error', 'saving', 'saved']);

    // Nothing more is written once it succeeded.
    await vi.advanceTimersByTimeAsync(RETRY * 5);
    expect(flaky).toHaveBeenCalledTimes(2);
  });

  it('keeps retrying a write that keeps failing', async () => {
    const { queue } = setup();
    const broken = vi.fn(async () => {
      throw new Error('nope');
    });
    queue.schedule('a', broken);
    await vi.advanceTimersByTimeAsync(DELAY);
    await vi.advanceTimersByTimeAsync(RETRY);
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(broken).toHaveBeenCalledTimes(3);
    expect(queue.state).toBe('error');
    expect(queue.hasPending).toBe(true);
  });

  it('only the failed key is retried; the keys that were written are not written again', async () => {
    const { queue, write } = setup();
    const ok = write('ok');
    let fail = true;
    const flaky = vi.fn(async () => {
      if (fail) throw new Error('x');
    });
    queue.schedule('ok', ok);
    queue.schedule('flaky', flaky);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(queue.state).toBe('error');
    fail = false;
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(ok).toHaveBeenCalledTimes(1);
    expect(flaky).toHaveBeenCalledTimes(2);
    expect(queue.state).toBe('saved');
  });

  it('flush() retries a failed write at once', async () => {
    const { queue } = setup();
    let fail = true;
    const flaky = vi.fn(async () => {
      if (fail) throw new Error('x');
    });
    queue.schedule('a', flaky);
    await queue.flush();
    expect(queue.state).toBe('error');
    fail = false;
    await queue.flush();
    expect(flaky).toHaveBeenCalledTimes(2);
    expect(queue.state).toBe('saved');
  });

  it('a newer edit of the same key supersedes a failed one', async () => {
    const { queue, write } = setup();
    const old = vi.fn(async () => {
      throw new Error('x');
    });
    queue.schedule('a', old);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(queue.state).toBe('error');

    const newer = write('newer');
    queue.schedule('a', newer);
    expect(queue.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(newer).toHaveBeenCalledTimes(1);
    expect(queue.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(RETRY * 3);
    expect(old).toHaveBeenCalledTimes(1);
    expect(newer).toHaveBeenCalledTimes(1);
    expect(queue.hasPending).toBe(false);
  });

  it('a newer edit made while the older write is failing supersedes it', async () => {
    const { queue, write } = setup();
    const gate = deferred();
    const old = vi.fn(async () => gate.promise);
    queue.schedule('a', old);
    await vi.advanceTimersByTimeAsync(DELAY);
    const newer = write('newer');
    queue.schedule('a', newer);
    gate.reject(new Error('x'));
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(RETRY * 3);
    expect(old).toHaveBeenCalledTimes(1);
    expect(newer).toHaveBeenCalledTimes(1);
    expect(queue.state).toBe('saved');
    expect(queue.hasPending).toBe(false);
  });

  it('a failed write is not retried after a newer edit of the same key was already written', async () => {
    const { queue, log } = setup();
    const gate = deferred();
    // The old write captured old data; if it were retried last it would overwrite the newer data.
    const old = vi.fn(async () => {
      await gate.promise;
      log.push('old');
    });
    const newer = vi.fn(async () => void log.push('newer'));
    queue.schedule('a', old);
    const f1 = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    // The newer edit is flushed (e.g. on pagehide) while the old write is still running.
    queue.schedule('a', newer);
    const f2 = queue.flush();
    gate.reject(new Error('x'));
    await f1;
    await f2;
    await vi.advanceTimersByTimeAsync(RETRY * 3);
    expect(newer).toHaveBeenCalledTimes(1);
    expect(old).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['newer']);
    expect(queue.hasPending).toBe(false);
    expect(queue.state).toBe('saved');
  });
  it('a flush whose edit is not ready yet writes first, in its own call, the newest older edit of the key that is ready', async () => {
    const { queue, log, write } = setup();
    const ready = new Map<string, boolean>();
    const schedule = (key: string, label: string, isReady: boolean) => {
      ready.set(label, isReady);
      queue.schedule(key, write(label), () => ready.get(label)!);
    };
    // a-2 was not ready when a-3 came; it is by the flush, and is the newest ready one then.
    schedule('a', 'a-1', true);
    schedule('a', 'a-2', false);
    schedule('a', 'a-3', false);
    ready.set('a-2', true);
    // b's newest is ready: only it is written. c had nothing older.
    schedule('b', 'b-1', true);
    schedule('b', 'b-2', true);
    schedule('c', 'c-1', false);
    const flushed = queue.flush();
    expect(log).toEqual(['a-2', 'a-3', 'b-2', 'c-1']);
    expect(await flushed).toBe(true);
    // Written once: the next flush of a does not write an older edit again.
    schedule('a', 'a-4', false);
    await queue.flush();
    expect(log).toEqual(['a-2', 'a-3', 'b-2', 'c-1', 'a-4']);
  });

  it('a failed stopgap write is not retried, and leaves the state to the newest edit', async () => {
    const { queue, log, write, states } = setup();
    queue.schedule(
      'a',
      vi.fn(async () => Promise.reject(new Error('disk'))),
      () => true,
    );
    queue.schedule('a', write('a-2'), () => false);
    expect(await queue.flush()).toBe(true);
    expect(log).toEqual(['a-2']);
    expect(states.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(RETRY * 2);
    expect(log).toEqual(['a-2']);
  });
});
