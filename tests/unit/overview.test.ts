// Today's meetings on the overview: the plans whose booked meeting is on the device's local day.
import './stockholmTime';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/dates';
import { todaysMeetings } from '../../src/domain/overview';
import { newPlan, type Plan } from '../../src/domain/plan';

function plan(id: string, date: string, startTime: string, status: Plan['status'] = 'forberedelse'): Plan {
  const p = newPlan(id, new Date('2026-11-01T10:00:00Z'));
  p.status = status;
  p.booking = { ...p.booking, date, startTime };
  return p;
}

describe("today's meetings", () => {
  it('lists open plans booked today, earliest first, and nothing booked another day or closed', () => {
    const plans = [
      plan('late', '2026-12-06', '14:00', 'aktiv'),
      plan('early', '2026-12-06', '09:00'),
      plan('tomorrow', '2026-12-07', '09:00'),
      plan('yesterday', '2026-12-05', '09:00', 'aktiv'),
      plan('closed', '2026-12-06', '10:00', 'avslutad'),
      plan('unbooked', '', ''),
    ];
    expect(todaysMeetings(plans, '2026-12-06').map((u) => [u.plan.id, u.kind, u.at])).toEqual([
      ['early', 'sip', '2026-12-06T09:00'],
      ['late', 'uppfoljning', '2026-12-06T14:00'],
    ]);
  });

  it('takes the local day, not the UTC day: at 00:30 in Stockholm the meeting booked that day is today', () => {
    // 00:30 on 6 December in Stockholm is still 5 December in UTC.
    const now = new Date('2026-12-05T23:30:00Z');
    expect(now.toISOString().slice(0, 10)).toBe('2026-12-05');
    const today = localIsoDate(now);
    expect(today).toBe('2026-12-06');
    const plans = [plan('today', '2026-12-06', '08:00'), plan('utc-day', '2026-12-05', '08:00')];
    expect(todaysMeetings(plans, today).map((u) => u.plan.id)).toEqual(['today']);
  });
});
