// The one ordered write path (src/storage/rowWriter.ts): what is pending is what readers see, a
// row read earlier never lands after one read later, and a change across stores is all or none.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { nextStatus } from '../../src/domain/lifecycle';
import { planVersion } from '../../src/domain/meeting';
import { afterMeetingHeld, newPlan } from '../../src/domain/plan';
import { endMeeting } from '../../src/domain/timer';
import { fixVersion } from '../../src/domain/versions';
import type { SipDatabase } from '../../src/storage/db';
import { createMeetingRepository } from '../../src/storage/meetingRepository';
import { createPlanRepository } from '../../src/storage/planRepository';
import { createRowWriter } from '../../src/storage/rowWriter';
import { createVersionRepository } from '../../src/storage/versionRepository';
import { createWriteQueue } from '../../src/storage/writeQueue';
import type { Sealer } from '../../src/storage/sealedRows';
import { commitOrAbandon } from '../../src/storage/writes';
import { heldMeeting } from '../fixtures/heldMeeting';
import { deferred } from './deferred';
import { refuseAsUpgrading, useTestDatabases } from './testDatabases';
import { testSealer } from './testSealer';

const { failing, open: openTestDatabase } = useTestDatabases('row-writer');

async function setUp() {
  const db = await openTestDatabase();
  const writes = createRowWriter(db, testSealer);
  return {
    db,
    writes,
    plans: createPlanRepository(db, testSealer, writes),
    meetings: createMeetingRepository(db, testSealer, writes),
    versions: createVersionRepository(db, testSealer, writes),
    queue: createWriteQueue({ delayMs: 1_000_000, retryMs: 1_000_000 }),
  };
}

/** Two writes of the same plan, read one after the other ('Först', then 'Sedan'). */
function twoReadsOfOnePlan(plans: ReturnType<typeof createPlanRepository>) {
  const first = newPlan('p', new Date('2026-11-01T10:00:00Z'));
  first.person.name = 'Först';
  const second = structuredClone(first);
  second.person.name = 'Sedan';
  return { early: plans.prepare(first), late: plans.prepare(second) };
}

/** The plan as stored on disk, read with a repository of its own (no pending values). */
async function onDisk(db: SipDatabase, id: string) {
  return createPlanRepository(db, testSealer).get(id);
}

/** Counts the transactions asked of `db`'s connection from now on. */
function countTransactions(db: SipDatabase): () => number {
  const idb = db.backendDB();
  const real = idb.transaction.bind(idb);
  let opened = 0;
  idb.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
    opened += 1;
    return real(...args);
  }) as IDBDatabase['transaction'];
  return () => opened;
}

describe('the one write path', () => {
  it('a write that finds the database still being upgraded (or closing) waits for Dexie instead of failing', async () => {
    const { db, plans } = await setUp();
    // The first write asked of the connection is refused, as while its upgrade runs.
    let refused: string[] | undefined;
    refuseAsUpgrading(db, (stores, mode) => {
      if (refused || mode !== 'readwrite') return false;
      refused = stores;
      return true;
    });
    const plan = newPlan('under-upgrade', new Date('2026-11-01T10:00:00Z'));
    plan.person.name = 'Skriven ändå';
    await plans.prepareWrite(plan).commit();
    // The write's own transaction was the one refused.
    expect(refused).toContain('plans');
    expect((await plans.get('under-upgrade'))!.person.name).toBe('Skriven ändå');
    expect(await db.plans.count()).toBe(1);
  });

  it('keeps a pending edit when the chair leaves, comes back and edits another field while writes fail', async () => {
    const { db, plans, queue } = await setUp();
    await plans.put(newPlan('p', new Date('2026-11-01T10:00:00Z')));
    failing.add('plans');

    // The chair types "Vad är viktigt för dig?"; the write fails and is kept for a retry.
    const first = (await plans.get('p'))!;
    first.preparation.whatMatters = 'Att få bo kvar hemma';
    queue.schedule('plan:p', plans.prepareWrite(first).commit);
    await queue.flush();
    expect(queue.state).toBe('error');
    expect((await onDisk(db, 'p'))!.preparation.whatMatters).toBe('');

    // Leaves the plan, opens it again: the pending text is there, and the next edit builds on it.
    const again = (await plans.get('p'))!;
    expect(again.preparation.whatMatters).toBe('Att få bo kvar hemma');
    again.preparation.purpose = 'Samordna stödet';
    queue.schedule('plan:p', plans.prepareWrite(again).commit);

    failing.clear();
    await queue.flush();
    expect(queue.state).toBe('saved');
    const stored = (await onDisk(db, 'p'))!;
    expect(stored.preparation.whatMatters).toBe('Att få bo kvar hemma');
    expect(stored.preparation.purpose).toBe('Samordna stödet');
  });

  it('holding a meeting wins over an autosave write of the plan that failed once and is retried after it', async () => {
    const { db, plans, meetings, versions, writes, queue } = await setUp();
    const { plan, meeting } = heldMeeting();
    plan.status = 'forberedelse';
    meeting.status = 'pagar';
    await plans.put(plan);
    await meetings.put(meeting);

    // An edit of the plan whose write fails once.
    failing.add('plans');
    const edited = (await plans.get(plan.id))!;
    edited.preparation.purpose = 'Skrivet före mötets slut';
    queue.schedule(`plan:${plan.id}`, plans.prepareWrite(edited).commit);
    await queue.flush();
    expect(queue.state).toBe('error');
    failing.clear();

    // The meeting is held, as meetingActions.finish does it.
    const now = Date.parse('2026-11-23T10:30:00+01:00');
    const held = { ...meeting, clock: endMeeting(meeting.clock, now), status: 'hallet' as const, heldAt: new Date(now).toISOString() };
    const current = (await plans.get(plan.id))!;
    const next = afterMeetingHeld(current, held, nextStatus(current.status, { type: 'meeting-held', kind: held.kind }), new Date(now));
    const version = fixVersion(next, held, planVersion(held, await meetings.forPlan(plan.id)));
    await commitOrAbandon(writes, [meetings.prepare(held), ...plans.prepare(next), versions.prepare(version)]);

    // The autosave queue now retries its older write of the plan: it must not undo the hold.
    await queue.flush();
    expect(queue.state).toBe('saved');
    const stored = (await onDisk(db, plan.id))!;
    expect(stored.status).toBe('aktiv');
    expect(stored.booking.date).toBe(meeting.followUp.date);
    expect(stored.preparation.purpose).toBe('Skrivet före mötets slut');
    expect((await createVersionRepository(db, testSealer).forPlan(plan.id)).map((v) => v.number)).toEqual([1]);
  });

  it('a change across plans, meetings and versions is written whole or not at all, and a failed one is not what readers see', async () => {
    const { db, plans, meetings, versions, writes } = await setUp();
    const { plan, meeting } = heldMeeting();
    await plans.put(plan);
    const changed = structuredClone(plan);
    changed.preparation.purpose = 'Ändrad';
    failing.add('versions');
    const rows = [...plans.prepare(changed), meetings.prepare(meeting), versions.prepare(fixVersion(changed, meeting, 1))];
    await expect(commitOrAbandon(writes, rows)).rejects.toThrow(/Writes fail/u);
    expect((await onDisk(db, plan.id))!.preparation.purpose).toBe(plan.preparation.purpose);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.versions.count()).toBe(0);
    expect((await plans.get(plan.id))!.preparation.purpose).toBe(plan.preparation.purpose);
    expect(await meetings.get(meeting.id)).toBeUndefined();
  });

  it('an earlier-read write that lands after a later one leaves the later one in place', async () => {
    const { db, plans, writes } = await setUp();
    const { early, late } = twoReadsOfOnePlan(plans);
    await writes.commit(late);
    await writes.commit(early);
    expect((await onDisk(db, 'p'))!.person.name).toBe('Sedan');
    expect((await plans.get('p'))!.person.name).toBe('Sedan');
  });

  it('an earlier write retried after a later one failed still lands, and the later one wins once it is written', async () => {
    const { db, plans, writes } = await setUp();
    const { early, late } = twoReadsOfOnePlan(plans);
    failing.add('plans');
    await expect(writes.commit(late)).rejects.toThrow();
    failing.clear();
    await writes.commit(early);
    expect((await onDisk(db, 'p'))!.person.name).toBe('Först');
    expect((await plans.get('p'))!.person.name).toBe('Sedan');
    await writes.commit(late);
    expect((await onDisk(db, 'p'))!.person.name).toBe('Sedan');
  });

  it('a version is only added: one fixed already is kept, and the rest of the change is still written', async () => {
    const { db, plans, versions, writes } = await setUp();
    const { plan, meeting } = heldMeeting();
    const first = fixVersion(plan, meeting, 1);
    await versions.fix(first);
    const other = structuredClone(plan);
    other.preparation.purpose = 'Senare';
    await commitOrAbandon(writes, [...plans.prepare(other), versions.prepare(fixVersion(other, meeting, 1))]);
    expect((await onDisk(db, plan.id))!.preparation.purpose).toBe('Senare');
    const kept = await createVersionRepository(db, testSealer).forPlan(plan.id);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.plan.preparation.purpose).toBe(plan.preparation.purpose);
  });

  it("a commit waiting for a row's sealing starts in its task; what waits on `settled` runs once that commit has ended", async () => {
    const { db, meetings } = await setUp();
    const { meeting } = heldMeeting();
    const idb = db.backendDB();
    const real = idb.transaction.bind(idb);
    const order: string[] = [];
    idb.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
      order.push('transaction opened');
      return real(...args);
    }) as IDBDatabase['transaction'];
    const write = meetings.prepareWrite(meeting);
    // Waited on before the commit is asked for, as autosave's keystroke does before a flush.
    const told = write.settled.then(() => void order.push('screen told'));
    await Promise.all([write.commit().then(() => void order.push('written')), told]);
    expect(order).toEqual(['transaction opened', 'written', 'screen told']);
    expect(await meetings.get(meeting.id)).toEqual(meeting);
    // With no commit waiting, `settled` settles once the row is sealed; the commit comes later.
    const later = meetings.prepareWrite({ ...meeting, personWords: 'Sedan' });
    await later.settled;
    expect(order).toHaveLength(3);
    await later.commit();
    expect((await meetings.get(meeting.id))!.personWords).toBe('Sedan');
  });

  it('a row whose sealing fails fails the commits waiting for it, and `settled` still settles', async () => {
    const { db } = await setUp();
    const error = new Error('locked');
    const writes = createRowWriter(db, { ...testSealer, seal: () => Promise.reject(error) });
    const meetings = createMeetingRepository(db, testSealer, writes);
    const { meeting } = heldMeeting();
    const write = meetings.prepareWrite(meeting);
    await expect(write.commit()).rejects.toBe(error);
    await expect(write.settled).resolves.toBeUndefined();
    // Asked for after the sealing failed, it fails too.
    await expect(write.commit()).rejects.toBe(error);
    expect(await db.meetings.count()).toBe(0);
  });

  it('deleting a plan drops its pending writes: a meeting still being written does not come back', async () => {
    const { db, plans, meetings } = await setUp();
    const { plan, meeting } = heldMeeting();
    await plans.put(plan);
    const write = meetings.prepareWrite(meeting);
    await plans.remove(plan.id);
    await write.commit();
    expect(await db.meetings.count()).toBe(0);
    expect(await plans.get(plan.id)).toBeUndefined();
    expect(await meetings.forPlan(plan.id)).toEqual([]);
  });

  it('lists show pending values: a plan whose write is retrying is listed as last changed', async () => {
    const { plans, meetings, queue } = await setUp();
    const { plan, meeting } = heldMeeting();
    await plans.put(plan);
    await meetings.put(meeting);
    failing.add('plans').add('meetings');
    const renamed = structuredClone(plan);
    renamed.person.name = 'Nytt Namn';
    queue.schedule(`plan:${plan.id}`, plans.prepareWrite(renamed).commit);
    const noted = structuredClone(meeting);
    noted.phases[0]!.notes = 'Anteckning som väntar';
    queue.schedule(`meeting:${meeting.id}`, meetings.prepareWrite(noted).commit);
    await queue.flush();
    expect((await plans.list()).map((p) => p.person.name)).toEqual(['Nytt Namn']);
    expect((await meetings.forPlan(plan.id))[0]!.phases[0]!.notes).toBe('Anteckning som väntar');
    expect((await meetings.list())[0]!.phases[0]!.notes).toBe('Anteckning som väntar');
  });
  it('a flush while the newest edit is still being sealed writes, in its own task, the newest edit that is sealed', async () => {
    const { db } = await setUp();
    // The second edit's sealing waits until the test lets it go, as a slow encryption on pagehide.
    const held = deferred();
    const sealer: Sealer = {
      ...testSealer,
      seal: (store, id, value) =>
        (value as { personWords?: string }).personWords === 'Andra' ? held.promise.then(() => testSealer.seal(store, id, value)) : testSealer.seal(store, id, value),
    };
    const meetings = createMeetingRepository(db, sealer, createRowWriter(db, sealer));
    const queue = createWriteQueue({ delayMs: 1_000_000, retryMs: 1_000_000 });
    const { meeting } = heldMeeting();
    const schedule = (personWords: string) => {
      const write = meetings.prepareWrite({ ...meeting, personWords });
      queue.schedule(`meeting:${meeting.id}`, write.commit, write.ready);
      return write;
    };
    const first = schedule('Första');
    await first.settled;
    expect(first.ready()).toBe(true);
    const second = schedule('Andra');
    expect(second.ready()).toBe(false);

    const opened = countTransactions(db);
    const flushed = queue.flush();
    // Opened before the flush returns: a page that dies after this task keeps the first edit.
    expect(opened()).toBe(1);
    await vi.waitFor(async () => expect((await createMeetingRepository(db, testSealer).get(meeting.id))?.personWords).toBe('Första'));
    held.resolve();
    expect(await flushed).toBe(true);
    expect((await createMeetingRepository(db, testSealer).get(meeting.id))!.personWords).toBe('Andra');
  });

  it('a flush writes only the newest edit when it is sealed', async () => {
    const { db, meetings, queue } = await setUp();
    const { meeting } = heldMeeting();
    const writes = ['Första', 'Andra'].map((personWords) => {
      const write = meetings.prepareWrite({ ...meeting, personWords });
      queue.schedule(`meeting:${meeting.id}`, write.commit, write.ready);
      return write;
    });
    await Promise.all(writes.map((w) => w.settled));
    const opened = countTransactions(db);
    expect(await queue.flush()).toBe(true);
    expect(opened()).toBe(1);
    expect((await meetings.get(meeting.id))!.personWords).toBe('Andra');
  });
});
