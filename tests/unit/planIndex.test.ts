// Lists read a summary, not every plan (issue 16): the summary of a plan (domain/planSummary.ts),
// the sealed index written in the same transaction as the plan (storage/planIndex.ts), its rebuild
// when out of step, and search by name over the summaries.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { matchesName, newParticipant, newPlan, type Plan } from '../../src/domain/plan';
import { summarize, type PlanSummary } from '../../src/domain/planSummary';
import type { IndexRecord, SipDatabase } from '../../src/storage/db';
import { createMeetingRepository } from '../../src/storage/meetingRepository';
import { BUCKETS, bucketOf, markerRecord } from '../../src/storage/planIndex';
import { openStorage } from '../../src/storage';
import { createPlanRepository } from '../../src/storage/planRepository';
import { createRowWriter } from '../../src/storage/rowWriter';
import { sealRow, type Sealer } from '../../src/storage/sealedRows';
import { planSummaryShape, restorePlanSummaries, SUMMARY_VERSION } from '../../src/storage/shapes/planSummary';
import { heldMeeting } from '../fixtures/heldMeeting';
import { refuseAsUpgrading, useTestDatabases } from './testDatabases';
import { testSealer } from './testSealer';

const { failing, open: openTestDatabase } = useTestDatabases('plan-index');

/** A sealer that counts the plans it opens: a list must open none. */
function countingSealer() {
  const opened: string[] = [];
  const sealer: Sealer = {
    seal: (store, id, value) => testSealer.seal(store, id, value),
    open: (store, id, sealed) => {
      opened.push(`${store}:${id}`);
      return testSealer.open(store, id, sealed);
    },
  };
  return { sealer, plansOpened: () => opened.filter((o) => o.startsWith('plans:')).length };
}

async function setUp() {
  const db = await openTestDatabase();
  const writes = createRowWriter(db, testSealer);
  return { db, writes, plans: createPlanRepository(db, testSealer, writes), meetings: createMeetingRepository(db, testSealer, writes) };
}

function plan(id: string, name: string, change: (p: Plan) => void = () => {}): Plan {
  const p = newPlan(id, new Date('2026-11-01T10:00:00Z'));
  p.person.name = name;
  change(p);
  return p;
}

/**
 * Waits for what the index does in the background. vi.waitFor's own 1 s is short for a fresh read of
 * the index (readFresh) polled on a loaded 2-core CI machine; the state waited for is the same.
 */
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

/**
 * The first write of a session builds the index in the background: waits until it is stored (every
 * bucket, the marker gone in the same transaction), so that a read counted after it finds no marker.
 */
const indexStored = (db: SipDatabase) => eventually(async () => expect(await db.planIndex.count()).toBe(BUCKETS));

const byId = (list: PlanSummary[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** The summaries as a fresh app reads them from the disk (no memory, no pending writes), and how many plans it opened. */
async function readFresh(db: SipDatabase) {
  const { sealer, plansOpened } = countingSealer();
  const summaries = byId(await createPlanRepository(db, sealer).summaries());
  return { summaries, plansOpened: plansOpened() };
}

describe('summarize', () => {
  it('keeps only what the lists show', () => {
    const p = plan('p1', 'Åse Öberg', (x) => {
      x.status = 'avslutad';
      x.booking = { ...x.booking, date: '2027-01-10', startTime: '09:30', place: 'Rum 3', invitations: { made: true, on: '2026-12-20', at: '', told: '' } };
      x.lastHeldAt = '2026-12-01';
      x.closing = { date: '2027-02-01', reason: 'annat', reasonText: 'Hemligt', whereToTurn: 'Socialtjänsten' };
      x.participants = [
        { ...newParticipant('a'), invitation: 'inbjuden' },
        { ...newParticipant('b'), invitation: 'bekraftad' },
        { ...newParticipant('c'), invitation: 'inbjuden' },
      ];
      x.person.idNumber = '121212-1212';
    });
    expect(summarize(p)).toStrictEqual({
      id: 'p1',
      status: 'avslutad',
      updatedAt: p.updatedAt,
      person: { name: 'Åse Öberg' },
      booking: { date: '2027-01-10', startTime: '09:30', invitations: { made: true } },
      lastHeldAt: '2026-12-01',
      closing: { date: '2027-02-01' },
      invited: 2,
    });
  });
});

describe('the stored shape of the summaries', () => {
  it('restores what the shape describes, and refuses a list the shape would report', () => {
    const list = [plan('a', 'Anna', (p) => (p.closing = { date: '2027-01-01', reason: 'annat', reasonText: '', whereToTurn: '' })), plan('b', 'Bo')].map(summarize);
    const stored = JSON.parse(JSON.stringify(list)) as unknown;
    expect(restorePlanSummaries(stored)).toStrictEqual(list);
    // Every summary's invitations is one of two shared objects: 5,000 summaries hold two, not 5,000.
    const [a, b] = restorePlanSummaries(JSON.parse(JSON.stringify(list)))!;
    expect(a!.booking.invitations).toBe(b!.booking.invitations);
    expect(restorePlanSummaries(stored)).toStrictEqual((stored as unknown[]).map((s) => planSummaryShape.fill(s, { contentVersion: SUMMARY_VERSION })));
    expect(restorePlanSummaries({})).toBeNull();
    expect(restorePlanSummaries([{ ...list[0], id: '' }])).toBeNull();
    expect(restorePlanSummaries([{ ...list[0], status: 'borta' }])).toBeNull();
    expect(restorePlanSummaries([{ ...list[0], person: {} }])).toBeNull();
    expect(restorePlanSummaries([{ ...list[0], invited: -1 }])).toBeNull();
    // A summary of version 2 had no invitations: the index is rebuilt rather than read as not invited.
    expect(restorePlanSummaries([{ ...list[0], booking: { date: '', startTime: '' } }])).toBeNull();
  });
});

describe('search by name over summaries', () => {
  it('folds case and accents', () => {
    const list = [plan('a', 'Åse Lind'), plan('b', 'Łucja Nowak'), plan('c', 'Ørjan Şahin'), plan('d', 'Per Persson')].map(summarize);
    const find = (q: string) => list.filter((s) => matchesName(s, q)).map((s) => s.id);
    expect(find('ase')).toEqual(['a']);
    expect(find('lucja')).toEqual(['b']);
    expect(find('ORJAN sahin')).toEqual(['c']);
    expect(find('PERS')).toEqual(['d']);
    expect(find('')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the plans summary index', () => {
  it('is written with every plan write, so a fresh read opens no plan', async () => {
    const { db, plans } = await setUp();
    const a = plan('a', 'Anna');
    const b = plan('b', 'Bo');
    await plans.putMany([a, b]);
    await plans.put({ ...a, person: { ...a.person, name: 'Anna Ny' }, updatedAt: '2026-11-02T10:00:00.000Z' });
    // Autosave's path: prepared in the edit's task, committed later.
    await plans.prepareWrite({ ...b, status: 'aktiv', updatedAt: '2026-11-03T10:00:00.000Z' }).commit();
    const fresh = await readFresh(db);
    expect(fresh.plansOpened).toBe(0);
    expect(fresh.summaries.map((s) => [s.id, s.person.name, s.status])).toEqual([
      ['a', 'Anna Ny', 'forberedelse'],
      ['b', 'Bo', 'aktiv'],
    ]);
    // Nothing personal in clear: the rows hold counts and ids only beside the sealed bytes.
    const raw = JSON.stringify(await db.planIndex.toArray());
    expect(raw).not.toContain('Anna');
  });

  it('is read in one read of the open database, and through Dexie while the database cannot be used yet', async () => {
    const { db, plans } = await setUp();
    await plans.putMany([plan('a', 'Anna'), plan('b', 'Bo')]);
    await indexStored(db);
    // Later, as while an upgrade runs: the connection refuses every transaction.
    let refuse = false;
    const asked = refuseAsUpgrading(db, () => refuse);
    expect((await readFresh(db)).summaries.map((s) => s.person.name)).toEqual(['Anna', 'Bo']);
    expect(asked).toEqual([['planIndex']]);
    refuse = true;
    asked.length = 0;
    expect((await readFresh(db)).summaries.map((s) => s.person.name)).toEqual(['Anna', 'Bo']);
    // The raw read was refused, and the summaries came through Dexie's read (which waits for an upgrade).
    expect(asked).toEqual([['planIndex']]);
  });

  it('is read ahead (while the key is derived), and the first read opens those rows unless an index row was written since', async () => {
    const { db, plans } = await setUp();
    await plans.putMany([plan('a', 'Anna'), plan('b', 'Bo')]);
    await indexStored(db);
    const asked = refuseAsUpgrading(db, () => false);
    // A new session reads ahead, then lists: one read of the store in all.
    const next = createPlanRepository(db, testSealer);
    next.warmSummaries();
    expect(asked).toEqual([['planIndex']]);
    expect(byId(await next.summaries()).map((s) => s.person.name)).toEqual(['Anna', 'Bo']);
    expect(asked).toEqual([['planIndex']]);

    // Another session reads ahead, and a bucket is written before its first read: those rows are old.
    const writes = createRowWriter(db, testSealer);
    const later = createPlanRepository(db, testSealer, writes);
    asked.length = 0;
    later.warmSummaries();
    const changed = summarize(plan('a', 'Anna Ändrad'));
    const bucket = [changed, ...(bucketOf('b') === bucketOf('a') ? [summarize(plan('b', 'Bo'))] : [])];
    const record: IndexRecord = { id: bucketOf('a'), count: bucket.length, summaryVersion: SUMMARY_VERSION, format: 1, data: bucket };
    await writes.commit([writes.prepare('planIndex', record)]);
    expect(byId(await later.summaries()).map((s) => s.person.name)).toEqual(['Anna Ändrad', 'Bo']);
    // The read ahead, the bucket's write, and the read again.
    expect(asked).toEqual([['planIndex'], ['planIndex'], ['planIndex']]);

    // Read ahead, then dropped (a backup restored): read again.
    const restored = createPlanRepository(db, testSealer);
    restored.warmSummaries();
    await db.planIndex.delete(bucketOf('b'));
    restored.forgetSummaries();
    expect((await restored.summaries()).map((s) => s.person.name)).toEqual(['Anna Ändrad']);
  });

  it('rewrites nothing when a write leaves the summary as it was', async () => {
    const { db, plans } = await setUp();
    const a = plan('a', 'Anna');
    await plans.put(a);
    await plans.summaries();
    // The first read of a new database stores its (empty) buckets.
    await eventually(async () => expect(await db.planIndex.count()).toBe(BUCKETS));
    const spy = vi.spyOn(testSealer, 'seal');
    await plans.put({ ...a, preparation: { ...a.preparation, purpose: 'Nytt syfte' } });
    expect(spy.mock.calls.map(([store]) => store)).toEqual(['plans']);
    spy.mockRestore();
    expect(await db.planIndex.count()).toBe(BUCKETS);
  });

  it('an interrupted write leaves the plan and its summary both unchanged', async () => {
    const { db, plans } = await setUp();
    const a = plan('a', 'Anna');
    await plans.put(a);
    expect((await plans.summaries()).map((s) => s.person.name)).toEqual(['Anna']);
    for (const store of ['planIndex', 'plans']) {
      failing.add(store);
      await expect(plans.put({ ...a, person: { ...a.person, name: 'Annika' } })).rejects.toThrow(/Writes fail/u);
      failing.clear();
      expect((await plans.get('a'))!.person.name).toBe('Anna');
      expect((await plans.summaries()).map((s) => s.person.name)).toEqual(['Anna']);
      expect((await readFresh(db)).summaries.map((s) => s.person.name)).toEqual(['Anna']);
    }
    // A new plan whose write fails is in neither.
    failing.add('planIndex');
    await expect(plans.put(plan('b', 'Bo'))).rejects.toThrow();
    failing.clear();
    expect(await plans.get('b')).toBeUndefined();
    expect((await plans.summaries()).map((s) => s.id)).toEqual(['a']);
  });

  it('a failed change whose summary a later write of its bucket carried to disk is put right by the next read', async () => {
    const db = await openTestDatabase();
    const storage = openStorage(db, testSealer);
    const { plans } = storage;
    // Two plans whose summaries share a bucket row.
    const ids = Array.from({ length: 200 }, (_, i) => `plan-${i}`);
    const a = ids[0]!;
    const b = ids.find((id) => id !== a && bucketOf(id) === bucketOf(a))!;
    await plans.putMany([plan(a, 'Anna'), plan(b, 'Bo')]);
    await plans.summaries();
    // Both changes are prepared (their summaries staged) before the first one fails.
    const failed = plans.prepare(plan(a, 'Annika'));
    const later = plans.prepare(plan(b, 'Bosse'));
    failing.add('plans');
    await expect(storage.commitTogether(failed)).rejects.toThrow(/Writes fail/u);
    failing.clear();
    await storage.commitTogether(later);
    // The bucket on disk carried "Annika", but plan a is still Anna: the lists say so, now and on a fresh read.
    const names = (list: PlanSummary[]) => byId(list).map((s) => s.person.name);
    expect((await plans.get(a))!.person.name).toBe('Anna');
    expect(names(await plans.summaries())).toEqual(byId([summarize(plan(a, 'Anna')), summarize(plan(b, 'Bosse'))]).map((s) => s.person.name));
    await eventually(async () => expect(names((await readFresh(db)).summaries)).toEqual(names(await plans.summaries())));
  });

  it('shows a pending (uncommitted) write, as the plan itself does', async () => {
    const { plans } = await setUp();
    await plans.put(plan('a', 'Anna'));
    await plans.summaries();
    failing.add('plans');
    const write = plans.prepareWrite({ ...plan('a', 'Anna Skriven'), updatedAt: '2026-11-05T00:00:00.000Z' });
    await expect(write.commit()).rejects.toThrow();
    expect((await plans.get('a'))!.person.name).toBe('Anna Skriven');
    expect((await plans.summaries()).map((s) => s.person.name)).toEqual(['Anna Skriven']);
    // Read again from what is stored, the pending bucket is seen too.
    plans.forgetSummaries();
    expect((await plans.summaries()).map((s) => s.person.name)).toEqual(['Anna Skriven']);
    failing.clear();
    await write.commit();
  });

  it('deleting a plan removes its summary with it, in one transaction', async () => {
    const { db, plans, meetings } = await setUp();
    const { plan: held, meeting } = heldMeeting();
    await plans.putMany([held, plan('other', 'Kvar')]);
    await meetings.put(meeting);
    failing.add('planIndex');
    await expect(plans.remove(held.id)).rejects.toThrow();
    failing.clear();
    expect(await db.plans.get(held.id)).toBeDefined();
    expect(await db.meetings.get(meeting.id)).toBeDefined();
    await plans.remove(held.id);
    expect(await db.plans.get(held.id)).toBeUndefined();
    expect(await db.meetings.get(meeting.id)).toBeUndefined();
    expect((await plans.summaries()).map((s) => s.id)).toEqual(['other']);
    await eventually(async () => {
      const fresh = await readFresh(db);
      expect(fresh.summaries.map((s) => s.id)).toEqual(['other']);
      expect(fresh.plansOpened).toBe(0);
    });
  });

  it('is rebuilt from the plans when out of step, and then read without opening plans', async () => {
    const { db, plans } = await setUp();
    await plans.putMany([plan('a', 'Anna'), plan('b', 'Bo')]);
    // A plan stored without its summary (a fault): the list shows the index, whose check, once it
    // is shown, finds it out of step; read again, it is rebuilt from the plans.
    await db.plans.put(await sealRow(testSealer, 'plans', { ...(await import('../../src/storage/planRepository')).toRecord(plan('c', 'Cilla')) }));
    const { sealer, plansOpened } = countingSealer();
    const reader = createPlanRepository(db, sealer);
    expect(byId(await reader.summaries()).map((s) => s.person.name)).toEqual(['Anna', 'Bo']);
    expect(await reader.summariesInStep()).toBe(false);
    expect(byId(await reader.summaries()).map((s) => s.person.name)).toEqual(['Anna', 'Bo', 'Cilla']);
    expect(plansOpened()).toBe(3);
    expect(await reader.summariesInStep()).toBe(true);
    await eventually(async () => expect((await readFresh(db)).plansOpened).toBe(0));
    // A summary of a plan that is gone (deleted behind the index's back) is found the same way.
    await db.plans.delete('c');
    const again = createPlanRepository(db, testSealer);
    expect((await again.summaries()).length).toBe(3);
    expect(await again.summariesInStep()).toBe(false);
    expect(byId(await again.summaries()).map((s) => s.person.name)).toEqual(['Anna', 'Bo']);
    await eventually(async () => expect((await readFresh(db)).summaries.map((s) => s.person.name)).toEqual(['Anna', 'Bo']));
    await db.plans.put(await sealRow(testSealer, 'plans', { ...(await import('../../src/storage/planRepository')).toRecord(plan('c', 'Cilla')) }));
    // A screen other than the list reads them checked first: right at once.
    const third = createPlanRepository(db, testSealer);
    expect(byId(await third.checkedSummaries()).map((s) => s.person.name)).toEqual(['Anna', 'Bo', 'Cilla']);
    await eventually(async () => expect((await readFresh(db)).plansOpened).toBe(0));
    let fresh = await readFresh(db);
    expect(fresh.summaries.map((s) => s.person.name)).toEqual(['Anna', 'Bo', 'Cilla']);

    // A bucket that cannot be opened.
    const bucket = bucketOf('a');
    const row = (await db.planIndex.get(bucket))!;
    await db.planIndex.put({ ...row, sealed: (await sealRow(testSealer, 'planIndex', { ...row, format: 1, id: 'elsewhere', data: [] })).sealed } as typeof row);
    fresh = await readFresh(db);
    expect(fresh.summaries.map((s) => s.person.name)).toEqual(['Anna', 'Bo', 'Cilla']);
    expect(fresh.plansOpened).toBe(3);
    await eventually(async () => expect((await readFresh(db)).plansOpened).toBe(0));

    // A bucket whose clear count is not what it holds, and a summary of another version.
    await db.planIndex.update(bucket, { count: 99 });
    expect((await readFresh(db)).plansOpened).toBe(3);
    await eventually(async () => expect((await readFresh(db)).plansOpened).toBe(0));
    await db.planIndex.update(bucket, { summaryVersion: 0 });
    expect((await readFresh(db)).plansOpened).toBe(3);
    await eventually(async () => expect(await db.planIndex.count()).toBe(BUCKETS));
  });

  it('a check that meets a write under way holds nothing against the index, and the write lands', async () => {
    const { plans } = await setUp();
    await plans.put(plan('a', 'Anna'));
    await plans.summaries();
    failing.add('plans');
    const write = plans.prepareWrite({ ...plan('b', 'Bo'), updatedAt: '2026-11-05T00:00:00.000Z' });
    await expect(write.commit()).rejects.toThrow();
    // Bo is in the index and not yet among the stored plans: not a fault, so not dropped.
    expect(await plans.summariesInStep()).toBe(true);
    expect(byId(await plans.summaries()).map((s) => s.id)).toEqual(['a', 'b']);
    failing.clear();
    await write.commit();
    expect(await plans.summariesInStep()).toBe(true);
  });

  it('a plan written before the index was read this session leaves a marker, cleared once the index is read', async () => {
    const { db } = await setUp();
    await createPlanRepository(db, testSealer).putMany([plan('a', 'Anna'), plan('b', 'Bo')]);
    // A new session's autosave writes before any list was read (a put reads the index first).
    const plans = createPlanRepository(db, testSealer);
    await plans.prepareWrite({ ...plan('a', 'Anna Ändrad'), updatedAt: '2026-11-09T00:00:00.000Z' }).commit();
    expect((await plans.summaries()).map((s) => s.person.name).sort()).toEqual(['Anna Ändrad', 'Bo']);
    await eventually(async () => expect((await db.planIndex.toCollection().primaryKeys()).filter((id) => id.startsWith('stale:'))).toEqual([]));
    const fresh = await readFresh(db);
    expect(fresh.plansOpened).toBe(0);
    expect(fresh.summaries.map((s) => s.person.name)).toEqual(['Anna Ändrad', 'Bo']);
  });

  it("another session's marker (a session that ended before it could write the index) makes the next read rebuild", async () => {
    const { db, plans } = await setUp();
    await plans.putMany([plan('a', 'Anna')]);
    // That session wrote the plan and its marker, and no bucket.
    const changed = { ...plan('a', 'Anna Ändrad'), updatedAt: '2026-11-09T00:00:00.000Z' };
    const toRecord = (await import('../../src/storage/planRepository')).toRecord;
    await db.plans.put(await sealRow(testSealer, 'plans', toRecord(changed)));
    await db.planIndex.put(await sealRow(testSealer, 'planIndex', markerRecord('gone')));
    const fresh = await readFresh(db);
    expect(fresh.plansOpened).toBe(1);
    expect(fresh.summaries.map((s) => s.person.name)).toEqual(['Anna Ändrad']);
  });
});
