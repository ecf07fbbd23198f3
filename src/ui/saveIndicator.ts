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
  /** When the write under way started (Date.now()); undefined while none is. */
  let savingSince: number | undefined;
  // One timer for a burst of writes: each keystroke's write starts and ends within milliseconds,
  // and a timer set and cleared for each costs more than the key. When it fires it looks at the
  // write under way then, and waits again for the rest of that write's second.
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(next: ShownSaveState) {
    if (next === shown) return;
    shown = next;
    options.onShown(next);
  }

  function onTimer() {
    timer = undefined;
    if (savingSince === undefined || shown !== 'saved') return;
    const wait = savingSince + slowMs - Date.now();
    if (wait > 0) timer = setTimeout(onTimer, wait);
    else show('saving');
  }

  /** Takes each state the queue reports (it reports only changes). */
  function update(state: SaveState): void {
    savingSince = state === 'saving' ? Date.now() : undefined;
    if (state === 'saved' || state === 'error') return show(state);
    // Already saying "Sparar …" or the failure: kept until everything is written.
    if (state === 'saving' && shown === 'saved' && timer === undefined) timer = setTimeout(onTimer, slowMs);
  }

  return {
    update,
    get shown(): ShownSaveState {
      return shown;
    },
  };
}
