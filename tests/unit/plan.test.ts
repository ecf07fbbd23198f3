import { describe, it, expect } from 'vitest';
import {
  consentInForce,
  consentWithdrawnOn,
  hasWithdrawnConsent,
  markRole,
  matchesName,
  newConsent,
  newParticipant,
  newPlan,
  nextMeetingAt,
  sortForList,
  type Consent,
  type Participant,
  type Plan,
} from '../../src/domain/plan';
import { dueForDeletion, isRetentionMonths } from '../../src/domain/retention';

const NOW = new Date(Date.UTC(2026, 2, 14, 9, 30, 0, 0));

function plan(id: string, patch: { updatedAt?: string; date?: string; startTime?: string; name?: string } = {}): Plan {
  const p = newPlan(id, NOW);
  if (patch.updatedAt !== undefined) p.updatedAt = patch.updatedAt;
  if (patch.date !== undefined) p.booking.date = patch.date;
  if (patch.startTime !== undefined) p.booking.startTime = patch.startTime;
  if (patch.name !== undefined) p.person.name = patch.name;
  return p;
}

function participant(id: string, isChair = false, isNoteTaker = false): Participant {
  return { ...newParticipant(id), name: `Deltagare ${id}`, isChair, isNoteTaker };
}

function consent(patch: Partial<Consent>): Consent {
  return { ...newConsent('c1', '2026-01-10'), ...patch };
}

describe('newPlan', () => {
  it('starts in preparation with a 60-minute meeting and nothing filled in', () => {
    const p = newPlan('plan-1', NOW);
    expect(p.id).toBe('plan-1');
    expect(p.status).toBe('forberedelse');
    expect(p.booking).toEqual({
      date: '',
      startTime: '',
      durationMinutes: 60,
      place: '',
      videoLink: '',
      replyBy: '',
      invitations: { made: false, on: '', at: '', told: '' },
    });
    expect(p.participants).toEqual([]);
    expect(p.consents).toEqual([]);
    expect(p.person.representatives).toEqual([]);
    expect(p.preparation.questions).toEqual([]);
    expect(p.person).toEqual({
      name: '',
      birthDate: '',
      idNumber: '',
      contact: { phone: '', email: '', address: '' },
      representatives: [],
    });
    expect(p.preparation.practical.interpreterNeeded).toBe(false);
    expect(p.preparation.practical.relativePresent).toBe(false);
  });

  it('stamps createdAt and updatedAt with the given moment', () => {
    const p = newPlan('x', NOW);
    expect(p.createdAt).toBe('2026-03-14T09:30:00.000Z');
    expect(p.updatedAt).toBe('2026-03-14T09:30:00.000Z');
  });

  it('gives every plan its own lists (no shared mutable state)', () => {
    const a = newPlan('a', NOW);
    const b = newPlan('b', NOW);
    a.participants.push(participant('p1'));
    a.person.representatives.push({ id: 'r', kind: 'god-man', name: 'X', contact: { phone: '', email: '', address: '' } });
    a.preparation.questions.push({ id: 'q', text: 'Fråga' });
    a.person.contact.email = 'a@example.se';
    expect(b.participants).toEqual([]);
    expect(b.person.representatives).toEqual([]);
    expect(b.preparation.questions).toEqual([]);
    expect(b.person.contact.email).toBe('');
  });
});

describe('markRole', () => {
  const flags = (list: Participant[]) => list.map((p) => [p.id, p.isChair, p.isNoteTaker]);

  it('marking a chair moves the mark from whoever had it', () => {
    const list = [participant('a', true), participant('b'), participant('c')];
    const result = markRole(list, 'b', 'isChair', true);
    expect(flags(result)).toEqual([
      ['a', false, false],
      ['b', true, false],
      ['c', false, false],
    ]);
    expect(result.filter((p) => p.isChair)).toHaveLength(1);
  });

  it('marking a note-taker moves that mark only and leaves the chair alone', () => {
    const list = [participant('a', true, false), participant('b', false, true), participant('c')];
    const result = markRole(list, 'a', 'isNoteTaker', true);
    expect(flags(result)).toEqual([
      ['a', true, true],
      ['b', false, false],
      ['c', false, false],
    ]);
  });

  it('marking the chair does not touch the note-taker flags', () => {
    const list = [participant('a', false, true), participant('b', true, false)];
    const result = markRole(list, 'a', 'isChair', true);
    expect(flags(result)).toEqual([
      ['a', true, true],
      ['b', false, false],
    ]);
  });

  it('unmarking clears only that participant and leaves everyone else as they were', () => {
    const list = [participant('a', true, false), participant('b', false, true), participant('c')];
    const result = markRole(list, 'a', 'isChair', false);
    expect(flags(result)).toEqual([
      ['a', false, false],
      ['b', false, true],
      ['c', false, false],
    ]);
    const unNote = markRole(list, 'b', 'isNoteTaker', false);
    expect(flags(unNote)).toEqual([
      ['a', true, false],
      ['b', false, false],
      ['c', false, false],
    ]);
  });

  it('unmarking someone who is not chair does not remove the actual chair', () => {
    const list = [participant('a', true), participant('b')];
    const result = markRole(list, 'b', 'isChair', false);
    expect(flags(result)).toEqual([
      ['a', true, false],
      ['b', false, false],
    ]);
  });

  it('does not mutate the input array or its participants', () => {
    const list = [participant('a', true, false), participant('b', false, true)];
    const snapshot = structuredClone(list);
    const result = markRole(list, 'b', 'isChair', true);
    expect(list).toEqual(snapshot);
    expect(result).not.toBe(list);
    expect(list[0]!.isChair).toBe(true);
    expect(list[1]!.isChair).toBe(false);
  });

  it('keeps order and all other fields', () => {
    const list = [participant('a'), { ...participant('b'), organisation: 'Region Skåne', email: 'b@region.se' }];
    const result = markRole(list, 'b', 'isChair', true);
    expect(result.map((p) => p.id)).toEqual(['a', 'b']);
    expect(result[1]!.organisation).toBe('Region Skåne');
    expect(result[1]!.email).toBe('b@region.se');
  });

  it('an unknown id with on=true leaves nobody marked', () => {
    const list = [participant('a', true), participant('b')];
    const result = markRole(list, 'zzz', 'isChair', true);
    expect(result.some((p) => p.isChair)).toBe(false);
  });
});

describe('nextMeetingAt', () => {
  it('is empty when no date is booked', () => {
    expect(nextMeetingAt(plan('a'))).toBe('');
    expect(nextMeetingAt(plan('a', { startTime: '10:00' }))).toBe('');
  });

  it('combines date and start time into a sortable ISO date-time', () => {
    expect(nextMeetingAt(plan('a', { date: '2026-04-02', startTime: '13:15' }))).toBe('2026-04-02T13:15');
  });

  it('uses midnight when only a date is booked', () => {
    expect(nextMeetingAt(plan('a', { date: '2026-04-02' }))).toBe('2026-04-02T00:00');
  });
});

describe('consentInForce', () => {
  const today = '2026-05-20';

  it('is in force before its end date', () => {
    expect(consentInForce(consent({ date: '2026-01-10', validUntil: '2026-12-31' }), today)).toBe(true);
  });

  it('is still in force on its last day', () => {
    expect(consentInForce(consent({ validUntil: '2026-05-20' }), today)).toBe(true);
  });

  it('is not in force the day after its end date', () => {
    expect(consentInForce(consent({ validUntil: '2026-05-19' }), today)).toBe(false);
    expect(consentInForce(consent({ validUntil: '2025-12-31' }), today)).toBe(false);
  });

  it('is not in force once withdrawn, even before its end date', () => {
    expect(consentInForce(consent({ validUntil: '2027-01-01', withdrawn: true, withdrawnDate: '2026-03-01' }), today)).toBe(false);
  });

  it('an open-ended consent (no end date yet) counts as in force unless withdrawn', () => {
    expect(consentInForce(consent({ validUntil: '' }), today)).toBe(true);
    expect(consentInForce(consent({ validUntil: '', withdrawn: true }), today)).toBe(false);
  });
});

describe('hasWithdrawnConsent', () => {
  it('is false without consents or with only active ones', () => {
    const p = plan('a');
    expect(hasWithdrawnConsent(p)).toBe(false);
    p.consents = [consent({ id: 'c1' }), consent({ id: 'c2', validUntil: '2020-01-01' })];
    expect(hasWithdrawnConsent(p)).toBe(false);
  });

  it('is true when any consent is withdrawn', () => {
    const p = plan('a');
    p.consents = [consent({ id: 'c1' }), consent({ id: 'c2', withdrawn: true, withdrawnDate: '2026-02-01' })];
    expect(hasWithdrawnConsent(p)).toBe(true);
  });
});

describe('matchesName', () => {
  const ayse = plan('a', { name: 'Ayşe Çelik' });
  const asa = plan('b', { name: 'Åsa Öberg' });

  it('matches case-insensitively', () => {
    expect(matchesName(asa, 'ÅSA')).toBe(true);
    expect(matchesName(asa, 'åsa')).toBe(true);
    expect(matchesName(asa, 'öBERG')).toBe(true);
  });

  it('folds diacritics in both the name and the query', () => {
    expect(matchesName(ayse, 'ayse')).toBe(true);
    expect(matchesName(ayse, 'celik')).toBe(true);
    expect(matchesName(ayse, 'AYSE ÇELIK')).toBe(true);
    expect(matchesName(asa, 'asa oberg')).toBe(true);
    expect(matchesName(plan('c', { name: 'asa' }), 'Åsa')).toBe(true);
  });

  it('handles decomposed (NFD) input the same as composed', () => {
    const decomposed = 'A\u030Asa'; // "Åsa" typed as A + combining ring
    expect(matchesName(plan('d', { name: 'Åsa' }), decomposed)).toBe(true);
    expect(matchesName(plan('d', { name: decomposed }), 'åsa')).toBe(true);
  });

  it('matches substrings and ignores surrounding whitespace in the query', () => {
    expect(matchesName(ayse, '  çel ')).toBe(true);
  });

  it('does not match a different name', () => {
    expect(matchesName(ayse, 'åsa')).toBe(false);
    expect(matchesName(asa, 'ayse')).toBe(false);
    expect(matchesName(asa, 'asaa')).toBe(false);
  });

  it('an empty or blank query matches every plan, also one without a name', () => {
    expect(matchesName(ayse, '')).toBe(true);
    expect(matchesName(plan('e'), '')).toBe(true);
    expect(matchesName(plan('e'), '   ')).toBe(true);
  });
});

describe('sortForList', () => {
  it('puts booked meetings first, soonest first, then unbooked plans by last change, newest first', () => {
    const plans = [
      plan('unbooked-old', { updatedAt: '2026-01-01T08:00:00.000Z' }),
      plan('booked-late', { date: '2026-06-01', startTime: '09:00', updatedAt: '2026-01-02T00:00:00.000Z' }),
      plan('unbooked-new', { updatedAt: '2026-03-01T08:00:00.000Z' }),
      plan('booked-soon-afternoon', { date: '2026-04-01', startTime: '14:00', updatedAt: '2025-01-01T00:00:00.000Z' }),
      plan('booked-soon-morning', { date: '2026-04-01', startTime: '08:30', updatedAt: '2025-01-01T00:00:00.000Z' }),
      plan('unbooked-mid', { updatedAt: '2026-02-01T08:00:00.000Z' }),
    ];
    expect(sortForList(plans).map((p) => p.id)).toEqual([
      'booked-soon-morning',
      'booked-soon-afternoon',
      'booked-late',
      'unbooked-new',
      'unbooked-mid',
      'unbooked-old',
    ]);
  });

  it('puts closed plans last, by last change, whatever their last booking said', () => {
    const closed = (id: string, date: string, updatedAt: string) => ({ ...plan(id, { date, startTime: '09:00', updatedAt }), status: 'avslutad' as const });
    const plans = [
      closed('closed-early-booking', '2024-01-10', '2024-01-10T12:00:00.000Z'),
      plan('unbooked', { updatedAt: '2026-01-01T08:00:00.000Z' }),
      closed('closed-recently', '2025-05-01', '2025-05-01T12:00:00.000Z'),
      plan('booked', { date: '2026-06-01', startTime: '09:00', updatedAt: '2026-01-02T00:00:00.000Z' }),
    ];
    expect(sortForList(plans).map((p) => p.id)).toEqual(['booked', 'unbooked', 'closed-recently', 'closed-early-booking']);
  });

  it('a date without a time sorts as the start of that day', () => {
    const plans = [plan('b', { date: '2026-04-01', startTime: '00:30' }), plan('a', { date: '2026-04-01' }), plan('c', { date: '2026-03-31', startTime: '23:59' })];
    expect(sortForList(plans).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });

  it('meetings at the same moment are ordered by last change, newest first', () => {
    const plans = [
      plan('older', { date: '2026-04-01', startTime: '10:00', updatedAt: '2026-01-01T00:00:00.000Z' }),
      plan('newer', { date: '2026-04-01', startTime: '10:00', updatedAt: '2026-02-01T00:00:00.000Z' }),
    ];
    expect(sortForList(plans).map((p) => p.id)).toEqual(['newer', 'older']);
  });

  it('does not reorder the input array', () => {
    const plans = [plan('x', { updatedAt: '2026-01-01T00:00:00.000Z' }), plan('y', { updatedAt: '2026-02-01T00:00:00.000Z' })];
    const sorted = sortForList(plans);
    expect(plans.map((p) => p.id)).toEqual(['x', 'y']);
    expect(sorted.map((p) => p.id)).toEqual(['y', 'x']);
    expect(sorted).not.toBe(plans);
  });

  it('handles an empty list', () => {
    expect(sortForList([])).toEqual([]);
  });
});

describe('consentWithdrawnOn', () => {
  it("is null without a withdrawal, else the latest withdrawal date ('' when undated)", () => {
    const plan = newPlan('p', new Date('2026-11-23T10:00:00Z'));
    const consent = (withdrawn: boolean, withdrawnDate: string) => ({
      id: withdrawnDate || 'x',
      givenBy: 'personen' as const,
      givenByName: '',
      form: 'muntligt' as const,
      date: '2026-01-01',
      scopes: [],
      notShared: '',
      validUntil: '',
      withdrawn,
      withdrawnDate,
    });
    expect(consentWithdrawnOn(plan)).toBeNull();
    plan.consents = [consent(false, ''), consent(true, '2026-03-01'), consent(true, '2026-05-01')];
    expect(consentWithdrawnOn(plan)).toBe('2026-05-01');
    plan.consents = [consent(true, '')];
    expect(consentWithdrawnOn(plan)).toBe('');
  });
});

describe('dueForDeletion (gallring)', () => {
  const at = (id: string, status: Plan['status'], updatedAt: string): Plan => ({ ...newPlan(id, new Date('2020-01-01T00:00:00Z')), status, updatedAt });
  const today = new Date('2026-11-23T12:00:00Z');
  const plans = [
    at('a', 'avslutad', '2024-11-22T12:00:00.000Z'),
    at('b', 'avslutad', '2024-11-24T12:00:00.000Z'),
    at('c', 'aktiv', '2020-01-01T00:00:00.000Z'),
    at('d', 'avslutad', '2021-05-05T00:00:00.000Z'),
  ];
  it('offers closed plans last changed before the period, oldest first; never when the period is 0', () => {
    expect(dueForDeletion(plans, 24, today).map((p) => p.id)).toEqual(['d', 'a']);
    expect(dueForDeletion(plans, 60, today).map((p) => p.id)).toEqual(['d']);
    expect(dueForDeletion(plans, 0, today)).toEqual([]);
    expect(isRetentionMonths(24)).toBe(true);
    expect(isRetentionMonths(7)).toBe(false);
    expect(isRetentionMonths('24')).toBe(false);
  });

  it('counts from the closing date when the plan records one, not from its last change', () => {
    const closedLongAgo = {
      ...at('e', 'avslutad', '2026-11-01T00:00:00.000Z'),
      closing: { date: '2023-01-10', reason: 'annat' as const, reasonText: 'Flyttat', whereToTurn: 'Kommunen' },
    };
    const closedRecently = {
      ...at('f', 'avslutad', '2020-01-01T00:00:00.000Z'),
      closing: { date: '2026-10-01', reason: 'malen-uppnadda' as const, reasonText: '', whereToTurn: 'Kommunen' },
    };
    expect(dueForDeletion([closedLongAgo, closedRecently], 24, today).map((p) => p.id)).toEqual(['e']);
  });
});
