// The application layer (src/app): each use case against a real IndexedDB (fake-indexeddb), the
// test sealer and a real autosave queue. What a command writes is read back through a second set
// of commands over the same database, as the next page load would see it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createCommands } from '../../src/app/createApp';
import { lockCommands } from '../../src/app/lock';
import { settingCommands } from '../../src/app/settings';
import { createVault } from '../../src/storage/vault';
import { createAppStateRepository } from '../../src/storage/appStateRepository';
import { agreedAt } from '../../src/domain/agreedPlan';
import { newDeviation } from '../../src/domain/deviations';
import { newGoal } from '../../src/domain/meeting';
import type { SipDatabase } from '../../src/storage/db';
import { toMeetingRecord } from '../../src/storage/meetingRepository';
import { toRecord } from '../../src/storage/planRepository';
import { createWriteQueue } from '../../src/storage/writeQueue';
import { FOLLOW_UP_CIRCLE, SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { heldMeeting } from '../fixtures/heldMeeting';
import { refuseAsUpgrading, useTestDatabases } from './testDatabases';
import { testSealer } from './testSealer';

const { failing, open: openTestDatabase } = useTestDatabases('app');

async function setUp() {
  const db = await openTestDatabase();
  const autosave = createWriteQueue({ delayMs: 1_000_000, retryMs: 1_000_000 });
  return {
    db,
    autosave,
    app: createCommands({ db, sealer: testSealer, autosave }),
    settings: settingCommands(createAppStateRepository(db)),
    /** Commands of a second page over the same database: what is on disk, nothing pending. */
    reopened: () => ({ ...createCommands({ db, sealer: testSealer, autosave: createWriteQueue() }), settings: settingCommands(createAppStateRepository(db)) }),
  };
}

/** A plan ready for its SIP meeting, and the meeting started and given a goal. */
async function runningSip(app: ReturnType<typeof createCommands>) {
  const plan = await app.plans.create(new Date('2026-11-20T09:00:00Z'));
  plan.person.name = 'Łucja Nowak';
  void app.plans.autosave(plan);
  const meeting = await app.meetings.start({ plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60 });
  meeting.goals = [{ ...newGoal('g-1', 'lang'), text: 'Łucja går i skolan varje dag.' }];
  meeting.followUp = { date: '2027-02-15', startTime: '13:00', place: 'Skolan' };
  void app.meetings.autosave(meeting);
  return { plan, meeting };
}

describe('plans', () => {
  it('creates a plan at once, keeps edits through autosave, and deletes it for good with its unwritten edits', async () => {
    const { app, autosave, reopened } = await setUp();
    const plan = await app.plans.create();
    expect(await reopened().plans.get(plan.id)).toEqual(plan);

    plan.preparation.whatMatters = 'Att få bo kvar hemma';
    void app.plans.autosave(plan);
    // Pending, it is what a reader of this page sees; written, what the next page sees.
    expect((await app.plans.get(plan.id))?.preparation.whatMatters).toBe('Att få bo kvar hemma');
    expect(await autosave.flush()).toBe(true);
    expect((await reopened().plans.get(plan.id))?.preparation.whatMatters).toBe('Att få bo kvar hemma');

    // An edit typed just before the plan is deleted is not written back afterwards.
    plan.preparation.purpose = 'Skrivet precis före';
    void app.plans.autosave(plan);
    await app.plans.delete(plan.id);
    await autosave.flush();
    expect(await reopened().plans.get(plan.id)).toBeUndefined();
    expect(await reopened().plans.count()).toBe(0);
  });

  it('closes a plan (read-only, with its reason) and starts a new SIP for the same person', async () => {
    const { app, reopened } = await setUp();
    const { plan, meeting } = await runningSip(app);
    await app.meetings.hold(meeting, Date.parse('2026-11-23T10:00:00Z'));
    const held = (await app.plans.get(plan.id))!;
    const closing = { date: '2027-06-01', reason: 'malen-uppnadda' as const, reasonText: '', whereToTurn: 'Socialtjänsten' };

    const closed = await app.plans.close(held, closing, new Date('2027-06-01T12:00:00Z'));
    expect(closed?.status).toBe('avslutad');
    expect(await reopened().plans.get(plan.id)).toEqual(closed);
    expect(await app.plans.close(closed!, closing)).toBeNull();

    const next = await app.plans.startNewSip(closed!, new Date('2027-09-01T08:00:00Z'));
    expect(next.id).not.toBe(plan.id);
    expect(next.status).toBe('forberedelse');
    expect(next.person.name).toBe('Łucja Nowak');
    expect(next.agreed).toBeNull();
    expect(await reopened().plans.get(next.id)).toEqual(next);
  });
});

describe('meetings', () => {
  it('starts the plan’s own meeting once: the running one is continued, not a second started', async () => {
    const { app } = await setUp();
    const plan = await app.plans.create();
    const first = (await app.meetings.startOrContinue(plan))!;
    expect((await app.meetings.get(first))?.kind).toBe('sip');
    expect(await app.meetings.startOrContinue(plan)).toBe(first);
    expect((await app.meetings.running()).map((m) => m.id)).toEqual([first]);
    expect((await app.meetings.open(first))?.plan.id).toBe(plan.id);
    const closed = { ...plan, status: 'avslutad' as const };
    expect(await app.meetings.startOrContinue(closed)).toBe(first);
  });

  it('holds a meeting: the meeting, the plan as agreed (version 1) and the version in one change; the follow-up starts from it', async () => {
    const { app, reopened } = await setUp();
    const { plan, meeting } = await runningSip(app);
    const now = Date.parse('2026-11-23T10:00:00Z');

    const held = await app.meetings.hold(meeting, now);

    const disk = reopened();
    expect(await disk.meetings.get(meeting.id)).toEqual(held);
    expect(held.status).toBe('hallet');
    const after = (await disk.plans.get(plan.id))!;
    expect(after.status).toBe('aktiv');
    expect(after.agreed).toEqual(agreedAt(held, 1));
    expect(after.agreed?.goals.map((g) => g.text)).toEqual(['Łucja går i skolan varje dag.']);
    expect(after.booking.date).toBe('2027-02-15');
    const versions = await disk.versions.ofPlan(plan.id);
    expect(versions.map((v) => [v.number, v.meetingId])).toEqual([[1, meeting.id]]);
    expect(versions[0]?.plan.agreed?.version).toBe(1);

    // The follow-up continues the plan as agreed: the same goals (same ids), a review of version 1.
    const followUp = (await app.meetings.get((await app.meetings.startOrContinue(after))!))!;
    expect(followUp.kind).toBe('uppfoljning');
    expect(followUp.templateId).toBe(FOLLOW_UP_CIRCLE.id);
    expect(followUp.goals).toEqual(after.agreed?.goals);
    expect(followUp.review?.ofVersion).toBe(1);
    const second = await app.meetings.hold(followUp, Date.parse('2027-02-15T14:00:00Z'));
    expect((await disk.plans.get(plan.id))?.agreed?.version).toBe(2);
    expect((await disk.versions.ofPlan(plan.id)).map((v) => v.meetingId)).toEqual([meeting.id, second.id]);
  });

  it('an interrupted hold changes nothing: meeting, plan and version are written together or not at all', async () => {
    const { app, autosave, reopened } = await setUp();
    const { plan, meeting } = await runningSip(app);
    await autosave.flush();
    const planBefore = await reopened().plans.get(plan.id);
    const meetingBefore = await reopened().meetings.get(meeting.id);
    failing.add('versions');

    await expect(app.meetings.hold(meeting, Date.parse('2026-11-23T10:00:00Z'))).rejects.toThrow();

    for (const view of [app, reopened()]) {
      expect(await view.plans.get(plan.id)).toEqual(planBefore);
      expect(await view.meetings.get(meeting.id)).toEqual(meetingBefore);
      expect(await view.versions.ofPlan(plan.id)).toEqual([]);
    }
    // The disk works again: the same hold now goes through whole.
    failing.clear();
    await app.meetings.hold(meeting, Date.parse('2026-11-23T10:05:00Z'));
    expect((await reopened().plans.get(plan.id))?.agreed?.version).toBe(1);
    expect(await reopened().versions.ofPlan(plan.id)).toHaveLength(1);
  });
});

describe('older data', () => {
  /** A plan held by an app before versions and the agreed plan existed, stored readable as it was then. */
  async function storeOlderPlan(db: SipDatabase) {
    const { plan, meeting } = heldMeeting();
    plan.agreed = null;
    await db.plans.put(toRecord(plan));
    await db.meetings.put(toMeetingRecord(meeting));
    return { plan, meeting };
  }

  it('reading versions never writes; the upgrade after unlock fixes the missing version and the agreed plan once', async () => {
    const { app, db, reopened } = await setUp();
    const { plan, meeting } = await storeOlderPlan(db);
    expect(await app.versions.ofPlan(plan.id)).toEqual([]);
    expect(await db.versions.count()).toBe(0);

    await app.upgrades.afterUnlock(true);

    const versions = await reopened().versions.ofPlan(plan.id);
    expect(versions.map((v) => [v.number, v.meetingId])).toEqual([[1, meeting.id]]);
    expect((await reopened().plans.get(plan.id))?.agreed).toEqual(agreedAt(meeting, 1));

    // Done once: a plan stored readable later is only upgraded when it is found (at the next unlock).
    const other = heldMeeting();
    other.plan.id = 'plan-later';
    other.meeting.id = 'meeting-later';
    other.meeting.planId = 'plan-later';
    other.plan.agreed = null;
    await db.plans.put({ ...toRecord(other.plan) });
    await app.upgrades.afterUnlock(false);
    expect(await reopened().versions.ofPlan('plan-later')).toEqual([]);
    await db.meetings.put(toMeetingRecord(other.meeting));
    await app.upgrades.afterUnlock(true);
    expect((await reopened().plans.get('plan-later'))?.agreed?.version).toBe(1);
  });

  it('a backup restored from an older app is brought up to date too', async () => {
    const { app, db } = await setUp();
    await storeOlderPlan(db);
    const backups = await app.backups();
    const saved = await backups.save('ett långt lösenord för testet');
    expect(saved?.plans).toBe(1);

    const fresh = await setUp();
    const report = await (await fresh.app.backups()).restore(saved!.file, 'ett långt lösenord för testet');
    expect(report?.plans.added).toBe(1);
    const [summary] = await fresh.app.plans.summaries();
    const plan = await fresh.app.plans.get(summary!.id);
    expect(plan?.agreed?.version).toBe(1);
    expect(await fresh.app.versions.ofPlan(plan!.id)).toHaveLength(1);
  });
});

describe('backups', () => {
  it('a restore waits until every edit is written: while one is still to be retried it is refused, with nothing changed', async () => {
    const { app, autosave, reopened } = await setUp();
    const plan = await app.plans.create(new Date('2026-11-20T09:00:00Z'));
    plan.person.name = 'Ayşe Çelik';
    void app.plans.autosave(plan);
    expect(await autosave.flush()).toBe(true);
    const backups = await app.backups();
    const saved = await backups.save('ett långt lösenord för testet');

    // Typed after the backup was made, and the disk refuses it for now.
    plan.person.name = 'Ayşe Çelik-Yılmaz';
    void app.plans.autosave(plan);
    failing.add('plans');
    expect(await backups.restore(saved!.file, 'ett långt lösenord för testet')).toBeNull();
    expect((await reopened().plans.get(plan.id))?.person.name).toBe('Ayşe Çelik');

    // The disk works again: the edit is written first, and the backup's older plan does not replace it.
    failing.clear();
    const report = await backups.restore(saved!.file, 'ett långt lösenord för testet');
    expect(report?.plans).toEqual({ added: 0, updated: 0, kept: 1 });
    expect((await reopened().plans.get(plan.id))?.person.name).toBe('Ayşe Çelik-Yılmaz');
  });
});

describe('the lock', () => {
  /** The lock over a real vault, with the commands behind it sealing through that vault. */
  function lockedApp(db: SipDatabase, autosave: ReturnType<typeof createWriteQueue>) {
    const vault = createVault(db);
    const commands = createCommands({ db, sealer: vault.sealer, autosave });
    return { commands, lock: lockCommands(db, vault, async () => commands) };
  }

  it('chooses a passcode, locks, refuses a wrong one, and unlocking brings an older app’s held plan up to date', async () => {
    const { db, autosave } = await setUp();
    const { plan, meeting } = heldMeeting();
    plan.agreed = null;
    await db.plans.put(toRecord(plan));
    await db.meetings.put(toMeetingRecord(meeting));
    const { commands, lock } = lockedApp(db, autosave);

    expect(await lock.hasPasscode()).toBe(false);
    expect(await lock.storedPlans()).toBe(1);
    await lock.create('482915');
    // Choosing the passcode sealed what was readable, and the held meeting got its version and agreed plan.
    expect((await db.plans.get(plan.id))?.format).toBe(2);
    expect((await commands.plans.get(plan.id))?.agreed).toEqual(agreedAt(meeting, 1));
    expect(await commands.versions.ofPlan(plan.id)).toHaveLength(1);

    lock.lock();
    await expect(commands.plans.get(plan.id)).rejects.toThrow();
    expect(await lock.unlock('000000')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await lock.unlock('482915', Date.now() + 60 * 60_000)).toEqual({ ok: true });
    expect((await commands.plans.get(plan.id))?.person.name).toBe(plan.person.name);
    expect(await lock.changePasscode('482915', '135790')).toBe(true);

    await lock.eraseEverything();
    expect((await Dexie.getDatabaseNames()).includes(db.name)).toBe(false);
  });

  it('reads the summaries’ sealed rows while the passcode is tried, so the list after it only opens them', async () => {
    const { db, autosave } = await setUp();
    const { commands, lock } = lockedApp(db, autosave);
    await lock.create('482915');
    const plan = await commands.plans.create();
    await commands.plans.autosave({ ...plan, person: { ...plan.person, name: 'Anna' } });
    expect(await autosave.flush()).toBe(true);
    // Locked as the app locks: the key and the decrypted summaries go.
    lock.lock();
    commands.plans.forgetSummaries();
    const asked = refuseAsUpgrading(db, () => false);
    expect(await lock.unlock('482915')).toEqual({ ok: true });
    expect(asked).toContainEqual(['planIndex']);
    asked.length = 0;
    expect((await commands.plans.summaries()).map((s) => s.person.name)).toEqual(['Anna']);
    expect(asked).not.toContainEqual(['planIndex']);
  });

  it('finds an older app’s held meeting stored without its lookup key: the keys are rebuilt before the unlock looks', async () => {
    const { db, autosave } = await setUp();
    const { commands, lock } = lockedApp(db, autosave);
    // The device has run this app's upgrade once already.
    await lock.create('482915');
    lock.lock();
    const { plan, meeting } = heldMeeting();
    plan.agreed = null;
    await db.plans.put(toRecord(plan));
    // Written around the app's storage, as the browser tests seed an older app's rows: no key row.
    await new Promise((resolve, reject) => {
      const tx = db.backendDB().transaction('meetings', 'readwrite');
      tx.objectStore('meetings').put(toMeetingRecord(meeting));
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    });
    expect(await db.meetingKeys.count()).toBe(0);

    expect(await lock.unlock('482915')).toEqual({ ok: true });
    expect(await db.meetingKeys.get(meeting.id)).toEqual({ id: meeting.id, planId: plan.id, status: 'hallet', format: 2 });
    expect((await db.meetings.get(meeting.id))?.format).toBe(2);
    // Found readable, so the upgrade ran again: the held meeting got its version and agreed plan.
    expect((await commands.plans.get(plan.id))?.agreed).toEqual(agreedAt(meeting, 1));
  });
});

describe('deviations and settings', () => {
  it('registers and removes a deviation; lists it with its plan', async () => {
    const { app, reopened } = await setUp();
    const plan = await app.plans.create();
    const deviation = { ...newDeviation('d-1', plan.id, '2026-11-20', new Date('2026-11-20T08:00:00Z')), parties: 'Skolan', description: 'Kom inte' };
    await app.deviations.register(deviation, new Date('2026-11-21T09:00:00Z'));
    const { deviations, plans } = await reopened().deviations.listWithPlans();
    expect(deviations).toEqual([{ ...deviation, createdAt: '2026-11-21T09:00:00.000Z', updatedAt: '2026-11-21T09:00:00.000Z' }]);
    expect(plans.map((p) => p.id)).toEqual([plan.id]);
    await app.deviations.remove('d-1');
    expect(await reopened().deviations.ofPlan(plan.id)).toEqual([]);
  });

  it('keeps where the chair was, the gallring period and the auto-lock rules; refuses what is not one of them', async () => {
    const { settings: app, db, reopened } = await setUp();
    expect(await app.lastRoute()).toBeUndefined();
    await app.rememberRoute('/plan/x/person');
    expect(await reopened().settings.lastRoute()).toBe('/plan/x/person');
    await db.appState.put({ key: 'lastRoute', value: 'https://annan.example/' });
    expect(await app.lastRoute()).toBeUndefined();

    expect(await app.retentionMonths()).toBe(0);
    await app.setRetentionMonths(24);
    expect(await reopened().settings.retentionMonths()).toBe(24);
    await db.appState.put({ key: 'retentionMonths', value: 7 });
    expect(await app.retentionMonths()).toBe(0);

    const autoLock = await app.autoLock();
    await app.setAutoLock({ ...autoLock, idleMinutes: 2 });
    expect((await reopened().settings.autoLock()).idleMinutes).toBe(2);
  });
});
