import type { SipDatabase } from './db';
import type { SealedStore } from './sealedRows';

/**
 * Puts a row with the transaction opened and committed in the calling task. Autosave uses it so
 * that a flush on pagehide reaches the disk: Chromium aborts a transaction that is still waiting to
 * auto-commit when the page goes away, and Dexie opens its transactions later.
 */
export function putNow(db: SipDatabase, store: SealedStore, record: unknown, fallback: () => Promise<unknown>): Promise<void> {
  const idb = db.isOpen() ? db.backendDB() : undefined;
  if (!idb) return fallback().then(() => undefined);
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(store, 'readwrite');
    tx.objectStore(store).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    tx.commit?.();
  });
}
