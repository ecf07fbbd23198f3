// The first screen's look into the database, without Dexie: whether a passcode is set, the wait
// after wrong passcodes, the small app state (the last screen, the auto-lock rules) and, on a
// device without a passcode, how many plans are stored. One read-only transaction over raw
// IndexedDB, so the lock screen shows before Dexie and the repositories have loaded.
//
// It never creates or upgrades the database: on a new device there is none until Dexie opens it
// (at the current schema, once the lock screen is shown), and a database an older app left is
// read at its own version and upgraded by Dexie then. Every store it reads has existed since
// schema version 1; a store that is missing reads as empty.
import { NO_FAILURES, type LockoutState } from '../domain/lockout';
import { DATABASE_NAME } from './databaseName';

/** The app state key of the data key wrapped under the passcode (vault.ts). */
export const KEYRING_KEY = 'keyring';
/** The app state key of the wrong passcodes' count and wait (vault.ts). */
export const LOCKOUT_KEY = 'lockout';

export interface FirstLook {
  hasPasscode: boolean;
  lockout: LockoutState;
  /** Plans stored; counted only when no passcode is set (the set-up screen mentions them), else 0. */
  storedPlans: number;
  /** Every app state value by its key (settings, the last screen; no key or wait among them). */
  appState: ReadonlyMap<string, unknown>;
}

const NOTHING_STORED: FirstLook = { hasPasscode: false, lockout: NO_FAILURES, storedPlans: 0, appState: new Map() };

/** Reads what the first screen needs; rejects when IndexedDB cannot be opened at all. */
export async function readFirstLook(name: string = DATABASE_NAME, factory: IDBFactory = indexedDB): Promise<FirstLook> {
  const db = await openExisting(name, factory);
  return db ? read(db) : NOTHING_STORED;
}

/** The database as it is, or undefined when it does not exist (and then it still does not). */
async function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase | undefined> {
  // Where the browser lists its databases, a new device is answered without opening anything.
  if (typeof factory.databases === 'function') {
    const listed = await factory.databases().catch(() => undefined);
    if (listed && !listed.some((info) => info.name === name)) return undefined;
  }
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    // Opening without a version creates a missing database at version 1: abort that creation, so
    // that Dexie later creates it at the current schema.
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // Never stand in the way of Dexie's upgrade (in this page or another tab).
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (created) resolve(undefined);
      else reject(request.error ?? new Error(`cannot open ${name}`));
    };
  });
}

interface AppStateRow {
  key: string;
  value: unknown;
}

function read(db: IDBDatabase): Promise<FirstLook> {
  const stores = ['appState', 'plans'].filter((store) => db.objectStoreNames.contains(store));
  if (!stores.includes('appState')) {
    db.close();
    return Promise.resolve(NOTHING_STORED);
  }
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readonly');
    const appState = new Map<string, unknown>();
    let storedPlans = 0;
    const rows = tx.objectStore('appState').getAll();
    rows.onsuccess = () => {
      for (const row of rows.result as AppStateRow[]) appState.set(row.key, row.value);
      if (appState.get(KEYRING_KEY) !== undefined || !stores.includes('plans')) return;
      const count = tx.objectStore('plans').count();
      count.onsuccess = () => (storedPlans = count.result);
    };
    tx.oncomplete = () => {
      const hasPasscode = appState.get(KEYRING_KEY) !== undefined;
      const lockout = (appState.get(LOCKOUT_KEY) as LockoutState | undefined) ?? NO_FAILURES;
      appState.delete(KEYRING_KEY);
      appState.delete(LOCKOUT_KEY);
      resolve({ hasPasscode, lockout, storedPlans, appState });
    };
    const fail = () => reject(tx.error ?? new Error('reading the app state failed'));
    tx.onerror = fail;
    tx.onabort = fail;
    // The connection closes as soon as the transaction is done: Dexie's own opens unhindered.
    db.close();
  });
}
