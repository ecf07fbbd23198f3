// The save indicator's states ("Sparat"), and the flush when the page is hidden or unloaded (a
// killed tab keeps what was typed).
import { createSignal } from 'solid-js';
import type { SaveState } from '../app/shell';
import { createSaveIndicator, type ShownSaveState } from './saveIndicator';

/** The queue's truth: true only when every edit is written (a keystroke written at once changes it twice). */
let allWritten = true;
/** The elements that carry it as data-saved (the header's save indicator). */
const marked = new Set<HTMLElement>();
/** What the header says: changes at most once per burst of typing when writes land quickly. */
const [shownSaveState, setShownSaveState] = createSignal<ShownSaveState>('saved');
const indicator = createSaveIndicator({ onShown: setShownSaveState });

/** The autosave queue's onState. */
export function setSaveState(state: SaveState): void {
  const written = state === 'saved';
  if (written !== allWritten) {
    allWritten = written;
    // Set straight on the element: nothing on screen follows it, and a reactive update cost more
    // than the attribute itself, twice on every keystroke written at once (`npm run bench`).
    for (const element of marked) element.dataset.saved = String(written);
  }
  indicator.update(state);
}

/** Keeps `element`'s data-saved equal to the queue's truth ("true" only when every edit is written); returns the undo. */
export function markAllWritten(element: HTMLElement): () => void {
  element.dataset.saved = String(allWritten);
  marked.add(element);
  return () => marked.delete(element);
}

export { shownSaveState };

/** Writes every pending edit at once, without the debounce: `npm run bench` times keystroke → committed with it. */
export const FLUSH_EVENT = 'sip:flush';

export function flushOnHide(flush: () => Promise<boolean>): void {
  const write = () => void flush();
  addEventListener('pagehide', write);
  // Like pagehide for autosave, without what pagehide also does (the cover, the room told the meeting ended).
  addEventListener(FLUSH_EVENT, write);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') write();
  });
}
