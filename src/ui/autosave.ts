// The save indicator's states ("Sparat"), and the flush when the page is hidden or unloaded (a
// killed tab keeps what was typed).
import { createSignal } from 'solid-js';
import type { SaveState } from '../app/shell';
import { createSaveIndicator, type ShownSaveState } from './saveIndicator';

/** The queue's truth: true only when every edit is written (a keystroke changes it at most twice). */
const [allWritten, setAllWritten] = createSignal(true);
/** What the header says: changes at most once per burst of typing when writes land quickly. */
const [shownSaveState, setShownSaveState] = createSignal<ShownSaveState>('saved');
const indicator = createSaveIndicator({ onShown: setShownSaveState });

/** The autosave queue's onState. */
export function setSaveState(state: SaveState): void {
  setAllWritten(state === 'saved');
  indicator.update(state);
}

export { allWritten, shownSaveState };

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
