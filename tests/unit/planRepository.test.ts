import 'fake-indexeddb/auto';
import { testSealer } from './testSealer';
import { afterEach, describe, it, expect } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, type SipDatabase, type StoredPlan } from '../../src/storage/db';
import { createPlanRepository, toRecord } from '../../src/storage/planRepository';
import { createAppStateRepository } from '../../src/storage/appStateRepository';
import { createMeetingRepository } from '../../src/storage/meetingRepository';
import { heldMeeting } from '../fixtures/heldMeeting';
import type { Plan } from '../../src/domain/plan';

const LONG_TEXT = 'Åsa 👩🏽‍⚕️ ه e\u0301 '.repeat(2000).slice(0, 20_000);
const ARABIC_NAME = 'فاطمة الزهراء بن علي';

/** A plan with every field filled in. Built fresh on each call so expectations never share objects with what was stored. */
function fullPlan(id = '6f1c2b7e-0d8a-4f7e-9c1a-2b3c4d5e6f70'): Plan {
  return {
    id,
    createdAt: '2026-01-02T08:15:30.123Z',
    updatedAt: '2026-03-04T16:45:00.999Z',
    status: 'aktiv',
    person: {
      name: 'Łucja Ørsted-Şahin',
      birthDate: '2012-12-12',
      idNumber: '121212-1212',
      contact: { phone: '+46 70-123 45 67', email: 'lucja@example.se', address: 'Storgatan 1\n123 45 Småstad' },
      representatives: [
        {
          id: 'rep-1',
          kind: 'vardnadshavare',
          name: 'Nguyễn Thị Hằng',
          contact: { phone: '070-765 43 21', email: 'hang@example.vn', address: 'Hà Nội' },
        },
        {
          id: 'rep-2',
          kind: 'god-man',
          name: ARABIC_NAME,
          contact: { phone: '', email: 'fatima@example.se', address: '' },
        },
        // The relative present, entered once as a representative (older plans had it under practical needs).
        { id: 'rep-3', kind: 'narstaende', name: 'Mormor Ayşe Çelik', contact: { phone: '', email: '', address: '' }, invited: true },
      ],
    },
    preparation: {
      whatMatters: LONG_TEXT,
      purpose: 'Samordna stöd i skolan 🏫 och hemma',
      questions: [
        { id: 'q-1', text: 'Vem gör vad?' },
        { id: 'q-2', text: "“Citat” och 'apostrof' och <b>html</b> & mer" },
      ],
      practical: {
        interpreterNeeded: true,
        interpreterLanguage: 'arabiska (العربية)',
        relativePresent: false,
        relativeName: '',
        cognitiveSupport: 'Bildstöd, korta pauser',
        notToDiscuss: 'Inget om pappan',
      },
    },
    participants: [
      {
        id: 'part-1',
        name: 'Örjan Öst',
        organisation: 'Socialtjänsten, barn och unga',
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
        id: 'part-2',
        name: 'Zoë Ärlig',
        organisation: 'BUP',
        principal: 'region',
        principalOther: '',
        role: 'psykolog',
        phone: '',
        email: '',
        invitation: 'ersattare',
        substituteName: 'Max Mustermann',
        isChair: false,
        isNoteTaker: true,
      },
      {
        id: 'part-3',
        name: 'Kim 金',
        organisation: 'Försäkringskassan',
        principal: 'annan',
        principalOther: 'Försäkringskassan',
        role: 'samordnare',
        phone: '0771-524 524',
        email: 'kim@fk.se',
        invitation: 'avbojd',
        substituteName: '',
        isChair: false,
        isNoteTaker: false,
      },
    ],
    consents: [
      {
        id: 'cons-1',
        givenBy: 'vardnadshavare',
        givenByName: 'Nguyễn Thị Hằng',
        form: 'skriftligt',
        date: '2026-01-10',
        scopes: [
          { id: 'sc-1', party: 'Socialtjänsten', information: 'Utredning och beslut' },
          { id: 'sc-2', party: 'BUP', information: 'Diagnos, medicinering 💊' },
        ],
        notShared: 'Journal från 2019',
        validUntil: '2027-01-10',
        withdrawn: false,
        withdrawnDate: '',
      },
      {
        id: 'cons-2',
        givenBy: 'personen',
        givenByName: '',
        form: 'muntligt',
        date: '2026-02-01',
        scopes: [],
        notShared: '',
        validUntil: '2026-08-01',
        withdrawn: true,
        withdrawnDate: '2026-02-15',
      },
    ],
    booking: {
      date: '2026-12-01',
      startTime: '09:15',
      durationMinutes: 90,
      place: 'Rum "Ekorren", plan 3',
      videoLink: 'https://meet.example.se/sip?id=abc&lang=sv',
      replyBy: '2026-11-24',
      invitations: { made: true, on: '2026-11-10', at: '', told: '' },
    },
    lastHeldAt: '2026-02-01',
    closing: { date: '2026-03-01', reason: 'annat', reasonText: 'Flyttat 🏠 till Malmö', whereToTurn: 'Ring socialtjänsten, 010-123 45 67' },
    agreed: null,
  };
}

/** A small plan with a given name, update time and booking. */
function smallPlan(id: string, name: string, updatedAt: string, date = '', startTime = ''): Plan {
  const p = fullPlan(id);
  p.person.name = name;
  p.updatedAt = updatedAt;
  p.booking.date = date;
  p.booking.startTime = startTime;
  return p;
}

const opened: SipDatabase[] = [];
let counter = 0;

function freshDatabase(): SipDatabase {
  counter += 1;
  const db = openDatabase(`plan-repo-test-${counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const byId = (a: Plan, b: Plan) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('planRepository', () => {
  it('round-trips a fully filled plan with nothing lost', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    await repo.put(fullPlan());
    const back = await repo.get(fullPlan().id);
    expect(back).toStrictEqual(fullPlan());
    expect(back!.preparation.whatMatters).toHaveLength(20_000);
    expect(back!.person.representatives[1]!.name).toBe(ARABIC_NAME);
  });

  it('keeps text exactly as typed, including decomposed characters', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    const p = fullPlan('nfd');
    p.person.name = 'A\u030Asa O\u0308berg'; // NFD "Åsa Öberg"
    await repo.put(p);
    expect((await repo.get('nfd'))!.person.name).toBe('A\u030Asa O\u0308berg');
  });

  it('stores a copy: later changes to the object do not reach the database, and reads are independent', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    const p = fullPlan();
    await repo.put(p);
    p.person.name = 'Ändrad';
    p.participants.pop();
    const first = await repo.get(p.id);
    expect(first).toStrictEqual(fullPlan());
    first!.consents[0]!.scopes.push({ id: 'x', party: 'y', information: 'z' });
    expect(await repo.get(p.id)).toStrictEqual(fullPlan());
  });

  it('prepareWrite reads the plan at once, and writes the same sealed row as put, on an open database and before it is opened', async () => {
    const db = freshDatabase();
    const repo = createPlanRepository(db, testSealer);
    const early = fullPlan('before-open');
    const writeEarly = repo.prepareWrite(early);
    early.person.name = 'Ändrad efteråt';
    await writeEarly.commit();
    await db.open();
    const writeOpen = repo.prepareWrite(fullPlan('open'));
    await Promise.resolve();
    await writeOpen.commit();
    expect(await repo.get('open')).toStrictEqual(fullPlan('open'));
    expect(await repo.get('before-open')).toStrictEqual(fullPlan('before-open'));
    const viaPut = freshDatabase();
    await createPlanRepository(viaPut, testSealer).put(fullPlan('open'));
    const { sealed: a, ...clearA } = (await db.plans.get('open')) as StoredPlan & { format: 2 };
    const { sealed: b, ...clearB } = (await viaPut.plans.get('open')) as StoredPlan & { format: 2 };
    expect(clearA).toStrictEqual(clearB);
    expect(a.data.length).toBe(b.data.length);
  });

  it('an earlier autosave write never overwrites a later one of the same plan', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    const first = fullPlan('order');
    const second = fullPlan('order');
    second.person.name = 'Senare';
    const writeFirst = repo.prepareWrite(first);
    const writeSecond = repo.prepareWrite(second);
    await writeSecond.commit();
    await writeFirst.commit();
    expect((await repo.get('order'))!.person.name).toBe('Senare');
  });

  it('get of an unknown id is undefined', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('put replaces a plan with the same id', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    await repo.put(fullPlan('a'));
    const changed = fullPlan('a');
    changed.status = 'uppfoljd';
    changed.updatedAt = '2026-05-05T05:05:05.000Z';
    changed.booking.date = '';
    changed.consents = [];
    await repo.put(changed);
    expect(await repo.count()).toBe(1);
    const expected = fullPlan('a');
    expected.status = 'uppfoljd';
    expected.updatedAt = '2026-05-05T05:05:05.000Z';
    expected.booking.date = '';
    expected.consents = [];
    expect(await repo.get('a')).toStrictEqual(expected);
  });

  it('remove deletes the plan with every meeting of it, and nothing of other plans', async () => {
    const db = freshDatabase();
    const repo = createPlanRepository(db, testSealer);
    const meetingRepo = createMeetingRepository(db, testSealer);
    const { plan, meeting } = heldMeeting();
    const other = heldMeeting();
    other.plan.id = 'other-plan';
    other.meeting.id = 'other-meeting';
    other.meeting.planId = 'other-plan';
    await repo.putMany([plan, other.plan]);
    await meetingRepo.put(meeting);
    await meetingRepo.put({ ...meeting, id: 'second-meeting' });
    await meetingRepo.put(other.meeting);
    await repo.remove(plan.id);
    expect(await repo.get(plan.id)).toBeUndefined();
    expect(await meetingRepo.forPlan(plan.id)).toEqual([]);
    expect(await repo.get('other-plan')).toStrictEqual(other.plan);
    expect(await meetingRepo.forPlan('other-plan')).toStrictEqual([other.meeting]);
  });

  it('list, count, remove and putMany', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    expect(await repo.count()).toBe(0);
    expect(await repo.list()).toEqual([]);

    const names: [string, string][] = [
      ['p1', 'Łucja Ørsted-Şahin'],
      ['p2', 'Nguyễn Thị Hằng'],
      ['p3', ARABIC_NAME],
      ['p4', 'Emoji 🙂👨‍👩‍👧‍👦'],
    ];
    await repo.putMany(names.map(([id, name]) => smallPlan(id, name, '2026-01-01T00:00:00.000Z')));
    expect(await repo.count()).toBe(4);
    const listed = (await repo.list()).sort(byId);
    expect(listed).toStrictEqual(names.map(([id, name]) => smallPlan(id, name, '2026-01-01T00:00:00.000Z')));

    await repo.remove('p2');
    expect(await repo.count()).toBe(3);
    expect(await repo.get('p2')).toBeUndefined();
    expect((await repo.list()).map((p) => p.id).sort()).toEqual(['p1', 'p3', 'p4']);

    // Removing an unknown id is harmless.
    await repo.remove('p2');
    expect(await repo.count()).toBe(3);

    // putMany also replaces existing rows.
    await repo.putMany([smallPlan('p1', 'Ny Namn', '2026-02-02T00:00:00.000Z'), smallPlan('p5', 'Femte', '2026-02-02T00:00:00.000Z')]);
    expect(await repo.count()).toBe(4);
    expect((await repo.get('p1'))!.person.name).toBe('Ny Namn');
    expect(await repo.get('p5')).toStrictEqual(smallPlan('p5', 'Femte', '2026-02-02T00:00:00.000Z'));
  });

  it('putMany with an empty list is a no-op', async () => {
    const repo = createPlanRepository(freshDatabase(), testSealer);
    await repo.putMany([]);
    expect(await repo.count()).toBe(0);
  });

  it('stores the indexed fields in clear beside the rest of the plan, sealed', async () => {
    const db = freshDatabase();
    const repo = createPlanRepository(db, testSealer);
    const p = fullPlan('rec-1');
    await repo.put(p);
    const raw = await db.plans.get('rec-1');
    expect(raw).toBeDefined();
    expect(Object.keys(raw!).sort()).toEqual(['format', 'id', 'nextMeetingAt', 'sealed', 'status', 'updatedAt']);
    expect(raw!.id).toBe('rec-1');
    expect(raw!.status).toBe('aktiv');
    expect(raw!.updatedAt).toBe('2026-03-04T16:45:00.999Z');
    expect(raw!.nextMeetingAt).toBe('2026-12-01T09:15');
    expect(raw!.format).toBe(2);
    expect(raw!.format === 2 && raw!.sealed.iv).toHaveLength(12);

    // The person's name and free text appear nowhere in the row, neither in clear fields nor in the sealed bytes.
    const { sealed, ...clear } = raw as StoredPlan & { format: 2 };
    const text = JSON.stringify(clear) + new TextDecoder().decode(sealed.data) + new TextDecoder('utf-16le').decode(sealed.data);
    for (const secret of ['Łucja', 'Ørsted', '121212', 'Storgatan', 'Bildstöd']) expect(text).not.toContain(secret);
  });

  it('reads a row still stored readable (format 1), as an older version wrote it', async () => {
    const db = freshDatabase();
    await db.plans.put(toRecord(fullPlan('old')));
    expect(await createPlanRepository(db, testSealer).get('old')).toStrictEqual(fullPlan('old'));
  });

  it('stores an empty nextMeetingAt when no meeting is booked, and a midnight one for a date without time', async () => {
    const db = freshDatabase();
    const repo = createPlanRepository(db, testSealer);
    await repo.putMany([smallPlan('none', 'A', '2026-01-01T00:00:00.000Z'), smallPlan('dateonly', 'B', '2026-01-01T00:00:00.000Z', '2026-07-01')]);
    expect((await db.plans.get('none'))!.nextMeetingAt).toBe('');
    expect((await db.plans.get('dateonly'))!.nextMeetingAt).toBe('2026-07-01T00:00');
  });

  it('indexes only what is queried: an edit rewrites no index of status, dates or next meeting', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.plans.schema.indexes.map((i) => i.name)).toEqual(['format']);
    // A meeting's keys are indexed in a store of their own (meetingKeys.test.ts).
    expect(db.meetings.schema.indexes).toEqual([]);
    // The clear fields are still in the row.
    const repo = createPlanRepository(db, testSealer);
    await repo.put(smallPlan('b', 'B', '2026-03-01T00:00:00.000Z', '2026-08-01', '10:00'));
    const row = await db.plans.get('b');
    expect([row?.status, row?.updatedAt, row?.nextMeetingAt]).toEqual(['aktiv', '2026-03-01T00:00:00.000Z', '2026-08-01T10:00']);
  });

  it('indexes only non-sensitive fields', async () => {
    const db = freshDatabase();
    await db.open();
    const allowed = new Set(['status', 'updatedAt', 'nextMeetingAt', 'format']);
    const table = db.plans;
    expect(table.schema.primKey.name).toBe('id');
    expect(table.schema.primKey.keyPath).toBe('id');
    const indexNames = table.schema.indexes.map((i) => i.name);
    expect(indexNames.length).toBeGreaterThan(0);
    for (const name of indexNames) expect(allowed.has(name), name).toBe(true);
    for (const index of table.schema.indexes) {
      // Every key path is a top-level clear field, never a path into `data`.
      expect(typeof index.keyPath === 'string' && allowed.has(index.keyPath), String(index.keyPath)).toBe(true);
    }

    // The same, as IndexedDB itself sees it.
    const idb = db.backendDB();
    const store = idb.transaction('plans', 'readonly').objectStore('plans');
    expect(store.keyPath).toBe('id');
    for (const name of Array.from(store.indexNames)) {
      expect(allowed.has(name), name).toBe(true);
      expect(allowed.has(store.index(name).keyPath as string), name).toBe(true);
    }
    const appState = idb.transaction('appState', 'readonly').objectStore('appState');
    expect(appState.keyPath).toBe('key');
    expect(Array.from(appState.indexNames)).toEqual([]);
  });
});

describe('appStateRepository', () => {
  it('round-trips values of different shapes', async () => {
    const state = createAppStateRepository(freshDatabase());
    expect(await state.get('lastScreen')).toBeUndefined();
    await state.set('lastScreen', '/plan/abc/deltagare');
    await state.set('settings', { fontScale: 1.25, reducedMotion: true, recent: ['a', 'b'] });
    await state.set('count', 0);
    await state.set('flag', false);
    expect(await state.get<string>('lastScreen')).toBe('/plan/abc/deltagare');
    expect(await state.get('settings')).toStrictEqual({ fontScale: 1.25, reducedMotion: true, recent: ['a', 'b'] });
    expect(await state.get('count')).toBe(0);
    expect(await state.get('flag')).toBe(false);
  });

  it('set replaces the previous value', async () => {
    const state = createAppStateRepository(freshDatabase());
    await state.set('lastScreen', '/');
    await state.set('lastScreen', '/plan/x');
    expect(await state.get('lastScreen')).toBe('/plan/x');
  });

  it('does not share state between databases', async () => {
    const one = createAppStateRepository(freshDatabase());
    const two = createAppStateRepository(freshDatabase());
    await one.set('k', 1);
    expect(await two.get('k')).toBeUndefined();
  });
});
