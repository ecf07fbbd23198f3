// Time for timer displays. `everySecond` calls back at each second boundary (and when the page
// becomes visible again); time itself is never counted here: every figure on screen is derived from
// stored timestamps and the `now` it is given.
import { createSignal, onCleanup } from 'solid-js';

/** Calls `tick(Date.now())` now, at each whole second after, and when the page is shown again; until the owner is cleaned up. */
export function everySecond(tick: (now: number) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const t = Date.now();
    tick(t);
    // Wake exactly on the next whole second (a timer never fires early), so the display is never a second behind.
    timer = setTimeout(run, 1000 - (t % 1000));
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') {
      clearTimeout(timer);
      run();
    }
  };
  run();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
}

/** The current time as a signal, updated by everySecond. */
export function createNow(): () => number {
  const [now, setNow] = createSignal(Date.now());
  everySecond(setNow);
  return now;
}
