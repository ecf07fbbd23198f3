// The time for a countdown to a moment (the end of a wait, the idle lock). It starts from the
// reading of the clock the countdown was started with, so a message written then and the figure
// shown beside it come from the same `now`; it is re-read exactly when the shown second changes
// (and when the page becomes visible again).
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { nextWaitTick } from '../../domain/lockout';

export interface Countdown {
  /** Epoch ms the countdown reaches zero. */
  until: number;
  /** The reading of the clock when it started. */
  at: number;
}

export function createCountdownClock(countdown: () => Countdown | null): () => number {
  const [now, setNow] = createSignal(countdown()?.at ?? Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;

  function tick(t = Date.now()): void {
    clearTimeout(timer);
    setNow(t);
    const end = countdown()?.until;
    const next = end === undefined ? null : nextWaitTick(end, t);
    if (next !== null) timer = setTimeout(tick, next - t);
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible') tick();
  };
  createEffect(on(countdown, (c) => tick(c?.at)));
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
  // Never before the start's reading, even in the moment before the effect has run.
  return () => Math.max(now(), countdown()?.at ?? Number.NEGATIVE_INFINITY);
}
