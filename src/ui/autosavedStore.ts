// A record open for editing: a Solid store that is the screen's view of one database row. Every
// edit changes the store, stamps updatedAt and hands the whole record to autosave (sealing starts
// at once; the write follows shortly). A keystroke hands it over before the store changes.
import { batch } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import { withValueAt, type ValuePath } from '../domain/valuePath';

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
   * Sets the one field at `path` (a keystroke). The record is handed to autosave first, so that
   * its encryption (off the main thread) runs while the screen is told; the store's path setter
   * then tells only what shows that field, and walks nothing else of the record.
   */
  function editAt(path: ValuePath, next: string): void {
    const updatedAt = new Date().toISOString();
    save({ ...withValueAt(unwrap(value), path, next), updatedAt });
    const setAt = setValue as unknown as (...keysAndValue: unknown[]) => void;
    batch(() => {
      setAt(...path, next);
      setAt('updatedAt', updatedAt);
    });
  }

  return { value, edit, editAt, setValue };
}
