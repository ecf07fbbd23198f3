// Frozen fixtures of stored content (tests/unit/fixtures/stored, never edited): rows and a backup
// as older releases wrote them, read with today's restore and compared with the domain objects
// written out by hand. One fixture per upgrade step of a stored shape (decision 0011); a field
// added with a default is covered by the fixtures written before it existed.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { testSealer } from './testSealer';
import type { Deviation } from '../../src/domain/deviations';
import type { Meeting } from '../../src/domain/meeting';
import type { Plan } from '../../src/domain/plan';
import type { PlanVersion } from '../../src/domain/versions';
import { readBackup, type BackupContent } from '../../src/storage/backup';
import { openDatabase, type SipDatabase } from '../../src/storage/db';
import { createDeviationRepository } from '../../src/storage/deviationRepository';
import { createMeetingRepository } from '../../src/storage/meetingRepository';
import { createPlanRepository } from '../../src/storage/planRepository';
import { restoreBackup } from '../../src/storage/shapes/backup';
import { PLAN_STEPS } from '../../src/storage/shapes/plan';
import { createVersionRepository } from '../../src/storage/versionRepository';

function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/stored/${name}`, import.meta.url), 'utf8')) as T;
}

const databases: SipDatabase[] = [];
let n = 0;
function freshDatabase(): SipDatabase {
  const db = openDatabase(`stored-fixtures-${++n}-${Math.random().toString(36).slice(2)}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const noContact = () => ({ phone: '', email: '', address: '' });
const clearedPractical = (over: Partial<Plan['preparation']['practical']> = {}) => ({
  interpreterNeeded: false,
  interpreterLanguage: '',
  relativePresent: false,
  relativeName: '',
  cognitiveSupport: '',
  notToDiscuss: '',
  ...over,
});

const EXPECTED_RELATIVE_PLANS: Plan[] = [
  {
    id: 'plan-rel-1',
    createdAt: '2026-03-30T10:00:00.000Z',
    updatedAt: '2026-04-02T08:00:00.000Z',
    status: 'aktiv',
    person: {
      name: 'Lisa Berg',
      birthDate: '',
      idNumber: '20141224-1232',
      contact: noContact(),
      representatives: [
        { id: 'g-1', kind: 'vardnadshavare', name: 'Sara Berg', contact: { phone: '070-111 11 11', email: '', address: '' } },
        { id: 'narstaende', kind: 'narstaende', name: 'Mormor Ayşe Çelik', contact: noContact(), invited: true },
      ],
    },
    preparation: { whatMatters: 'Att mormor är med.', purpose: '', questions: [], practical: clearedPractical() },
    participants: [],
    consents: [],
    booking: {
      date: '2026-05-01',
      startTime: '13:00',
      durationMinutes: 60,
      place: 'Skolan',
      videoLink: '',
      replyBy: '',
      invitations: { made: true, on: '', at: '', told: '' },
    },
    lastHeldAt: '',
    closing: null,
    agreed: null,
  },
  {
    id: 'plan-rel-2',
    createdAt: '2026-04-03T08:00:00.000Z',
    updatedAt: '2026-04-03T08:00:00.000Z',
    status: 'forberedelse',
    person: {
      name: 'Omar Ali',
      birthDate: '1990-01-01',
      idNumber: '',
      contact: noContact(),
      representatives: [
        { id: 'narstaende', kind: 'stodperson', name: 'Kim', contact: noContact(), invited: false },
        // The id is taken: the relative gets one with the plan's id. Named but not present: not invited.
        { id: 'narstaende-plan-rel-2', kind: 'narstaende', name: 'Bo', contact: noContact(), invited: false },
      ],
    },
    preparation: { whatMatters: '', purpose: '', questions: [], practical: clearedPractical() },
    participants: [],
    consents: [],
    booking: { date: '', startTime: '', durationMinutes: 60, place: '', videoLink: '', replyBy: '', invitations: { made: false, on: '', at: '', told: '' } },
    lastHeldAt: '',
    closing: null,
    agreed: null,
  },
  {
    id: 'plan-rel-3',
    createdAt: '2026-04-04T08:00:00.000Z',
    updatedAt: '2026-04-04T08:00:00.000Z',
    status: 'aktiv',
    person: {
      name: 'Eva Ek',
      birthDate: '',
      idNumber: '',
      contact: noContact(),
      // Entered already as a närstående by that name: not added twice.
      representatives: [{ id: 'r-9', kind: 'narstaende', name: 'Pappa Ek', contact: noContact() }],
    },
    preparation: { whatMatters: '', purpose: '', questions: [], practical: clearedPractical() },
    participants: [],
    consents: [],
    booking: { date: '', startTime: '', durationMinutes: 60, place: '', videoLink: '', replyBy: '', invitations: { made: false, on: '', at: '', told: '' } },
    lastHeldAt: '',
    closing: null,
    agreed: null,
  },
];

const EXPECTED_OLD_MEETING: Meeting = {
  id: 'meeting-old-1',
  planId: 'plan-old-1',
  kind: 'sip',
  templateId: 'sip-cirkel',
  status: 'hallet',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T10:05:00.000Z',
  afterDischarge: false,
  phases: [
    {
      id: 'inledning',
      title: 'Inledning',
      guidance: 'Hälsa välkommen.',
      tools: ['inledning'],
      budgetMs: 1_800_000,
      prompts: [{ id: 'inledning-1', text: 'Presentera alla', done: true }],
      notes: '',
    },
    {
      id: 'situation',
      title: 'Aktuell situation',
      guidance: '',
      tools: ['runda', 'anteckningar'],
      budgetMs: 1_800_000,
      prompts: [],
      notes: 'Skolan fungerar bättre.',
    },
  ],
  clock: {
    startedAt: 1772355600000,
    endedAt: 1772359500000,
    paused: false,
    pausedSince: null,
    pausedMs: 0,
    phase: { current: 'situation', since: null, spent: { inledning: 1_700_000, situation: 2_200_000 } },
    speaker: { current: null, since: null, spent: { 'sp-1': 60_000 } },
  },
  attendance: [
    { attendeeId: 'person', status: 'narvarande', substituteName: '' },
    { attendeeId: 'p-1', status: 'ersattare', substituteName: 'Eva Ek' },
  ],
  chairId: 'p-1',
  noteTakerId: '',
  attendanceDone: true,
  speakers: [{ id: 'sp-1', attendeeId: 'person', name: 'Lisa', note: 'Trivs', worksWell: 'Rasterna', skipped: false }],
  goals: [{ id: 'g-1', term: 'lang', text: 'Gå i skolan varje dag' }],
  interventions: [
    {
      id: 'i-1',
      goalId: 'g-1',
      what: 'Skolskjuts',
      performerKind: 'deltagare',
      participantId: 'p-1',
      performerName: '',
      organisation: 'Kommunen',
      startDate: '2026-03-10',
      when: 'Varje morgon',
      frequency: 'dagligen',
      where: 'Hemmet',
    },
  ],
  ownActions: [{ id: 'o-1', by: 'personen', text: 'Packa väskan kvällen innan' }],
  parked: [],
  disagreements: [],
  leadParticipantId: 'p-1',
  leadRole: 'handläggare',
  agreement: 'ja',
  personWords: 'Bra',
  feedback: [{ attendeeId: 'person', score: 5, comment: '' }],
  followUp: { date: '2026-06-01', startTime: '10:00', place: 'Skolan' },
  deliveries: [{ attendeeId: 'person', method: 'papper' }],
  alertAtPhaseEnd: { sound: true, vibration: false },
  heldAt: '2026-03-01T10:05:00.000Z',
  // Stored before follow-ups were reviewed; no rounds kept, never paused unattended (both left out).
  review: null,
};

const EXPECTED_OLD_VERSION: PlanVersion = {
  id: 'plan-old-1:1',
  planId: 'plan-old-1',
  number: 1,
  meetingId: 'meeting-old-1',
  heldAt: '2026-03-01T10:05:00.000Z',
  plan: {
    id: 'plan-old-1',
    createdAt: '2026-02-20T09:00:00.000Z',
    updatedAt: '2026-03-01T10:05:00.000Z',
    status: 'aktiv',
    person: {
      name: 'Lisa Berg',
      birthDate: '',
      idNumber: '20141224-1232',
      contact: noContact(),
      // The copy's relative, as the plan's own: a närstående, invited.
      representatives: [{ id: 'narstaende', kind: 'narstaende', name: 'Mormor', contact: noContact(), invited: true }],
    },
    preparation: {
      whatMatters: 'Skolan',
      purpose: 'Samordna skolan',
      questions: [{ id: 'q-1', text: 'Hur kommer Lisa till skolan?' }],
      practical: clearedPractical({ interpreterNeeded: true, interpreterLanguage: 'arabiska' }),
    },
    participants: [
      {
        id: 'p-1',
        name: 'Örjan Öst',
        organisation: 'Kommunen',
        principal: 'kommun',
        principalOther: '',
        role: 'handläggare',
        phone: '',
        email: '',
        invitation: 'bekraftad',
        substituteName: '',
        isChair: true,
        isNoteTaker: false,
      },
    ],
    consents: [],
    booking: {
      date: '2026-03-01',
      startTime: '09:00',
      durationMinutes: 60,
      place: 'Skolan',
      videoLink: '',
      replyBy: '2026-02-25',
      invitations: { made: true, on: '', at: '', told: '' },
    },
    // Fields added after the version was fixed, with the values an older plan has.
    lastHeldAt: '',
    closing: null,
    agreed: null,
  },
  meeting: {
    id: 'meeting-old-1',
    planId: 'plan-old-1',
    kind: 'sip',
    templateId: 'sip-cirkel',
    status: 'hallet',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T10:05:00.000Z',
    afterDischarge: false,
    phases: [],
    clock: {
      startedAt: 1772355600000,
      endedAt: 1772359500000,
      paused: false,
      pausedSince: null,
      pausedMs: 0,
      phase: { current: null, since: null, spent: {} },
      speaker: { current: null, since: null, spent: {} },
    },
    attendance: [{ attendeeId: 'person', status: 'narvarande', substituteName: '' }],
    chairId: 'p-1',
    noteTakerId: '',
    attendanceDone: true,
    speakers: [],
    goals: [{ id: 'g-1', term: 'kort', text: 'Tre dagar i veckan' }],
    interventions: [],
    ownActions: [],
    parked: [{ id: 'k-1', text: 'Fritids' }],
    disagreements: [{ id: 'd-1', what: 'Skolskjuts', between: 'Skolan och kommunen' }],
    leadParticipantId: 'p-1',
    leadRole: 'handläggare',
    agreement: 'delvis',
    personWords: '',
    feedback: [],
    followUp: { date: '', startTime: '', place: '' },
    deliveries: [],
    alertAtPhaseEnd: { sound: false, vibration: false },
    heldAt: '2026-03-01T10:05:00.000Z',
    review: null,
  },
};

const EXPECTED_OLD_DEVIATION: Deviation = {
  id: 'dev-old-1',
  planId: 'plan-old-1',
  date: '2026-03-20',
  type: 'insats-ej-utford',
  parties: 'Kommunen',
  description: 'Skolskjutsen kom inte.',
  createdAt: '2026-03-21T08:00:00.000Z',
  updatedAt: '2026-03-21T08:00:00.000Z',
};

const EXPECTED_OLD_BACKUP: BackupContent = {
  exportedAt: '2026-02-15T12:00:00.000Z',
  plans: [
    {
      id: 'plan-bk-1',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-02-10T10:20:30.400Z',
      status: 'aktiv',
      person: {
        name: 'Łucja Ørsted-Şahin',
        birthDate: '2012-12-12',
        idNumber: '',
        contact: noContact(),
        representatives: [{ id: 'narstaende', kind: 'narstaende', name: 'Moster Ana', contact: noContact(), invited: true }],
      },
      preparation: { whatMatters: 'Vänner', purpose: '', questions: [], practical: clearedPractical() },
      participants: [],
      consents: [
        {
          id: 'c-1',
          givenBy: 'vardnadshavare',
          givenByName: 'Nguyễn Thị Hằng',
          form: 'muntligt',
          date: '2026-01-05',
          scopes: [{ id: 's-1', party: 'BUP', information: 'Diagnos' }],
          notShared: '',
          validUntil: '2027-01-05',
          withdrawn: false,
          withdrawnDate: '',
        },
      ],
      booking: {
        date: '2026-03-01',
        startTime: '13:30',
        durationMinutes: 90,
        place: 'Familjecentralen',
        videoLink: '',
        replyBy: '',
        invitations: { made: true, on: '', at: '', told: '' },
      },
      lastHeldAt: '',
      closing: null,
      agreed: null,
    },
  ],
  meetings: [
    {
      id: 'meeting-bk-1',
      planId: 'plan-bk-1',
      kind: 'sip',
      templateId: 'sip-cirkel',
      status: 'pagar',
      createdAt: '2026-02-10T09:00:00.000Z',
      updatedAt: '2026-02-10T09:10:00.000Z',
      afterDischarge: true,
      phases: [],
      clock: {
        startedAt: 1770714000000,
        endedAt: null,
        paused: true,
        pausedSince: 1770714600000,
        pausedMs: 0,
        phase: { current: null, since: null, spent: {} },
        speaker: { current: null, since: null, spent: {} },
      },
      attendance: [],
      chairId: '',
      noteTakerId: '',
      attendanceDone: false,
      speakers: [],
      goals: [],
      interventions: [],
      ownActions: [],
      parked: [],
      disagreements: [],
      leadParticipantId: '',
      leadRole: '',
      agreement: '',
      personWords: '',
      feedback: [],
      followUp: { date: '', startTime: '', place: '' },
      deliveries: [],
      alertAtPhaseEnd: { sound: false, vibration: false },
      heldAt: '',
      review: null,
    },
  ],
  versions: [],
  deviations: [],
};

describe(`plan step from content version 1: ${PLAN_STEPS[0]!.about}`, () => {
  it('reads plan rows written before content versions (plan-1-relative.json) through the repository', async () => {
    const db = freshDatabase();
    const { rows } = fixture<{ rows: unknown[] }>('plan-1-relative.json');
    await db.table('plans').bulkPut(rows);
    const plans = createPlanRepository(db, testSealer);
    for (const expected of EXPECTED_RELATIVE_PLANS) expect(await plans.get(expected.id)).toStrictEqual(expected);
  });

  it('stored again, the plan is at the current content version and the relative is not added twice', async () => {
    const db = freshDatabase();
    await db.table('plans').bulkPut(fixture<{ rows: unknown[] }>('plan-1-relative.json').rows);
    const plans = createPlanRepository(db, testSealer);
    for (const plan of await plans.list()) await plans.put(plan);
    const again = (await plans.list()).sort((a, b) => a.id.localeCompare(b.id));
    expect(again).toStrictEqual(EXPECTED_RELATIVE_PLANS);
  });
});

describe(`plan step from content version 2: ${PLAN_STEPS[1]!.about}`, () => {
  it('reads plan rows written before booking.invitations (plan-2-booked.json): a booked meeting is taken as invited, as the app counted it', async () => {
    const db = freshDatabase();
    await db.table('plans').bulkPut(fixture<{ rows: unknown[] }>('plan-2-booked.json').rows);
    const plans = createPlanRepository(db, testSealer);
    const booked = await plans.get('plan-booked-2');
    expect(booked?.booking).toStrictEqual({
      date: '2026-11-02',
      startTime: '10:00',
      durationMinutes: 60,
      place: 'Vårdcentralen',
      videoLink: '',
      replyBy: '2026-10-26',
      invitations: { made: true, on: '', at: '', told: '' },
    });
    expect((await plans.get('plan-unbooked-2'))?.booking.invitations).toStrictEqual({ made: false, on: '', at: '', told: '' });
    // Eva is still waited on, as she was before the app kept whether invitations were made.
    const summaries = (await plans.checkedSummaries()).sort((a, b) => a.id.localeCompare(b.id));
    expect(summaries.map((x) => [x.id, x.booking.invitations.made, x.invited])).toEqual([
      ['plan-booked-2', true, 1],
      ['plan-unbooked-2', false, 0],
    ]);
  });
});

describe('content version 1 rows of every store', () => {
  it('a meeting stored before reviews, rounds and unattended pauses (meeting-1.json)', async () => {
    const db = freshDatabase();
    await db.table('meetings').put(fixture<{ row: unknown }>('meeting-1.json').row);
    expect(await createMeetingRepository(db, testSealer).get('meeting-old-1')).toStrictEqual(EXPECTED_OLD_MEETING);
  });

  it('a version whose plan copy predates lastHeldAt, closing and agreed and notes a relative (version-1.json): the copies are upgraded like the rows', async () => {
    const db = freshDatabase();
    await db.table('versions').put(fixture<{ row: unknown }>('version-1.json').row);
    expect(await createVersionRepository(db, testSealer).forPlan('plan-old-1')).toStrictEqual([EXPECTED_OLD_VERSION]);
  });

  it('a deviation (deviation-1.json)', async () => {
    const db = freshDatabase();
    await db.table('deviations').put(fixture<{ row: unknown }>('deviation-1.json').row);
    expect(await createDeviationRepository(db, testSealer).forPlan('plan-old-1')).toStrictEqual([EXPECTED_OLD_DEVIATION]);
  });
});

describe('a backup made before versions, deviations and content versions', () => {
  it('its content (backup-1.json) restores with every field, the relative step included', () => {
    expect(restoreBackup(fixture('backup-1.json'))).toStrictEqual({ content: EXPECTED_OLD_BACKUP });
  });

  it('its file (backup-1.sipbackup) opens with its password and reads the same', async () => {
    const file = new Uint8Array(readFileSync(new URL('./fixtures/stored/backup-1.sipbackup', import.meta.url)));
    expect(await readBackup(file, 'rätt lösenord 🔐')).toStrictEqual(EXPECTED_OLD_BACKUP);
  }, 30_000);
});
