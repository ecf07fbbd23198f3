import type { SipDatabase } from './db';

/**
 * Every row of a store, read with one `getAll` on the open database. The plan list reads the
 * summary index this way: Dexie's transaction around the same read cost the list about 5 ms at 4x.
 * Before the database is open (or while it is upgraded), Dexie's own read, which waits for it.
 */
export function readAllNow<R>(db: SipDatabase, store: 'planIndex'): Promise<R[]> {
  let request: IDBRequest<R[]> | undefined;
  try {
    request = db.isOpen() ? (db.backendDB().transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<R[]>) : undefined;
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) return Promise.reject(error as Error);
  }
  if (!request) return db.table(store).toArray() as Promise<R[]>;
  const read = request;
  return new Promise((resolve, reject) => {
    read.onsuccess = () => resolve(read.result);
    read.onerror = () => reject(read.error ?? new Error(`reading ${store} failed`));
  });
}
