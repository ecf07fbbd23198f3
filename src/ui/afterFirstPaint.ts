// What can wait a frame, run after it. The first screen's first contentful paint (the heading of
// the lock or the passcode set-up): what the first screen does not need (Dexie, the app behind the
// lock, the service worker's registration) is asked for after it, so it does not compete with it.
// The next frame of any screen: what is off screen is added after what is on it is shown.

/** Runs `then` in a task of its own once the first content is painted (or after `fallbackMs`, e.g. in a hidden tab). */
export function afterFirstPaint(then: () => void, fallbackMs = 1000): void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
    setTimeout(then, 0);
  };
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) run();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the fallback alone.
  }
  timer = setTimeout(run, fallbackMs);
}

/**
 * Runs `then` in a task of its own once the next frame is painted: what is on screen now is shown
 * first, and `then` adds what may come a frame later. In a hidden tab (no frames) after `fallbackMs`.
 */
export function afterNextPaint(then: () => void, fallbackMs = 200): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    then();
  };
  const timer = setTimeout(run, fallbackMs);
  requestAnimationFrame(() => setTimeout(run, 0));
}
