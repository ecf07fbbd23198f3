// The first screen's raw read (storage/firstLook.ts): what the lock screen needs, read without
// Dexie, from a database that may not exist yet (it must not create one), that an older app left
// at an older schema (Dexie upgrades it afterwards), or that the vault has written.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newPlan } from '../../src/domain/plan';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/storage/schema';
import { openDatabase, type SipDatabase } from '../../src/storage/db';
import { readFirstLook } from '../../src/storage/firstLook';
import { toRecord } from '../../src/storage/planRepository';
import { createVault } from '../../src/storage/vault';

const PASSCODE = '482915';
const names: string[] = [];
const opened: SipDatabase[] = [];

function freshName(): string {
  const name = `first-look-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

function dexie(name: string): SipDatabase {
  const db = openDatabase(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) {
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = done;
    });
  }
});

/** indexedDB as a browser without `indexedDB.databases()` has it. */
const withoutListing = { open: (name: string) => indexedDB.open(name) } as unknown as IDBFactory;

async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((info) => info.name === name);
}

/** A database as the first released app (schema version 1, Dexie's version 10) left it. */
function olderDatabase(name: string, rows: { appState: object[]; plans: object[] }): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      const db = request.result;
      const plans = db.createObjectStore('plans', { keyPath: 'id' });
      for (const index of ['status', 'updatedAt', 'nextMeetingAt']) plans.createIndex(index, index);
      db.createObjectStore('appState', { keyPath: 'key' });
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['appState', 'plans'], 'readwrite');
      for (const row of rows.appState) tx.objectStore('appState').put(row);
      for (const row of rows.plans) tx.objectStore('plans').put(row);
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('the first look', () => {
  it('on a new device: nothing stored, and no database is created (with or without the listing of databases)', async () => {
    const name = freshName();
    for (const factory of [indexedDB, withoutListing]) {
      const look = await readFirstLook(name, factory);
      expect(look).toEqual({ hasPasscode: false, lockout: { failures: 0, lastFailureAt: null }, storedPlans: 0, appState: new Map() });
      expect(await exists(name)).toBe(false);
    }
    // Dexie then creates it at the current schema.
    const db = dexie(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const stores = new Set(SCHEMA_VERSIONS.flatMap((schema) => Object.keys(schema.stores)));
    expect(db.tables.map((table) => table.name).sort()).toEqual([...stores].sort());
  });

  it('reads what the vault and the settings wrote: the passcode is set, the wait, the app state; no plan count', async () => {
    const name = freshName();
    const db = dexie(name);
    const vault = createVault(db);
    await vault.create(PASSCODE);
    vault.lock();
    const at = Date.UTC(2026, 10, 23, 9);
    for (let i = 0; i < 3; i++) expect((await vault.unlock('000000', at)).ok).toBe(false);
    await db.appState.bulkPut([
      { key: 'lastRoute', value: '/plan/x/deltagare' },
      { key: 'autoLock', value: { idleMinutes: 5 } },
    ]);
    await db.plans.put(toRecord(newPlan('plan-1', new Date(at))));

    for (const factory of [indexedDB, withoutListing]) {
      const look = await readFirstLook(name, factory);
      expect(look.hasPasscode).toBe(true);
      expect(look.lockout).toEqual({ failures: 3, lastFailureAt: at });
      expect(look.storedPlans).toBe(0);
      // The wrapped key and the wait are answered above, not handed out as app state.
      expect(Object.fromEntries(look.appState)).toEqual({ autoLock: { idleMinutes: 5 }, lastRoute: '/plan/x/deltagare' });
    }
    // Its connection is closed: Dexie (still open here) and the vault go on as before.
    expect((await vault.unlock(PASSCODE, at + 60 * 60_000)).ok).toBe(true);
  });

  it('counts the plans an older app stored readable when no passcode is set yet', async () => {
    const name = freshName();
    const db = dexie(name);
    await db.plans.bulkPut([toRecord(newPlan('a', new Date())), toRecord(newPlan('b', new Date()))]);
    const look = await readFirstLook(name);
    expect(look.hasPasscode).toBe(false);
    expect(look.storedPlans).toBe(2);
  });

  it('reads a database at an older schema as it is, and Dexie upgrades it afterwards', async () => {
    const name = freshName();
    const plan = { id: 'old-plan', status: 'forberedelse', updatedAt: '2025-01-01T00:00:00.000Z', nextMeetingAt: '', data: { booking: {} } };
    await olderDatabase(name, { appState: [{ key: 'lastRoute', value: '/plan/old-plan' }], plans: [plan] });
    const look = await readFirstLook(name);
    expect(look.hasPasscode).toBe(false);
    expect(look.storedPlans).toBe(1);
    expect(look.appState.get('lastRoute')).toBe('/plan/old-plan');
    const db = dexie(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.meetings.count()).toBe(0);
    const upgraded = (await db.plans.get('old-plan')) as unknown as { data: { booking: { replyBy: string } } };
    expect(upgraded.data.booking.replyBy).toBe('');
  });

  it('reads a database without the app state store as nothing stored', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    expect(await readFirstLook(name)).toMatchObject({ hasPasscode: false, storedPlans: 0 });
  });

  it('rejects when IndexedDB cannot be opened (the first screen then says so)', async () => {
    const broken = {
      databases: () => Promise.resolve([{ name: 'x', version: 50 }]),
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      },
    } as unknown as IDBFactory;
    await expect(readFirstLook('x', broken)).rejects.toThrow(/denied/);
  });
});
