// A record open for editing: a Solid store that is the screen's view of one database row. Every
// edit changes the store, stamps updatedAt and hands the whole record to autosave (sealing starts
// at once; the write follows shortly). A keystroke is handed to autosave before the store hears
// of it: see editAt.
import { batch } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import { readWithValueAt, valueAt, type ValuePath } from '../domain/valuePath';

/** A keystroke handed to autosave that the store has not heard of yet. */
interface Untold {
  path: ValuePath;
  text: string;
  updatedAt: string;
}

export function createAutosavedStore<T extends { id: string; updatedAt: string }>(
  initial: T,
  /**
   * Schedules the record's write (the application layer's autosave of its kind): reads the record
   * in the calling task and keeps nothing of it; settles once it is sealed and, if its write was
   * asked for meanwhile, that write has ended (RowWrite.settled in storage/rowWriter.ts).
   */
  save: (value: T) => Promise<unknown>,
) {
  const [value, setValue] = createStore<T>(initial);
  const setAt = setValue as unknown as (...keysAndValue: unknown[]) => void;
  let untold: Untold | undefined;

  /** Tells the store the keystroke it has not heard of; every change, and every read for one, starts here. */
  function settle(): void {
    if (!untold) return;
    const { path, text, updatedAt } = untold;
    untold = undefined;
    batch(() => {
      setAt(...path, text);
      setAt('updatedAt', updatedAt);
    });
  }

  function edit(change: (draft: T) => void): void {
    settle();
    setValue(
      produce((draft: T) => {
        change(draft);
        draft.updatedAt = new Date().toISOString();
      }),
    );
    void save(unwrap(value));
  }

  /**
   * Sets the one field at `path` (a keystroke). Autosave reads the record with the new text in
   * place (written into the store's own object and taken back, not copied), and the store hears of
   * it once the record is sealed (and written, when its write was asked for at once, as on
   * pagehide), or sooner when anything changes or reads the record for a change (`settle`). So a
   * keystroke's write is not kept waiting by what shows the field and what follows the record; the
   * field itself holds the text meanwhile. A newer keystroke in the same field replaces one the
   * store has not heard of: telling the older would put its text back in the field. False when the
   * field holds `next` already.
   */
  function editAt(path: ValuePath, next: string): boolean {
    if (untold && !samePath(untold.path, path)) settle();
    if ((untold ? untold.text : valueAt(unwrap(value), path)) === next) return false;
    const updatedAt = new Date().toISOString();
    const record = unwrap(value);
    const settled = readWithValueAt(record, path, next, () => readWithValueAt(record, ['updatedAt'], updatedAt, () => save(record)));
    untold = { path, text: next, updatedAt };
    void settled.then(settle);
    return true;
  }

  return { value, edit, editAt, settle, setValue };
}

function samePath(a: ValuePath, b: ValuePath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
