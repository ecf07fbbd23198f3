// The part a plan opens on from its own address (issue 13, point 4): the meetings part when a
// meeting is booked today or under way, the first part otherwise.
import './stockholmTime';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/dates';
import { openingPart } from '../../src/domain/openingPart';
import { newPlan, type Plan } from '../../src/domain/plan';

const TODAY = '2026-12-07';

function plan(id: string, date: string, status: Plan['status'] = 'forberedelse'): Plan {
  const p = newPlan(id, new Date('2026-11-01T10:00:00Z'));
  p.status = status;
  p.booking = { ...p.booking, date, startTime: date ? '09:00' : '' };
  return p;
}

describe('the part a plan opens on', () => {
  it('opens a plan with a meeting booked today on its meetings part', () => {
    expect(openingPart(plan('p', TODAY), [], TODAY)).toBe('moten');
    expect(openingPart(plan('p', TODAY, 'aktiv'), [], TODAY)).toBe('moten');
  });

  it('opens a plan booked another day, or not booked, on its first part', () => {
    expect(openingPart(plan('p', '2026-12-08'), [], TODAY)).toBe('person');
    expect(openingPart(plan('p', '2026-12-06', 'aktiv'), [], TODAY)).toBe('person');
    expect(openingPart(plan('p', ''), [], TODAY)).toBe('person');
  });

  it('opens a plan with a meeting under way on its meetings part, whatever day it is booked', () => {
    expect(openingPart(plan('p', '2026-12-08'), [{ planId: 'p', status: 'pagar' }], TODAY)).toBe('moten');
    expect(openingPart(plan('p', ''), [{ planId: 'p', status: 'pagar' }], TODAY)).toBe('moten');
  });

  it("ignores held meetings and other plans' meetings", () => {
    const meetings = [
      { planId: 'p', status: 'hallet' as const },
      { planId: 'other', status: 'pagar' as const },
    ];
    expect(openingPart(plan('p', '2026-12-08'), meetings, TODAY)).toBe('person');
  });

  it('decides "today" as the overview does: a closed plan booked today has no meeting to start', () => {
    expect(openingPart(plan('p', TODAY, 'avslutad'), [], TODAY)).toBe('person');
  });

  it('takes the local day, not the UTC day: at 00:30 in Stockholm the meeting booked that day is today', () => {
    const today = localIsoDate(new Date('2026-12-06T23:30:00Z'));
    expect(today).toBe(TODAY);
    expect(openingPart(plan('p', TODAY), [], today)).toBe('moten');
    expect(openingPart(plan('p', '2026-12-06'), [], today)).toBe('person');
  });
});
