// The current time as a signal for timer displays. It re-reads the clock at each second boundary
// (and when the page becomes visible again); time itself is never counted here: every figure on
// screen is derived from stored timestamps and this `now`.
import { createSignal, onCleanup } from 'solid-js';

export function createNow(): () => number {
  const [now, setNow] = createSignal(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const t = Date.now();
    setNow(t);
    // Wake exactly on the next whole second (a timer never fires early), so the display is never a second behind.
    timer = setTimeout(tick, 1000 - (t % 1000));
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') {
      clearTimeout(timer);
      tick();
    }
  };
  tick();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
  return now;
}
