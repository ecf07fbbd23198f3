// The lock screen's wait as it is said: one end, one reading of the clock, so the message ("Vänta
// 30 sekunder") and the countdown beside it ("om 30 sekunder") agree, and the countdown's figure
// changes exactly at whole seconds before the end.
import { describe, expect, it } from 'vitest';
import { afterFailure, NO_FAILURES, nextWaitTick, waitRemaining, waitShown } from '../../src/domain/lockout';

const T0 = Date.parse('2026-11-23T09:00:00Z');

describe('the wait as shown', () => {
  it('the third wrong passcode says 30 seconds, from the same reading the countdown starts with', () => {
    let state = NO_FAILURES;
    for (let i = 0; i < 3; i++) state = afterFailure(state, T0);
    const until = T0 + waitRemaining(state, T0);
    // Shown a few hundred ms after the try (the key derivation takes that long): still 30.
    const shownAt = T0 + 230;
    expect(waitShown(until, shownAt)).toEqual({ unit: 'seconds', count: 30 });
    // Never 31: the end is the failure's time plus the wait, not a later reading plus the wait.
    expect(waitShown(until, T0)).toEqual({ unit: 'seconds', count: 30 });
  });

  it('counts whole seconds rounded up: 30 at the start, 1 in the last second, 0 once over', () => {
    const until = T0 + 30_000;
    expect(waitShown(until, T0 + 999)).toEqual({ unit: 'seconds', count: 30 });
    expect(waitShown(until, T0 + 1000)).toEqual({ unit: 'seconds', count: 29 });
    expect(waitShown(until, T0 + 29_001)).toEqual({ unit: 'seconds', count: 1 });
    expect(waitShown(until, T0 + 30_000)).toEqual({ unit: 'seconds', count: 0 });
    expect(waitShown(until, T0 + 99_000)).toEqual({ unit: 'seconds', count: 0 });
  });

  it('says minutes beyond 90 seconds, rounded up', () => {
    expect(waitShown(T0 + 90_000, T0)).toEqual({ unit: 'seconds', count: 90 });
    expect(waitShown(T0 + 91_000, T0)).toEqual({ unit: 'minutes', count: 2 });
    expect(waitShown(T0 + 15 * 60_000, T0)).toEqual({ unit: 'minutes', count: 15 });
    expect(waitShown(T0 + 15 * 60_000, T0 + 1)).toEqual({ unit: 'minutes', count: 15 });
  });

  it('the countdown looks again exactly when its figure changes', () => {
    const until = T0 + 30_000;
    expect(nextWaitTick(until, T0)).toBe(T0 + 1000);
    expect(nextWaitTick(until, T0 + 230)).toBe(T0 + 1000);
    expect(nextWaitTick(until, T0 + 1000)).toBe(T0 + 2000);
    expect(nextWaitTick(until, T0 + 29_500)).toBe(T0 + 30_000);
    expect(nextWaitTick(until, T0 + 30_000)).toBeNull();
    // An end between whole seconds of the clock: the ticks keep its fraction.
    expect(nextWaitTick(T0 + 30_400, T0)).toBe(T0 + 400);
    // At each tick the figure is one less, never skipped or repeated.
    let now = T0 + 230;
    const figures: number[] = [];
    while (now < until) {
      figures.push(waitShown(until, now).count);
      now = nextWaitTick(until, now)!;
    }
    expect(figures).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
  });
});
