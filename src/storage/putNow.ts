import type { SipDatabase } from './db';
import { keyWrites } from './meetingKeys';
import type { SealedStore } from './sealedRows';

export interface RowPut {
  /** A sealed store, or the meetings' lookup keys (meetingKeys.ts). */
  store: SealedStore | 'meetingKeys';
  row: { id: string };
  /** 'add' keeps a row that exists already instead of replacing it; 'delete' removes the row. */
  mode: 'put' | 'add' | 'delete';
}

/**
 * Writes rows of one or more stores in one transaction, opened and committed in the calling task.
 * Autosave uses it so that a flush on pagehide reaches the disk: Chromium aborts a transaction that
 * is still waiting to auto-commit when the page goes away, and Dexie opens its transactions later.
 */
export function commitNow(db: SipDatabase, rows: RowPut[]): Promise<void> {
  // Beside meetings rows, their lookup keys where these change (meetingKeys.ts). Dexie's own
  // transaction below keeps the keys through its middleware.
  const keys = keyWrites(db, rows);
  const puts = keys.puts.length > 0 ? [...rows, ...keys.puts] : rows;
  const idb = db.isOpen() ? db.backendDB() : undefined;
  let tx: IDBTransaction | undefined;
  try {
    tx = idb?.transaction([...new Set(puts.map((p) => p.store))], 'readwrite');
  } catch (error) {
    // The database is still being upgraded (Dexie counts it open then) or is closing: Dexie's own
    // transaction waits until it can be used, or says why it cannot.
    // Any other refusal fails the write, as a rejection like every other failure of it.
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) return Promise.reject(error as Error);
  }
  if (!tx) {
    return db.transaction('rw', [...new Set(rows.map((p) => p.store))], async () => {
      for (const { store, row, mode } of rows) {
        const table = db.table(store);
        if (mode === 'delete') await table.delete(row.id);
        else if (mode === 'put' || !(await table.get(row.id))) await table.put(row);
      }
    });
  }
  return new Promise((resolve, reject) => {
    for (const { store, row, mode } of puts) {
      if (mode === 'put') {
        tx.objectStore(store).put(row);
        continue;
      }
      if (mode === 'delete') {
        tx.objectStore(store).delete(row.id);
        continue;
      }
      const request = tx.objectStore(store).add(row);
      // A row that exists already is kept: the failed add must not abort the transaction.
      request.onerror = (event) => {
        if (request.error?.name !== 'ConstraintError') return;
        event.preventDefault();
        event.stopPropagation();
      };
    }
    tx.oncomplete = () => {
      keys.committed();
      resolve();
    };
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    tx.commit?.();
  });
}
