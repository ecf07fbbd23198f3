// A record open for editing: a Solid store that is the screen's view of one database row. Every
// edit changes the store, stamps updatedAt and hands the whole record to autosave (sealing starts
// at once; the write follows shortly).
import { batch } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';

export function createAutosavedStore<T extends { id: string; updatedAt: string }>(
  initial: T,
  /** Schedules the record's write (the application layer's autosave of its kind). */
  save: (value: T) => void,
) {
  const [value, setValue] = createStore<T>(initial);

  function edit(change: (draft: T) => void): void {
    setValue(
      produce((draft: T) => {
        change(draft);
        draft.updatedAt = new Date().toISOString();
      }),
    );
    save(unwrap(value));
  }

  /**
   * Sets the one field at `path` (a keystroke), through the store's path setter: only what shows
   * that field is told, and nothing else of the record is walked.
   */
  function editAt(path: readonly (string | number)[], next: string): void {
    const setAt = setValue as unknown as (...keysAndValue: unknown[]) => void;
    batch(() => {
      setAt(...path, next);
      setAt('updatedAt', new Date().toISOString());
    });
    save(unwrap(value));
  }

  return { value, edit, editAt, setValue };
}
