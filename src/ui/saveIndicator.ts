// What the header's save indicator says, derived from the autosave queue's truthful state
// (src/storage/writeQueue.ts). A burst of typing whose writes land quickly leaves "Sparat" as it
// is: the live region neither changes nor is announced on every key. "Sparar …" is shown only
// when a write has been under way for `slowMs` (a slow or busy disk), and then stays until
// everything is written; a failed write is said at once and stays until everything is written.
// Nothing typed waits long unwritten meanwhile: the queue writes at least every 2 s while typing
// goes on, and at once when the page is hidden or closed.
import type { SaveState } from '../app/shell';

export type ShownSaveState = 'saved' | 'saving' | 'error';

/** A write under way this long is said ("Sparar …"). */
export const SLOW_WRITE_MS = 1000;

export function createSaveIndicator(options: { onShown: (state: ShownSaveState) => void; slowMs?: number }) {
  const slowMs = options.slowMs ?? SLOW_WRITE_MS;
  let shown: ShownSaveState = 'saved';
  let slow: ReturnType<typeof setTimeout> | undefined;

  function show(next: ShownSaveState) {
    if (next === shown) return;
    shown = next;
    options.onShown(next);
  }

  /** Takes each state the queue reports (it reports only changes). */
  function update(state: SaveState): void {
    if (state !== 'saving' && slow !== undefined) {
      clearTimeout(slow);
      slow = undefined;
    }
    if (state === 'saved' || state === 'error') return show(state);
    // Already saying "Sparar …" or the failure: kept until everything is written.
    if (shown !== 'saved') return;
    if (state === 'saving') {
      slow = setTimeout(() => {
        slow = undefined;
        show('saving');
      }, slowMs);
    }
  }

  return {
    update,
    get shown(): ShownSaveState {
      return shown;
    },
  };
}
