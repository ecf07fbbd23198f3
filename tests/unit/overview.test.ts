// Today's meetings on the overview: the plans whose booked meeting is on the device's local day.
import './stockholmTime';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/dates';
import { awaitingReplies, overdueFollowUps, overviewOf, todaysMeetings, upcomingMeetings } from '../../src/domain/overview';
import { invitationsMade } from '../../src/domain/invitations';
import { newParticipant, newPlan, type Participant, type Plan } from '../../src/domain/plan';
import { summarize } from '../../src/domain/planSummary';

function plan(id: string, date: string, startTime: string, status: Plan['status'] = 'forberedelse'): Plan {
  const p = newPlan(id, new Date('2026-11-01T10:00:00Z'));
  p.status = status;
  p.booking = { ...p.booking, date, startTime };
  return p;
}

/** A participant invited who has not answered. */
function inviteeOf(name: string): Participant {
  return { ...newParticipant(`p-${name}`), name, invitation: 'inbjuden' };
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

describe('the overview of a caseload', () => {
  it('keeps every meeting of today, and of the rest the first few with how many there are', () => {
    const plans: Plan[] = [];
    // Eight booked later (three of them invited and waiting for two replies each; one with invitees
    // not invited yet), two today, three follow-ups overdue.
    for (let i = 0; i < 8; i++) plans.push(plan(`later-${i}`, `2026-12-${String(10 + i).padStart(2, '0')}`, '10:00'));
    for (const p of plans.slice(0, 4)) p.participants = [inviteeOf('a'), inviteeOf('b')];
    for (const p of plans.slice(0, 3)) invitationsMade(p, '2026-11-20');
    plans.push(plan('today-2', '2026-12-06', '13:00'), plan('today-1', '2026-12-06', '08:00'));
    for (let i = 0; i < 3; i++) plans.push(plan(`overdue-${i}`, `2026-11-0${i + 1}`, '10:00', 'aktiv'));
    plans.push(plan('closed', '2026-12-08', '10:00', 'avslutad'));

    // As the list has them: summaries (they count the invitations not answered).
    const summaries = plans.map(summarize);
    const view = overviewOf(summaries, '2026-12-06', 5);
    expect(view.today.map((u) => u.plan.id)).toEqual(['today-1', 'today-2']);
    expect(view.upcoming.total).toBe(10);
    expect(view.upcoming.first.map((u) => u.plan.id)).toEqual(['today-1', 'today-2', 'later-0', 'later-1', 'later-2']);
    expect(view.overdue).toEqual({ first: summaries.slice(10, 13), total: 3 });
    expect(view.awaiting.total).toBe(3);
    expect(view.awaiting.first.map((a) => [a.plan.id, a.count])).toEqual([
      ['later-0', 2],
      ['later-1', 2],
      ['later-2', 2],
    ]);
    // The same answers as the functions each part stands for.
    expect(view.upcoming.first).toEqual(upcomingMeetings(summaries, '2026-12-06').slice(0, 5));
    expect(view.awaiting.first).toEqual(awaitingReplies(summaries, '2026-12-06'));
    expect(view.overdue.first).toEqual(overdueFollowUps(summaries, '2026-12-06'));
  });
});
