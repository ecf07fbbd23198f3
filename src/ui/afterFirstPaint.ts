// The moment the first screen is on screen: its first contentful paint (the heading of the lock or
// the passcode set-up). What the first screen does not need (Dexie, the app behind the lock, the
// service worker's registration) is asked for after it, so it does not compete with the first screen.

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
