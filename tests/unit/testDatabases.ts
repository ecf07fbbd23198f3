// Test databases in fake-indexeddb, each deleted after its test, and a switch that makes every
// read-write transaction of the named stores fail to open, as a full or broken disk does.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openDatabase, type SipDatabase } from '../../src/storage/db';

/** Registers the hooks; returns the set of store names whose writes fail (cleared after each test) and `open` for a fresh database. */
export function useTestDatabases(prefix: string): { failing: Set<string>; open: () => Promise<SipDatabase> } {
  const failing = new Set<string>();
  const opened: SipDatabase[] = [];
  // oxlint-disable-next-line typescript/unbound-method -- always called as real.call(this, …)
  const real = IDBDatabase.prototype.transaction;
  beforeAll(() => {
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      const names = typeof stores === 'string' ? [stores] : [...stores];
      if (mode === 'readwrite' && names.some((n) => failing.has(n))) throw new DOMException('Writes fail in this test', 'UnknownError');
      return real.call(this, stores, mode, options);
    } as typeof IDBDatabase.prototype.transaction;
  });
  afterAll(() => void (IDBDatabase.prototype.transaction = real));
  afterEach(async () => {
    failing.clear();
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return {
    failing,
    async open() {
      const db = openDatabase(`${prefix}-${Math.random().toString(36).slice(2)}`);
      opened.push(db);
      await db.open();
      return db;
    },
  };
}

/**
 * Makes `db`'s own connection refuse the transactions `refuses` picks, as while its upgrade runs
 * (InvalidStateError); returns the store names of every transaction asked of it directly, in order.
 */
export function refuseAsUpgrading(db: SipDatabase, refuses: (stores: string[], mode: IDBTransactionMode | undefined) => boolean): string[][] {
  const idb = db.backendDB();
  const real = idb.transaction.bind(idb);
  const asked: string[][] = [];
  idb.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
    const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
    asked.push(stores);
    if (refuses(stores, args[1])) throw new DOMException('An upgrade is running', 'InvalidStateError');
    return real(...args);
  }) as IDBDatabase['transaction'];
  return asked;
}
