// A database written by an old release must open in the current one with nothing lost.
// The fixture is written with a frozen copy of the version-1 schema and literal records, exactly as
// release 1 stored them: nothing here is derived from the app's current schema or storage code.
import 'fake-indexeddb/auto';
import { testSealer } from './testSealer';
import { afterEach, describe, it, expect, vi } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, type SipDatabase } from '../../src/storage/db';
import { createPlanRepository, toRecord } from '../../src/storage/planRepository';
import { BUCKETS } from '../../src/storage/planIndex';
import type { Sealer } from '../../src/storage/sealedRows';
import { summarize, type PlanSummary } from '../../src/domain/planSummary';
import { createAppStateRepository } from '../../src/storage/appStateRepository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/storage/schema';
import { createVault } from '../../src/storage/vault';
import { createVersionRepository } from '../../src/storage/versionRepository';
import { sealRow } from '../../src/storage/sealedRows';
import { toMeetingRecord } from '../../src/storage/meetingRepository';
import { fixVersion } from '../../src/domain/versions';
import { createMeetingRepository } from '../../src/storage/meetingRepository';
import { newMeeting } from '../../src/domain/meeting';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import type { Plan } from '../../src/domain/plan';

/** Frozen copy of schema version 1. Never edit: it is what release 1 created on users' devices. */
const SCHEMA_V1 = Object.freeze({
  plans: 'id, status, updatedAt, nextMeetingAt',
  appState: 'key',
});

const LONG = 'Viktigt för mig är att få gå i skolan. '.repeat(400); // 15 600 chars

/** Rows as release 1 stored them (PlanRecord format 1). */
const V1_PLAN_ROWS = [
  {
    id: '0b6f1a52-7c1e-4d2a-9a43-1f2e3d4c5b6a',
    status: 'aktiv',
    updatedAt: '2026-02-10T10:20:30.400Z',
    nextMeetingAt: '2026-03-01T13:30',
    format: 1,
    data: {
      createdAt: '2026-01-05T09:00:00.000Z',
      person: {
        name: 'Łucja Ørsted-Şahin',
        birthDate: '2012-12-12',
        idNumber: '121212-1212',
        contact: { phone: '+46 70-123 45 67', email: 'lucja@example.se', address: 'Storgatan 1, Småstad' },
        representatives: [
          {
            id: 'r1',
            kind: 'vardnadshavare',
            name: 'Nguyễn Thị Hằng',
            contact: { phone: '070-765 43 21', email: 'hang@example.vn', address: '' },
          },
          { id: 'r2', kind: 'fullmakt', name: 'فاطمة الزهراء', contact: { phone: '', email: '', address: '' } },
        ],
      },
      preparation: {
        whatMatters: LONG,
        purpose: 'Samordna skola och BUP 🏫',
        questions: [
          { id: 'q1', text: 'Vem ringer mig?' },
          { id: 'q2', text: '' },
        ],
        practical: {
          interpreterNeeded: true,
          interpreterLanguage: 'vietnamesiska',
          relativePresent: false,
          relativeName: '',
          cognitiveSupport: 'Bildstöd',
          notToDiscuss: 'Skilsmässan',
        },
      },
      participants: [
        {
          id: 'p1',
          name: 'Örjan Öst',
          organisation: 'Socialtjänsten',
          principal: 'kommun',
          principalOther: '',
          role: 'handläggare',
          phone: '010-111 22 33',
          email: 'orjan@kommun.se',
          invitation: 'bekraftad',
          substituteName: '',
          isChair: true,
          isNoteTaker: false,
        },
        {
          id: 'p2',
          name: 'Kim Berg',
          organisation: 'Försäkringskassan',
          principal: 'annan',
          principalOther: 'Försäkringskassan',
          role: 'samordnare',
          phone: '',
          email: '',
          invitation: 'ersattare',
          substituteName: 'Eva Ek',
          isChair: false,
          isNoteTaker: true,
        },
      ],
      consents: [
        {
          id: 'c1',
          givenBy: 'vardnadshavare',
          givenByName: 'Nguyễn Thị Hằng',
          form: 'skriftligt',
          date: '2026-01-05',
          scopes: [
            { id: 's1', party: 'Socialtjänsten', information: 'Beslut om insatser' },
            { id: 's2', party: 'BUP', information: 'Diagnos' },
          ],
          notShared: 'Gamla journaler',
          validUntil: '2027-01-05',
          withdrawn: false,
          withdrawnDate: '',
        },
        {
          id: 'c2',
          givenBy: 'personen',
          givenByName: '',
          form: 'muntligt',
          date: '2026-01-06',
          scopes: [{ id: 's3', party: 'Skolan', information: 'Närvaro' }],
          notShared: '',
          validUntil: '2026-06-30',
          withdrawn: true,
          withdrawnDate: '2026-02-01',
        },
      ],
      booking: {
        date: '2026-03-01',
        startTime: '13:30',
        durationMinutes: 90,
        place: 'Familjecentralen',
        videoLink: 'https://meet.example.se/abc',
      },
    },
  },
  {
    id: 'f3e2d1c0-b9a8-4765-8432-10fedcba9876',
    status: 'forberedelse',
    updatedAt: '2026-02-11T07:00:00.000Z',
    nextMeetingAt: '',
    format: 1,
    data: {
      createdAt: '2026-02-11T07:00:00.000Z',
      person: {
        name: '',
        birthDate: '',
        idNumber: '',
        contact: { phone: '', email: '', address: '' },
        representatives: [],
      },
      preparation: {
        whatMatters: '',
        purpose: '',
        questions: [],
        practical: {
          interpreterNeeded: false,
          interpreterLanguage: '',
          relativePresent: false,
          relativeName: '',
          cognitiveSupport: '',
          notToDiscuss: '',
        },
      },
      participants: [],
      consents: [],
      booking: { date: '', startTime: '', durationMinutes: 60, place: '', videoLink: '' },
    },
  },
];

const V1_APP_STATE_ROWS = [
  { key: 'lastScreen', value: '/plan/0b6f1a52-7c1e-4d2a-9a43-1f2e3d4c5b6a/samtycke' },
  { key: 'settings', value: { textSize: 'large', seenIntro: true } },
];

/** What the current release must read back: the domain objects, written out by hand. */
const EXPECTED_PLANS: Plan[] = [
  {
    id: '0b6f1a52-7c1e-4d2a-9a43-1f2e3d4c5b6a',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-02-10T10:20:30.400Z',
    status: 'aktiv',
    person: {
      name: 'Łucja Ørsted-Şahin',
      birthDate: '2012-12-12',
      idNumber: '121212-1212',
      contact: { phone: '+46 70-123 45 67', email: 'lucja@example.se', address: 'Storgatan 1, Småstad' },
      representatives: [
        {
          id: 'r1',
          kind: 'vardnadshavare',
          name: 'Nguyễn Thị Hằng',
          contact: { phone: '070-765 43 21', email: 'hang@example.vn', address: '' },
        },
        { id: 'r2', kind: 'fullmakt', name: 'فاطمة الزهراء', contact: { phone: '', email: '', address: '' } },
      ],
    },
    preparation: {
      whatMatters: LONG,
      purpose: 'Samordna skola och BUP 🏫',
      questions: [
        { id: 'q1', text: 'Vem ringer mig?' },
        { id: 'q2', text: '' },
      ],
      practical: {
        interpreterNeeded: true,
        interpreterLanguage: 'vietnamesiska',
        relativePresent: false,
        relativeName: '',
        cognitiveSupport: 'Bildstöd',
        notToDiscuss: 'Skilsmässan',
      },
    },
    participants: [
      {
        id: 'p1',
        name: 'Örjan Öst',
        organisation: 'Socialtjänsten',
        principal: 'kommun',
        principalOther: '',
        role: 'handläggare',
        phone: '010-111 22 33',
        email: 'orjan@kommun.se',
        invitation: 'bekraftad',
        substituteName: '',
        isChair: true,
        isNoteTaker: false,
      },
      {
        id: 'p2',
        name: 'Kim Berg',
        organisation: 'Försäkringskassan',
        principal: 'annan',
        principalOther: 'Försäkringskassan',
        role: 'samordnare',
        phone: '',
        email: '',
        invitation: 'ersattare',
        substituteName: 'Eva Ek',
        isChair: false,
        isNoteTaker: true,
      },
    ],
    consents: [
      {
        id: 'c1',
        givenBy: 'vardnadshavare',
        givenByName: 'Nguyễn Thị Hằng',
        form: 'skriftligt',
        date: '2026-01-05',
        scopes: [
          { id: 's1', party: 'Socialtjänsten', information: 'Beslut om insatser' },
          { id: 's2', party: 'BUP', information: 'Diagnos' },
        ],
        notShared: 'Gamla journaler',
        validUntil: '2027-01-05',
        withdrawn: false,
        withdrawnDate: '',
      },
      {
        id: 'c2',
        givenBy: 'personen',
        givenByName: '',
        form: 'muntligt',
        date: '2026-01-06',
        scopes: [{ id: 's3', party: 'Skolan', information: 'Närvaro' }],
        notShared: '',
        validUntil: '2026-06-30',
        withdrawn: true,
        withdrawnDate: '2026-02-01',
      },
    ],
    booking: {
      date: '2026-03-01',
      startTime: '13:30',
      durationMinutes: 90,
      place: 'Familjecentralen',
      videoLink: 'https://meet.example.se/abc',
      replyBy: '',
      invitations: { made: true, on: '', at: '', told: '' },
    },
    lastHeldAt: '',
    closing: null,
    agreed: null,
  },
  {
    id: 'f3e2d1c0-b9a8-4765-8432-10fedcba9876',
    createdAt: '2026-02-11T07:00:00.000Z',
    updatedAt: '2026-02-11T07:00:00.000Z',
    status: 'forberedelse',
    person: { name: '', birthDate: '', idNumber: '', contact: { phone: '', email: '', address: '' }, representatives: [] },
    preparation: {
      whatMatters: '',
      purpose: '',
      questions: [],
      practical: {
        interpreterNeeded: false,
        interpreterLanguage: '',
        relativePresent: false,
        relativeName: '',
        cognitiveSupport: '',
        notToDiscuss: '',
      },
    },
    participants: [],
    consents: [],
    booking: { date: '', startTime: '', durationMinutes: 60, place: '', videoLink: '', replyBy: '', invitations: { made: false, on: '', at: '', told: '' } },
    lastHeldAt: '',
    closing: null,
    agreed: null,
  },
];

const toClose: Dexie[] = [];
const toDelete: string[] = [];

afterEach(async () => {
  for (const db of toClose.splice(0)) db.close();
  for (const name of toDelete.splice(0)) await Dexie.delete(name);
});

/** Writes the fixture the way release 1 did, then closes it. */
async function writeVersion1Fixture(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ ...SCHEMA_V1 });
  toClose.push(old);
  await old.open();
  await old.table('plans').bulkAdd(structuredClone(V1_PLAN_ROWS));
  await old.table('appState').bulkAdd(structuredClone(V1_APP_STATE_ROWS));
  expect(old.verno).toBe(1);
  old.close();
}

function uniqueName(prefix: string): string {
  const name = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  toDelete.push(name);
  return name;
}

const byId = (a: Plan, b: Plan) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('migration from schema version 1', () => {
  it('opens a version-1 database with the current schema and loses nothing', async () => {
    const name = uniqueName('migration-v1');
    await writeVersion1Fixture(name);

    const db: SipDatabase = openDatabase(name);
    toClose.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

    const plans = createPlanRepository(db, testSealer);
    expect(await plans.count()).toBe(EXPECTED_PLANS.length);
    expect((await plans.list()).sort(byId)).toStrictEqual([...EXPECTED_PLANS].sort(byId));
    for (const expected of EXPECTED_PLANS) {
      expect(await plans.get(expected.id)).toStrictEqual(expected);
    }

    const appState = createAppStateRepository(db);
    expect(await appState.get('lastScreen')).toBe('/plan/0b6f1a52-7c1e-4d2a-9a43-1f2e3d4c5b6a/samtycke');
    expect(await appState.get('settings')).toStrictEqual({ textSize: 'large', seenIntro: true });
  });

  it('the migrated database still works: the indexes answer and old plans can be changed', async () => {
    const name = uniqueName('migration-v1-use');
    await writeVersion1Fixture(name);

    const db = openDatabase(name);
    toClose.push(db);
    const plans = createPlanRepository(db, testSealer);

    // The index the app still queries (rows stored readable, sealed on unlock) answers for the old rows.
    expect((await db.plans.where('format').equals(1).primaryKeys()).sort()).toEqual(EXPECTED_PLANS.map((p) => p.id).sort());

    const edited = structuredClone(EXPECTED_PLANS[1]!);
    edited.person.name = 'Ny Person';
    edited.updatedAt = '2026-02-12T00:00:00.000Z';
    await plans.put(edited);
    expect(await plans.get(edited.id)).toStrictEqual(edited);
    expect(await plans.get(EXPECTED_PLANS[0]!.id)).toStrictEqual(EXPECTED_PLANS[0]);
  });

  it('reopening an already migrated database keeps everything', async () => {
    const name = uniqueName('migration-v1-reopen');
    await writeVersion1Fixture(name);
    const first = openDatabase(name);
    await first.open();
    first.close();

    const again = openDatabase(name);
    toClose.push(again);
    expect((await createPlanRepository(again, testSealer).list()).sort(byId)).toStrictEqual([...EXPECTED_PLANS].sort(byId));
    expect(again.verno).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('migration from schema version 1 to 2 (meetings)', () => {
  it('adds an empty meetings store beside the old plans, which can then hold a meeting', async () => {
    const name = uniqueName('migration-v1-v2');
    await writeVersion1Fixture(name);
    const db = openDatabase(name);
    toClose.push(db);
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('meetings');
    expect(await db.meetings.count()).toBe(0);
    const plan = EXPECTED_PLANS[0]!;
    const meeting = newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: new Date('2026-03-01T09:00:00Z'), newId: () => 'x' });
    const repo = createMeetingRepository(db, testSealer);
    await repo.put(meeting);
    expect(await repo.forPlan(plan.id)).toStrictEqual([meeting]);
    expect(await createPlanRepository(db, testSealer).get(plan.id)).toStrictEqual(plan);
  });
});

describe('migration from schema version 3 to 4 (format index for sealing)', () => {
  it('keeps readable rows as they were, finds them by format, and the vault seals them on the first passcode', async () => {
    const name = uniqueName('migration-v1-v4');
    await writeVersion1Fixture(name);
    const db = openDatabase(name);
    toClose.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await db.plans.where('format').equals(1).primaryKeys()).sort()).toEqual(EXPECTED_PLANS.map((p) => p.id).sort());
    const vault = createVault(db);
    await vault.create('482915');
    expect(await db.plans.where('format').equals(1).count()).toBe(0);
    expect(await db.plans.where('format').equals(2).count()).toBe(EXPECTED_PLANS.length);
    expect((await createPlanRepository(db, vault.sealer).list()).sort(byId)).toStrictEqual([...EXPECTED_PLANS].sort(byId));
  }, 30_000);
});

describe('migration from schema version 4 to 5 (versions and deviations)', () => {
  it('adds empty versions and deviations stores; sealed plans and meetings of version 4 stay readable and can be versioned', async () => {
    const name = uniqueName('migration-v4-v5');
    // A database exactly as schema version 4 left it, with sealed rows in it.
    const v4 = new Dexie(name) as SipDatabase;
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) {
      const version = v4.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    toClose.push(v4);
    await v4.open();
    const plan = EXPECTED_PLANS[0]!;
    const meeting = { ...newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: new Date('2026-03-01T09:00:00Z'), newId: () => 'x' }) };
    const { review: _review, ...meetingAsV4Wrote } = meeting;
    // Written as release 5 wrote plans (the summary index came with schema version 6).
    await v4.plans.put(await sealRow(testSealer, 'plans', toRecord(plan)));
    await v4.meetings.put(await sealRow(testSealer, 'meetings', { ...toMeetingRecord(meeting), data: meetingAsV4Wrote as typeof meeting }));
    expect(v4.verno).toBe(4);
    v4.close();

    const db = openDatabase(name);
    toClose.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.versions.count()).toBe(0);
    expect(await db.deviations.count()).toBe(0);
    expect(await createPlanRepository(db, testSealer).get(plan.id)).toStrictEqual(plan);
    // A meeting stored before follow-ups existed reads with no review.
    expect(await createMeetingRepository(db, testSealer).get('m-1')).toStrictEqual({ ...meeting, review: null });
    const held = { ...meeting, status: 'hallet' as const, heldAt: '2026-03-01T10:00:00.000Z' };
    const versionRepo = createVersionRepository(db, testSealer);
    await versionRepo.fix(fixVersion(plan, held, 1));
    expect((await versionRepo.forPlan(plan.id)).map((v) => [v.number, v.meetingId])).toEqual([[1, 'm-1']]);
  });
});

describe('migration from schema version 5 to 6 (the plans summary index)', () => {
  it('adds an empty index; the first read rebuilds it from the sealed plans, and later reads open no plan', async () => {
    const name = uniqueName('migration-v5-v6');
    const v5 = new Dexie(name) as SipDatabase;
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 5)) {
      const version = v5.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    toClose.push(v5);
    await v5.open();
    for (const plan of EXPECTED_PLANS) await v5.plans.put(await sealRow(testSealer, 'plans', toRecord(plan)));
    expect(v5.verno).toBe(5);
    v5.close();

    const db = openDatabase(name);
    toClose.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.planIndex.count()).toBe(0);
    const expected = EXPECTED_PLANS.map(summarize).sort((a, b) => a.id.localeCompare(b.id));
    const byId = (list: PlanSummary[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await createPlanRepository(db, testSealer).summaries())).toStrictEqual(expected);
    await vi.waitFor(async () => expect(await db.planIndex.count()).toBe(BUCKETS));

    const opened: string[] = [];
    const counting: Sealer = {
      seal: (store, id, value) => testSealer.seal(store, id, value),
      open: (store, id, sealed) => (opened.push(store), testSealer.open(store, id, sealed)),
    };
    expect(byId(await createPlanRepository(db, counting).summaries())).toStrictEqual(expected);
    expect(opened.filter((store) => store === 'plans')).toEqual([]);
  });
});

describe('SCHEMA_VERSIONS', () => {
  it('starts at 1 and is strictly increasing', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions[0]).toBe(1);
    for (let i = 1; i < versions.length; i++) {
      expect(versions[i]!, `version at ${i}`).toBeGreaterThan(versions[i - 1]!);
    }
    for (const v of versions) expect(Number.isInteger(v)).toBe(true);
  });

  it('CURRENT_SCHEMA_VERSION is the last version', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(Math.max(...SCHEMA_VERSIONS.map((s) => s.version)));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
  });

  it('version 1 is still exactly what release 1 shipped', () => {
    expect(SCHEMA_VERSIONS[0]!.stores).toStrictEqual({ ...SCHEMA_V1 });
    expect(SCHEMA_VERSIONS[0]!.upgrade).toBeUndefined();
  });
});
