// A record open for editing: a Solid store that is the screen's view of one database row. Every
// edit changes the store, stamps updatedAt, starts sealing the whole record and schedules its write.
import { createStore, produce, unwrap } from 'solid-js/store';
import { autosave } from './autosave';

export function createAutosavedStore<T extends { id: string; updatedAt: string }>(
  kind: string,
  initial: T,
  /** Reads the value now (sealing starts at once) and returns the write to run later. */
  prepareWrite: (value: T) => () => Promise<void>,
) {
  const [value, setValue] = createStore<T>(initial);

  function edit(change: (draft: T) => void): void {
    setValue(
      produce((draft: T) => {
        change(draft);
        draft.updatedAt = new Date().toISOString();
      }),
    );
    autosave.schedule(`${kind}:${value.id}`, prepareWrite(unwrap(value)));
  }

  return { value, edit };
}
