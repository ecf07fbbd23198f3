// The vault: a passcode chosen once, unlock and lock, the growing wait after wrong passcodes that a
// reload does not reset, a passcode change that rewrites no row, and rows stored readable by an
// older version sealed on the first unlock.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SipDatabase } from '../../src/storage/db';
import { createMeetingRepository, toMeetingRecord } from '../../src/storage/meetingRepository';
import { createPlanRepository, toRecord } from '../../src/storage/planRepository';
import { createVault, LockedError } from '../../src/storage/vault';
import { heldMeeting } from '../fixtures/heldMeeting';

const PASSCODE = '482915';
let n = 0;
const databases: SipDatabase[] = [];

function freshDatabase(): SipDatabase {
  const db = openDatabase(`vault-test-${++n}-${Math.random().toString(36).slice(2)}`);
  databases.push(db);
  return db;
}

afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

describe('vault', () => {
  it('a passcode is chosen once; locking drops the key, so nothing sealed can be read or written until unlocked', async () => {
    const db = freshDatabase();
    const vault = createVault(db);
    const plans = createPlanRepository(db, vault.sealer);
    expect(await vault.hasPasscode()).toBe(false);
    await vault.create(PASSCODE);
    expect(vault.unlocked).toBe(true);
    expect(await vault.hasPasscode()).toBe(true);
    await expect(vault.create('999999')).rejects.toThrow();

    const { plan } = heldMeeting();
    await plans.put(plan);
    vault.lock();
    expect(vault.unlocked).toBe(false);
    await expect(plans.get(plan.id)).rejects.toBeInstanceOf(LockedError);
    await expect(plans.put(plan)).rejects.toBeInstanceOf(LockedError);
    expect(() => plans.prepareWrite(plan)).toThrow(LockedError);

    // Another vault on the same database is a reload: it starts locked.
    const reloaded = createVault(db);
    expect(reloaded.unlocked).toBe(false);
    expect(await reloaded.unlock(PASSCODE)).toEqual({ ok: true, olderMeetings: false });
    expect(await createPlanRepository(db, reloaded.sealer).get(plan.id)).toStrictEqual(plan);
  }, 30_000);

  it('wrong passcodes: three free tries, then a wait that a reload does not reset and that the right passcode must also respect', async () => {
    const db = freshDatabase();
    await createVault(db).create(PASSCODE);
    const vault = createVault(db);
    const t0 = Date.parse('2026-11-23T10:00:00Z');
    expect(await vault.unlock('111111', t0)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await vault.unlock('222222', t0 + 1000)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await vault.unlock('333333', t0 + 2000)).toEqual({ ok: false, reason: 'wrong', waitMs: 30_000 });

    const reloaded = createVault(db);
    expect(await reloaded.waitRemaining(t0 + 12_000)).toBe(20_000);
    expect(await reloaded.unlock(PASSCODE, t0 + 12_000)).toEqual({ ok: false, reason: 'wait', waitMs: 20_000 });
    expect(reloaded.unlocked).toBe(false);
    // After the wait, the fourth wrong passcode doubles it.
    expect(await reloaded.unlock('444444', t0 + 32_000)).toEqual({ ok: false, reason: 'wrong', waitMs: 60_000 });
    expect(await reloaded.unlock(PASSCODE, t0 + 92_000)).toEqual({ ok: true, olderMeetings: false });
    // The right passcode starts the count again.
    expect(await createVault(db).waitRemaining(t0 + 92_000)).toBe(0);
    expect(await createVault(db).unlock('555555', t0 + 93_000)).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
  }, 60_000);

  it('changing the passcode rewrites no row, and every row stays readable under the new one only', async () => {
    const db = freshDatabase();
    const vault = createVault(db);
    await vault.create(PASSCODE);
    const { plan, meeting } = heldMeeting();
    await createPlanRepository(db, vault.sealer).put(plan);
    await createMeetingRepository(db, vault.sealer).put(meeting);
    const rowsBefore = [await db.plans.toArray(), await db.meetings.toArray()];

    expect(await vault.changePasscode('000000', 'en lång lösenfras')).toBe(false);
    expect(await vault.changePasscode(PASSCODE, 'en lång lösenfras')).toBe(true);
    expect([await db.plans.toArray(), await db.meetings.toArray()]).toStrictEqual(rowsBefore);

    const reloaded = createVault(db);
    expect((await reloaded.unlock(PASSCODE)).ok).toBe(false);
    expect(await reloaded.unlock('en lång lösenfras')).toEqual({ ok: true, olderMeetings: false });
    expect(await createPlanRepository(db, reloaded.sealer).get(plan.id)).toStrictEqual(plan);
    expect(await createMeetingRepository(db, reloaded.sealer).get(meeting.id)).toStrictEqual(meeting);
  }, 60_000);

  it('rows stored readable before sealing existed are sealed when the passcode is chosen, and read the same', async () => {
    const db = freshDatabase();
    const { plan, meeting } = heldMeeting();
    await db.plans.put(toRecord(plan));
    await db.meetings.put(toMeetingRecord(meeting));
    const vault = createVault(db);
    // The lock hears of the older app's meetings: its held plans get their versions (app/upgrades.ts).
    expect(await vault.create(PASSCODE)).toEqual({ olderMeetings: true });
    const stored = [...(await db.plans.toArray()), ...(await db.meetings.toArray())];
    expect(stored.map((row) => row.format)).toEqual([2, 2]);
    const raw =
      JSON.stringify(stored.map((row) => ({ ...row, sealed: undefined }))) +
      stored.map((row) => row.format === 2 && new TextDecoder().decode(row.sealed.data)).join();
    for (const secret of ['Łucja', '20121212', 'Socialtjänsten']) expect(raw).not.toContain(secret);
    expect(await createPlanRepository(db, vault.sealer).get(plan.id)).toStrictEqual(plan);
    expect(await createMeetingRepository(db, vault.sealer).get(meeting.id)).toStrictEqual(meeting);
  }, 30_000);

  it('a readable row left by an older version is sealed on the next unlock too', async () => {
    const db = freshDatabase();
    await createVault(db).create(PASSCODE);
    const { plan } = heldMeeting();
    await db.plans.put(toRecord(plan));
    const vault = createVault(db);
    expect(await vault.unlock(PASSCODE)).toEqual({ ok: true, olderMeetings: false });
    expect((await db.plans.get(plan.id))!.format).toBe(2);
    expect(await createPlanRepository(db, vault.sealer).get(plan.id)).toStrictEqual(plan);
  }, 30_000);
});
