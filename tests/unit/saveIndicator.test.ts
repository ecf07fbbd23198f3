import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred } from './deferred';
import { createWriteQueue } from '../../src/storage/writeQueue';
import { createSaveIndicator, SLOW_WRITE_MS, type ShownSaveState } from '../../src/ui/saveIndicator';

const DELAY = 300;
const MAX_WAIT = 2000;
const RETRY = 2000;

/** A write queue feeding the indicator, as the page wires them (shell → autosave.ts). */
function setup() {
  const shown: ShownSaveState[] = [];
  const indicator = createSaveIndicator({ onShown: (s) => shown.push(s) });
  const queue = createWriteQueue({ delayMs: DELAY, maxWaitMs: MAX_WAIT, retryMs: RETRY, onState: (s) => indicator.update(s) });
  return { shown, indicator, queue };
}

/** Types `keys` keys `gapMs` apart, each edit written by `write`. */
async function type(queue: ReturnType<typeof createWriteQueue>, keys: number, gapMs: number, write: () => Promise<void>) {
  for (let i = 0; i < keys; i++) {
    queue.schedule('plan:a', write);
    await vi.advanceTimersByTimeAsync(gapMs);
  }
}

/** A write that has just started: "Sparar …" a second later, not before, and "Sparat" once `land` lands it. */
async function saidOnlyAfterASecond(shown: ShownSaveState[], land: () => void) {
  await vi.advanceTimersByTimeAsync(SLOW_WRITE_MS - 1);
  expect(shown).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(shown).toEqual(['saving']);
  land();
  await vi.advanceTimersByTimeAsync(0);
  expect(shown).toEqual(['saving', 'saved']);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('the save indicator', () => {
  it('keeps "Sparat" through a burst of typing whose writes land quickly: nothing changes, nothing is announced', async () => {
    const { shown, indicator, queue } = setup();
    const write = vi.fn(async () => {});
    await type(queue, 40, 120, write); // 4.8 s of typing, faster than the delay
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(3); // written during the burst too
    expect(queue.state).toBe('saved');
    expect(shown).toEqual([]);
    expect(indicator.shown).toBe('saved');
  });

  it('says "Sparar …" once a write has been under way for a second, and "Sparat" when everything is written', async () => {
    const { shown, queue } = setup();
    const slow = deferred();
    queue.schedule('plan:a', () => slow.promise);
    await vi.advanceTimersByTimeAsync(DELAY);
    await saidOnlyAfterASecond(shown, slow.resolve);
  });

  it('changes at most once each way in a burst while the disk is slow: "Sparar …" stays until everything is written', async () => {
    const { shown, queue } = setup();
    // Every write takes 1.5 s; the chair types for 6 s.
    const write = () => new Promise<void>((resolve) => setTimeout(resolve, 1500));
    await type(queue, 50, 120, write);
    expect(shown).toEqual(['saving']);
    await vi.advanceTimersByTimeAsync(DELAY + 3000);
    expect(queue.state).toBe('saved');
    expect(shown).toEqual(['saving', 'saved']);
  });

  it('times each write from its own start: a slow write after quick ones is said a second after it began', async () => {
    const { shown, queue } = setup();
    queue.schedule('plan:a', async () => {});
    await vi.advanceTimersByTimeAsync(DELAY + 300); // written at 300 ms; nothing under way at 600 ms
    const slow = deferred();
    queue.schedule('plan:a', () => slow.promise);
    await vi.advanceTimersByTimeAsync(DELAY); // the slow write starts at 900 ms
    await saidOnlyAfterASecond(shown, slow.resolve);
  });

  it('a write that lands within the second never shows "Sparar …"', async () => {
    const { shown, queue } = setup();
    queue.schedule('plan:a', () => new Promise<void>((resolve) => setTimeout(resolve, SLOW_WRITE_MS - 10)));
    await vi.advanceTimersByTimeAsync(DELAY + SLOW_WRITE_MS + 10);
    expect(queue.state).toBe('saved');
    expect(shown).toEqual([]);
  });

  it('says a failed write at once, keeps saying it through the retries and new edits, and "Sparat" once written', async () => {
    const { shown, queue } = setup();
    let fail = true;
    const write = async () => {
      if (fail) throw new Error('QuotaExceededError');
    };
    queue.schedule('plan:a', write);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(shown).toEqual(['error']);
    await type(queue, 10, 400, write); // typing on, with retries failing meanwhile
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(queue.state).toBe('error');
    expect(shown).toEqual(['error']);
    fail = false;
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(queue.state).toBe('saved');
    expect(shown).toEqual(['error', 'saved']);
  });
});

describe('the write queue while typing goes on', () => {
  it('writes at least every maxWaitMs, though each key re-arms the delay', async () => {
    const { queue } = setup();
    const write = vi.fn(async () => {});
    await type(queue, 17, 100, write); // 1.7 s: nothing written yet
    expect(write).not.toHaveBeenCalled();
    await type(queue, 4, 100, write); // past 2 s since the first key: written
    expect(write).toHaveBeenCalledTimes(1);
    expect(queue.hasPending).toBe(true);
  });

  it('stays "saving" while a write is in flight, even when a new edit comes in', async () => {
    const { queue } = setup();
    const slow = deferred();
    queue.schedule('plan:a', () => slow.promise);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(queue.state).toBe('saving');
    queue.schedule('plan:a', async () => {});
    expect(queue.state).toBe('saving');
    slow.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(queue.state).toBe('saved');
  });
});
