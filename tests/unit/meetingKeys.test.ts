// The meetings' lookup keys (src/storage/meetingKeys.ts): a meetings row has no index, its plan,
// status and format are kept in meetingKeys, written with the row and only when they change; every
// way a meeting is written or deleted keeps them in step, and the rows stay the truth.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting';
import { openDatabase, type SipDatabase } from '../../src/storage/db';
import { keepMeetingKeysInStep, meetingRowsWhere } from '../../src/storage/meetingKeys';
import { createMeetingRepository, toMeetingRecord } from '../../src/storage/meetingRepository';
import { createPlanRepository } from '../../src/storage/planRepository';
import { createRowWriter } from '../../src/storage/rowWriter';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/storage/schema';
import { sealRow } from '../../src/storage/sealedRows';
import { createVault } from '../../src/storage/vault';
import { runningMeeting } from '../fixtures/runningMeeting';
import { useTestDatabases } from './testDatabases';
import { testSealer } from './testSealer';

const { open: openTestDatabase } = useTestDatabases('meeting-keys');

function meetingOf(planId: string, meetingId: string, status: Meeting['status'] = 'pagar'): Meeting {
  const { meeting } = runningMeeting({ planId, meetingId, phase: 2, goals: 1, startedAt: Date.parse('2026-11-02T09:00:00Z') });
  return { ...meeting, status };
}

/** The store names of every put and delete this test's page makes, as IndexedDB sees them. */
const touched: string[] = [];
// oxlint-disable-next-line typescript/unbound-method -- always called as real.call(this, …)
const realPut = IDBObjectStore.prototype.put;
beforeAll(() => {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    touched.push(this.name);
    return realPut.apply(this, args);
  };
});
afterAll(() => void (IDBObjectStore.prototype.put = realPut));

async function setUp() {
  const db = await openTestDatabase();
  const writes = createRowWriter(db, testSealer);
  return { db, writes, meetings: createMeetingRepository(db, testSealer, writes), plans: createPlanRepository(db, testSealer, writes) };
}

const keysOf = async (db: SipDatabase) => (await db.meetingKeys.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('meetingKeys', () => {
  it('a meetings row has no index; its plan, status and format are indexed in meetingKeys', async () => {
    const { db } = await setUp();
    expect(db.meetings.schema.indexes).toEqual([]);
    expect(db.meetingKeys.schema.indexes.map((i) => i.name).sort()).toEqual(['format', 'planId', 'status']);
  });

  it('autosave writes the key with the first write of a meeting and then only when plan, status or format change', async () => {
    const { db, meetings } = await setUp();
    const meeting = meetingOf('plan-a', 'm-1');
    touched.length = 0;
    await meetings.prepareWrite(meeting).commit();
    expect(touched).toEqual(['meetings', 'meetingKeys']);
    expect(await keysOf(db)).toEqual([{ id: 'm-1', planId: 'plan-a', status: 'pagar', format: 2 }]);

    // Keystrokes: the row is put alone, its key stays as it is.
    touched.length = 0;
    for (const text of ['A', 'At', 'Att']) await meetings.prepareWrite({ ...meeting, personWords: text }).commit();
    expect(touched).toEqual(['meetings', 'meetings', 'meetings']);
    expect((await meetings.get('m-1'))?.personWords).toBe('Att');

    // Held: the key follows.
    touched.length = 0;
    await meetings.prepareWrite({ ...meeting, status: 'hallet' }).commit();
    expect(touched).toEqual(['meetings', 'meetingKeys']);
    expect(await keysOf(db)).toEqual([{ id: 'm-1', planId: 'plan-a', status: 'hallet', format: 2 }]);
    expect(await meetings.running()).toEqual([]);
  });

  it('a write that fails leaves the key to be written by the next one', async () => {
    const { db, meetings } = await setUp();
    const meeting = meetingOf('plan-a', 'm-1');
    await meetings.put(meeting);
    // The held meeting's write is aborted after its puts: neither row nor key is stored.
    // oxlint-disable-next-line typescript/unbound-method -- restored as it was
    const realCommit = IDBTransaction.prototype.commit;
    IDBTransaction.prototype.commit = function (this: IDBTransaction) {
      this.abort();
    };
    try {
      await expect(meetings.prepareWrite({ ...meeting, status: 'hallet' }).commit()).rejects.toThrow();
    } finally {
      IDBTransaction.prototype.commit = realCommit;
    }
    expect((await db.meetingKeys.get('m-1'))?.status).toBe('pagar');
    touched.length = 0;
    await meetings.prepareWrite({ ...meeting, status: 'hallet' }).commit();
    expect(touched).toEqual(['meetings', 'meetingKeys']);
    expect((await db.meetingKeys.get('m-1'))?.status).toBe('hallet');
  });

  it('finds a plan’s meetings and the running ones through the keys', async () => {
    const { meetings } = await setUp();
    await meetings.put(meetingOf('plan-a', 'm-1', 'hallet'));
    await meetings.put(meetingOf('plan-a', 'm-2'));
    await meetings.put(meetingOf('plan-b', 'm-3'));
    expect((await meetings.forPlan('plan-a')).map((m) => m.id).sort()).toEqual(['m-1', 'm-2']);
    expect((await meetings.forPlan('plan-b')).map((m) => m.id)).toEqual(['m-3']);
    expect((await meetings.running()).map((m) => m.id).sort()).toEqual(['m-2', 'm-3']);
  });

  it('the rows stay the truth: a key out of step with its row finds nothing it should not', async () => {
    const { db, meetings } = await setUp();
    await meetings.put(meetingOf('plan-a', 'm-1', 'hallet'));
    await db.meetingKeys.put({ id: 'm-1', planId: 'plan-a', status: 'pagar', format: 2 });
    await db.meetingKeys.put({ id: 'gone', planId: 'plan-a', status: 'pagar', format: 2 });
    expect(await meetings.running()).toEqual([]);
    expect((await meetings.forPlan('plan-a')).map((m) => m.id)).toEqual(['m-1']);
  });

  it('Dexie’s own writes of a meeting keep its key: put, delete, clear, in a transaction that names only meetings', async () => {
    const { db } = await setUp();
    const row = await sealRow(testSealer, 'meetings', toMeetingRecord(meetingOf('plan-a', 'm-1')));
    await db.transaction('rw', db.meetings, async () => {
      await db.meetings.put(row);
      await db.meetings.add({ ...row, id: 'm-2' });
    });
    expect((await keysOf(db)).map((k) => k.id)).toEqual(['m-1', 'm-2']);
    await db.meetings.put({ ...row, status: 'hallet' });
    expect((await db.meetingKeys.get('m-1'))?.status).toBe('hallet');
    await db.meetings.delete('m-1');
    expect((await keysOf(db)).map((k) => k.id)).toEqual(['m-2']);
    await db.meetings.clear();
    expect(await db.meetingKeys.count()).toBe(0);
  });

  it('after a write through Dexie, the next autosave writes the key again', async () => {
    const { db, meetings } = await setUp();
    const meeting = meetingOf('plan-a', 'm-1');
    await meetings.put(meeting);
    // A restore brings the same meeting; whatever it wrote, the row writer no longer assumes the key.
    await db.meetings.put(await sealRow(testSealer, 'meetings', toMeetingRecord(meeting)));
    touched.length = 0;
    await meetings.prepareWrite({ ...meeting, personWords: 'Ny text' }).commit();
    expect(touched).toEqual(['meetings', 'meetingKeys']);
  });

  it('deleting a plan deletes its meetings and their keys, and no other', async () => {
    const { db, meetings, plans } = await setUp();
    const { plan } = runningMeeting({ planId: 'plan-a', meetingId: 'm-1', phase: 0, startedAt: Date.parse('2026-11-02T09:00:00Z') });
    await plans.put(plan);
    await meetings.put(meetingOf('plan-a', 'm-1'));
    await meetings.put(meetingOf('plan-b', 'm-2'));
    await plans.remove('plan-a');
    expect(await db.meetings.count()).toBe(1);
    expect((await keysOf(db)).map((k) => k.id)).toEqual(['m-2']);
  });

  it('keys out of step with the rows are rebuilt from the rows’ clear fields at unlock', async () => {
    const { db, meetings } = await setUp();
    await meetings.put(meetingOf('plan-a', 'm-1'));
    await meetings.put(meetingOf('plan-b', 'm-2', 'hallet'));
    const expected = await keysOf(db);
    await db.meetingKeys.bulkDelete(['m-1']);
    expect(await keysOf(db)).toHaveLength(1);

    const vault = createVault(db);
    await vault.create('123456');
    expect(await keysOf(db)).toEqual(expected);
    expect(await keepMeetingKeysInStep(db)).toBe(false);
    // The writer's record of keys on disk is dropped with them: the next write writes the key again.
    touched.length = 0;
    await meetings.prepareWrite({ ...meetingOf('plan-a', 'm-1'), personWords: 'x' }).commit();
    expect(touched).toEqual(['meetings', 'meetingKeys']);
  });
});

describe('migration from schema version 7 to 8 (the meetings’ keys)', () => {
  it('moves the meetings’ indexes to meetingKeys, filled from every row, readable and sealed alike', async () => {
    const name = `migration-v7-v8-${Math.random().toString(36).slice(2)}`;
    const v7 = new Dexie(name) as SipDatabase;
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 7)) {
      const version = v7.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    await v7.open();
    const running = meetingOf('plan-a', 'm-1');
    const held = meetingOf('plan-a', 'm-2', 'hallet');
    const readable = meetingOf('plan-b', 'm-3', 'hallet');
    await v7.meetings.put(await sealRow(testSealer, 'meetings', toMeetingRecord(running)));
    await v7.meetings.put(await sealRow(testSealer, 'meetings', toMeetingRecord(held)));
    await v7.meetings.put(toMeetingRecord(readable));
    expect(v7.verno).toBe(7);
    v7.close();

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(db.meetings.schema.indexes).toEqual([]);
      expect(await keysOf(db)).toEqual([
        { id: 'm-1', planId: 'plan-a', status: 'pagar', format: 2 },
        { id: 'm-2', planId: 'plan-a', status: 'hallet', format: 2 },
        { id: 'm-3', planId: 'plan-b', status: 'hallet', format: 1 },
      ]);
      const repo = createMeetingRepository(db, testSealer);
      expect(await repo.forPlan('plan-a')).toStrictEqual([running, held].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
      expect(await repo.running()).toEqual([{ id: 'm-1', planId: 'plan-a' }]);
      expect((await meetingRowsWhere(db, 'format', 1)).map((row) => row.id)).toEqual(['m-3']);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
