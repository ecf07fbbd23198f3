// Keeps the screen awake while a meeting runs. The lock is released by the browser when the tab is
// hidden, so it is requested again when the page is visible, and on the next touch where the
// browser wants a user gesture.
import { createEffect, createSignal, onCleanup } from 'solid-js';

export function useWakeLock(active: () => boolean): () => boolean {
  const [held, setHeld] = createSignal(false);
  let sentinel: WakeLockSentinel | null = null;

  async function acquire() {
    if (!active() || sentinel || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      sentinel = await navigator.wakeLock.request('screen');
      setHeld(true);
      sentinel.addEventListener('release', () => {
        sentinel = null;
        setHeld(false);
      });
    } catch {
      setHeld(false);
    }
  }

  function release() {
    void sentinel?.release();
    sentinel = null;
  }

  const onVisible = () => void acquire();
  const onTouch = () => void acquire();
  document.addEventListener('visibilitychange', onVisible);
  document.addEventListener('pointerdown', onTouch);
  // Held while the meeting runs; let go when it is paused or ended.
  createEffect(() => (active() ? void acquire() : release()));
  onCleanup(() => {
    document.removeEventListener('visibilitychange', onVisible);
    document.removeEventListener('pointerdown', onTouch);
    release();
  });
  return held;
}

export function wakeLockSupported(): boolean {
  return 'wakeLock' in navigator;
}
