// Stored shapes (decision 0011): one description per stored shape, read at every depth. What fits
// is kept (a complete value reads back unchanged), what is absent or does not fit gets the value a
// new item has, unknown fields are dropped, and the content version decides which upgrade steps run.
import { describe, expect, it } from 'vitest';
import { agreedAt } from '../../src/domain/agreedPlan';
import { newDeviation } from '../../src/domain/deviations';
import { newGoal, newIntervention, newMeeting, type Meeting } from '../../src/domain/meeting';
import { newConsent, newConsentScope, newParticipant, newPlan, newQuestion, newRepresentative, type Plan } from '../../src/domain/plan';
import { fixVersion } from '../../src/domain/versions';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { fromMeetingRecord, toMeetingRecord } from '../../src/storage/meetingRepository';
import { fromRecord, toRecord } from '../../src/storage/planRepository';
import { BACKUP_STEPS, restoreBackup } from '../../src/storage/shapes/backup';
import { CONTENT_VERSION, contentVersionOf } from '../../src/storage/shapes/contentVersion';
import { DEVIATION_STEPS, restoreDeviation } from '../../src/storage/shapes/deviation';
import { flag, id, list, nullable, number, object, oneOf, optional, record, required, text, upgraded, type Reading } from '../../src/storage/shapes/fill';
import { MEETING_STEPS, restoreMeeting } from '../../src/storage/shapes/meeting';
import { PLAN_STEPS, restorePlan } from '../../src/storage/shapes/plan';
import { restoreVersion, VERSION_STEPS } from '../../src/storage/shapes/version';
import { fromVersionRecord, toVersionRecord } from '../../src/storage/versionRepository';
import { heldFollowUp } from '../fixtures/heldFollowUp';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const reading: Reading = { contentVersion: CONTENT_VERSION };

/** A plan, a meeting and a version with every field filled in, optional ones included. */
function complete(): { plan: Plan; meeting: Meeting } {
  const { plan, followUp } = heldFollowUp();
  plan.person.representatives = [
    { ...newRepresentative('r-1'), name: 'Sara', invited: false },
    { ...newRepresentative('r-2'), kind: 'narstaende', name: 'Bo' },
  ];
  plan.consents = [{ ...newConsent('c-1', '2026-11-01'), scopes: [{ id: 's-1', party: 'BUP', information: 'Diagnos' }] }];
  plan.closing = { date: '2027-03-01', reason: 'malen-uppnadda', reasonText: '', whereToTurn: 'Socialtjänsten' };
  plan.agreed = agreedAt(followUp, 2);
  plan.lastHeldAt = '2027-02-15';
  const meeting: Meeting = {
    ...followUp,
    clock: { ...followUp.clock, rounds: { situation: { current: 'sp-1', since: null, spent: { 'sp-1': 1000, ['__proto__']: 5 } } } },
    pausedUnattendedAt: 1_800_000_000_000,
  };
  return { plan, meeting };
}

describe('the fill, kind by kind', () => {
  it('keeps what fits and gives the default for what is absent or of another type', () => {
    expect(text().fill('å', reading)).toBe('å');
    expect(text('x').fill(3, reading)).toBe('x');
    expect(number(60).fill(90, reading)).toBe(90);
    for (const odd of [Number.NaN, Infinity, null, '90', undefined]) expect(number(60).fill(odd, reading)).toBe(60);
    expect(flag().fill('true', reading)).toBe(false);
    expect(flag(true).fill(false, reading)).toBe(false);
    expect(oneOf(['a', 'b'] as const).fill('b', reading)).toBe('b');
    expect(oneOf(['a', 'b'] as const).fill('c', reading)).toBe('a');
    expect(oneOf(['a', 'b'] as const, 'b').fill(undefined, reading)).toBe('b');
    expect(nullable(text()).fill(undefined, reading)).toBeNull();
    expect(nullable(text()).fill(7, reading)).toBeNull();
    expect(nullable(object<{ a: string }>({ a: text() })).fill({}, reading)).toStrictEqual({ a: '' });
  });

  it('fills objects at every depth, drops fields it does not name and never shares an object with its input', () => {
    const inner = object<{ n: number; tags: string[] }>({ n: number(), tags: list(text()) });
    const outer = object<{ name: string; inner: { n: number; tags: string[] }; items: { n: number; tags: string[] }[] }>({
      name: text(),
      inner,
      items: list(inner),
    });
    const stored = { name: 'x', extra: 1, inner: { tags: ['a', 2, 'b'] }, items: [{ n: 1 }, 'junk', null, { n: 'two', tags: null }] };
    const filled = outer.fill(stored, reading);
    expect(filled).toStrictEqual({
      name: 'x',
      inner: { n: 0, tags: ['a', 'b'] },
      items: [
        { n: 1, tags: [] },
        { n: 0, tags: [] },
      ],
    });
    filled.inner.tags.push('c');
    expect(stored.inner.tags).toEqual(['a', 2, 'b']);
    expect(outer.fill(undefined, reading)).toStrictEqual({ name: '', inner: { n: 0, tags: [] }, items: [] });
  });

  it('leaves an optional field out when absent or not fitting, and keeps it when it fits', () => {
    const shape = object<{ a: string; b?: boolean }>({ a: text(), b: optional(flag()) });
    expect(shape.fill({ a: 'x' }, reading)).toStrictEqual({ a: 'x' });
    expect(Object.keys(shape.fill({ a: 'x', b: 'yes' }, reading))).toEqual(['a']);
    expect(shape.fill({ b: false }, reading)).toStrictEqual({ a: '', b: false });
  });

  it('reads a map entry by entry, with odd keys kept as ordinary keys', () => {
    const spent = record(number()).fill(JSON.parse('{"a": 1, "b": "x", "__proto__": 2}'), reading);
    expect(Object.getPrototypeOf(spent)).toBe(Object.prototype);
    expect(Object.keys(spent)).toEqual(['a', '__proto__']);
    expect(Object.hasOwn(spent, '__proto__')).toBe(true);
    expect(record(number()).fill([1], reading)).toStrictEqual({});
  });

  it('reports a required field that is absent or does not fit, with its path, and only those', () => {
    const row = object<{ id: string; status: 'a' | 'b'; note: string }>({ id: id(), status: required(oneOf(['a', 'b'] as const)), note: text() });
    const rows = object<{ rows: { id: string; status: 'a' | 'b'; note: string }[] }>({ rows: required(list(required(row))) });
    const seen: string[] = [];
    const misfit = (path: string) => void seen.push(path);
    rows.fill({ rows: [{ id: 'x', status: 'a', note: 3 }, { id: '', status: 'c' }, 'junk'] }, { contentVersion: 1, misfit });
    expect(seen).toEqual(['rows[1].id', 'rows[1].status', 'rows[2]']);
    seen.length = 0;
    rows.fill({}, { contentVersion: 1, misfit });
    expect(seen).toEqual(['rows']);
  });

  it('runs the upgrade steps from the stored content version on, in order, before the fill', () => {
    const steps = [
      { from: 1, about: 'rename', up: (v: unknown) => ({ ...(v as object), name: (v as { old?: string }).old }) },
      { from: 2, about: 'shout', up: (v: unknown) => ({ ...(v as object), name: String((v as { name?: string }).name).toUpperCase() }) },
    ];
    const shape = upgraded(object<{ name: string }>({ name: text() }), steps);
    expect(shape.fill({ old: 'bo' }, { contentVersion: 1 })).toStrictEqual({ name: 'BO' });
    expect(shape.fill({ name: 'bo' }, { contentVersion: 2 })).toStrictEqual({ name: 'BO' });
    expect(shape.fill({ name: 'bo' }, { contentVersion: 3 })).toStrictEqual({ name: 'bo' });
  });

  it('the compiler holds each shape to its type: every field, the right kind, optional fields optional', () => {
    // @ts-expect-error -- a field of the type without a shape
    object<{ a: string; b: number }>({ a: text() });
    // @ts-expect-error -- a shape of another kind
    object<{ a: string }>({ a: number() });
    // @ts-expect-error -- an optional field needs optional(): absent must stay absent
    object<{ a?: boolean }>({ a: flag() });
    // @ts-expect-error -- a field the type does not have
    object<{ a: string }>({ a: text(), b: text() });
    // @ts-expect-error -- an enum needs its values, not any text
    object<{ k: 'x' | 'y' }>({ k: text() });
  });
});

describe('content version', () => {
  const ALL_STEPS = [PLAN_STEPS, MEETING_STEPS, VERSION_STEPS, DEVIATION_STEPS, BACKUP_STEPS];

  it('is one more than the highest step of any shape, and each shape lists its steps in order', () => {
    const froms = ALL_STEPS.flat().map((s) => s.from);
    expect(CONTENT_VERSION).toBe(Math.max(0, ...froms) + 1);
    for (const steps of ALL_STEPS) {
      const own = steps.map((s) => s.from);
      expect(own).toEqual([...own].sort((a, b) => a - b));
      expect(new Set(own).size).toBe(own.length);
      for (const from of own) expect(Number.isInteger(from) && from >= 1).toBe(true);
    }
  });

  it('is written into every row’s content and into backups; absent or odd, it is 1', () => {
    const { plan, meeting } = complete();
    expect(toRecord(plan).data.contentVersion).toBe(CONTENT_VERSION);
    expect(toMeetingRecord(meeting).data.contentVersion).toBe(CONTENT_VERSION);
    expect(toVersionRecord(fixVersion(plan, meeting, 2)).data.contentVersion).toBe(CONTENT_VERSION);
    expect(contentVersionOf({})).toBe(1);
    expect(contentVersionOf({ contentVersion: 'x' })).toBe(1);
    expect(contentVersionOf({ contentVersion: 0 })).toBe(1);
    expect(contentVersionOf(null)).toBe(1);
    expect(contentVersionOf({ contentVersion: 2 })).toBe(2);
  });

  it('a plan of the current content version is not upgraded again: relative fields left as the app wrote them', () => {
    const plan = newPlan('p', NOW);
    plan.preparation.practical.relativePresent = true;
    plan.preparation.practical.relativeName = 'Bo';
    expect(fromRecord(toRecord(plan))).toStrictEqual(plan);
    const old = toRecord(plan);
    delete old.data.contentVersion;
    expect(fromRecord(old).person.representatives.map((r) => r.name)).toEqual(['Bo']);
  });

  it('a backup made by a newer release is refused as newer, not read with fields lost', () => {
    const { plan } = complete();
    expect(restoreBackup({ contentVersion: CONTENT_VERSION + 1, exportedAt: 'x', plans: [plan], meetings: [] })).toMatchObject({ problem: 'newer-version' });
  });
});

describe('every stored shape', () => {
  it('reads a complete plan, meeting, version and deviation back unchanged (the shape names every field)', () => {
    const { plan, meeting } = complete();
    const version = fixVersion(plan, { ...meeting, status: 'hallet' }, 2);
    const deviation = { ...newDeviation('d-1', plan.id, '2027-01-01', NOW), parties: 'Skolan', description: 'Uteblev' };
    expect(restorePlan(structuredClone(plan), CONTENT_VERSION)).toStrictEqual(plan);
    expect(restoreMeeting(structuredClone(meeting), CONTENT_VERSION)).toStrictEqual(meeting);
    expect(restoreVersion(structuredClone(version), CONTENT_VERSION)).toStrictEqual(version);
    expect(restoreDeviation(structuredClone(deviation), CONTENT_VERSION)).toStrictEqual(deviation);
    expect(fromRecord(toRecord(plan))).toStrictEqual(plan);
    expect(fromMeetingRecord(toMeetingRecord(meeting))).toStrictEqual(meeting);
    expect(fromVersionRecord(toVersionRecord(version))).toStrictEqual(version);
    expect(meeting.clock.rounds!['situation']!.spent).toHaveProperty('__proto__', 5);
  });

  it('gives an absent item the values a new one has (the shapes agree with the constructors)', () => {
    const plan = newPlan('p-1', NOW);
    const { id: _id, createdAt, updatedAt, status } = plan;
    expect(restorePlan({ id: 'p-1', createdAt, updatedAt, status }, CONTENT_VERSION)).toStrictEqual(plan);
    const filledPlan = restorePlan(
      {
        ...plan,
        person: { representatives: [{ id: 'r' }] },
        preparation: { questions: [{ id: 'q' }] },
        participants: [{ id: 'x' }],
        consents: [{ id: 'c', date: '2026-01-01', scopes: [{ id: 's' }] }],
      },
      CONTENT_VERSION,
    );
    expect(filledPlan.person.representatives).toStrictEqual([newRepresentative('r')]);
    expect(filledPlan.preparation.questions).toStrictEqual([newQuestion('q')]);
    expect(filledPlan.participants).toStrictEqual([newParticipant('x')]);
    expect(filledPlan.consents).toStrictEqual([{ ...newConsent('c', '2026-01-01'), scopes: [newConsentScope('s')] }]);

    const meeting = newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: NOW, newId: () => 'x' });
    const bare = {
      id: 'm-1',
      planId: 'p-1',
      kind: 'sip',
      templateId: meeting.templateId,
      status: 'pagar',
      createdAt: meeting.createdAt,
      updatedAt: meeting.updatedAt,
    };
    expect(restoreMeeting({ ...bare, phases: meeting.phases, attendance: meeting.attendance }, CONTENT_VERSION)).toStrictEqual(meeting);
    const items = restoreMeeting({ ...bare, goals: [{ id: 'g', term: 'kort' }], interventions: [{ id: 'i', goalId: 'g' }] }, CONTENT_VERSION);
    expect(items.goals).toStrictEqual([newGoal('g', 'kort')]);
    expect(items.interventions).toStrictEqual([newIntervention('i', 'g')]);

    const deviation = newDeviation('d', 'p-1', '2026-01-01', NOW);
    expect(
      restoreDeviation({ id: 'd', planId: 'p-1', date: '2026-01-01', createdAt: deviation.createdAt, updatedAt: deviation.updatedAt }, CONTENT_VERSION),
    ).toStrictEqual(deviation);
  });

  it('fills an old version’s copies at every depth: a plan without closing, a participant and a goal without later fields, a meeting without review', () => {
    const { plan, meeting } = complete();
    const version = fixVersion(plan, { ...meeting, status: 'hallet' }, 2);
    const old = structuredClone(version) as unknown as { plan: Record<string, unknown>; meeting: Record<string, unknown> };
    delete old.plan.closing;
    delete old.plan.agreed;
    delete old.plan.lastHeldAt;
    const participants = old.plan.participants as Record<string, unknown>[];
    delete participants[0]!.isNoteTaker;
    delete participants[0]!.principalOther;
    delete (old.plan.booking as Record<string, unknown>).replyBy;
    delete old.meeting.review;
    delete (old.meeting.goals as Record<string, unknown>[])[0]!.term;
    const read = restoreVersion(old, CONTENT_VERSION);
    expect(read.plan.closing).toBeNull();
    expect(read.plan.agreed).toBeNull();
    expect(read.plan.lastHeldAt).toBe('');
    expect(read.plan.booking.replyBy).toBe('');
    expect(read.plan.participants[0]).toStrictEqual({ ...version.plan.participants[0]!, isNoteTaker: false, principalOther: '' });
    expect(read.meeting.review).toBeNull();
    expect(read.meeting.goals[0]).toStrictEqual({ ...version.meeting.goals[0]!, term: 'lang' });
    expect({ ...read, plan: version.plan, meeting: version.meeting }).toStrictEqual(version);
  });

  it('fills the plan as agreed at every depth: goals, interventions, own actions, parked issues and disagreements with the meeting’s item shapes', () => {
    const plan = restorePlan(
      {
        ...newPlan('p', NOW),
        agreed: {
          version: 3,
          goals: [{ id: 'g', text: 'Mål' }],
          interventions: [{ id: 'i', what: 'Stöd', when: 7 }],
          ownActions: [{ id: 'o' }, 'junk'],
          disagreements: [{ id: 'd', what: 'Skolskjutsen' }],
        },
      },
      CONTENT_VERSION,
    );
    expect(plan.agreed).toStrictEqual({
      version: 3,
      meetingId: '',
      heldAt: '',
      heldOn: '',
      goals: [{ ...newGoal('g', 'lang'), text: 'Mål' }],
      interventions: [{ ...newIntervention('i', ''), what: 'Stöd' }],
      ownActions: [{ id: 'o', by: 'personen', text: '' }],
      // An agreed plan stored before it kept them has none.
      parked: [],
      disagreements: [{ id: 'd', what: 'Skolskjutsen', between: '' }],
      leadParticipantId: '',
      leadRole: '',
      followUp: { date: '', startTime: '', place: '' },
    });
    expect(restorePlan({ ...newPlan('p', NOW), agreed: 'yes' }, CONTENT_VERSION).agreed).toBeNull();
  });

  it('a value of the wrong type gets the default; a wrong list item is left out', () => {
    const plan = restorePlan(
      {
        ...newPlan('p', NOW),
        status: 'okänd',
        person: 'Lisa',
        participants: [null, { id: 'x', isChair: 'ja', invitation: 'kanske' }],
        booking: { durationMinutes: '90' },
        closing: [],
      },
      CONTENT_VERSION,
    );
    expect(plan.status).toBe('forberedelse');
    expect(plan.person).toStrictEqual(newPlan('p', NOW).person);
    expect(plan.participants).toStrictEqual([newParticipant('x')]);
    expect(plan.booking.durationMinutes).toBe(60);
    expect(plan.closing).toBeNull();
  });
});

describe('the backup’s content', () => {
  it('reads a backup of today like a row, and refuses items it cannot place, saying where', () => {
    const { plan, meeting } = complete();
    const version = fixVersion(plan, { ...meeting, status: 'hallet' }, 2);
    const content = {
      contentVersion: CONTENT_VERSION,
      exportedAt: '2027-03-01T00:00:00.000Z',
      plans: [plan],
      meetings: [meeting],
      versions: [version],
      deviations: [],
    };
    expect(restoreBackup(structuredClone(content))).toStrictEqual({
      content: { exportedAt: content.exportedAt, plans: [plan], meetings: [meeting], versions: [version], deviations: [] },
    });
    // A field a default can give is filled, as on the device.
    const { closing: _closing, ...withoutClosing } = plan;
    expect(restoreBackup({ ...content, plans: [withoutClosing] })).toMatchObject({ content: { plans: [{ ...plan, closing: null }] } });
    // What cannot be placed is damage.
    expect(restoreBackup('x')).toMatchObject({ problem: 'damaged' });
    expect(restoreBackup({ ...content, plans: undefined })).toStrictEqual({ problem: 'damaged', at: 'plans' });
    expect(restoreBackup({ ...content, plans: [{ ...plan, status: 'x' }] })).toStrictEqual({ problem: 'damaged', at: 'plans[0].status' });
    expect(restoreBackup({ ...content, meetings: [{ ...meeting, planId: 3 }] })).toStrictEqual({ problem: 'damaged', at: 'meetings[0].planId' });
    expect(restoreBackup({ ...content, versions: [{ ...version, plan: null }] })).toStrictEqual({ problem: 'damaged', at: 'versions[0].plan' });
    expect(restoreBackup({ ...content, versions: [{ ...version, plan: { ...plan, id: '' } }] })).toStrictEqual({ problem: 'damaged', at: 'versions[0].plan.id' });
    expect(restoreBackup({ ...content, versions: [{ ...version, number: 5 }] })).toStrictEqual({ problem: 'damaged', at: 'versions[0].id' });
    expect(restoreBackup({ ...content, deviations: [7] })).toStrictEqual({ problem: 'damaged', at: 'deviations[0]' });
  });
});
