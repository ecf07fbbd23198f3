// Issue 11 ("Trust"), parts 6 and 7 as pure rules: follow-ups on time, the local calendar day of
// every date shown or exported (00:15 and 00:30 in winter and in summer time, Europe/Stockholm),
// a meeting's length from its template, and the booked next meeting kept after a meeting that
// books none, in every copy of the plan.
import './stockholmTime';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/dates';
import { newDeviation } from '../../src/domain/deviations';
import { newMeeting, type Meeting, type MeetingKind } from '../../src/domain/meeting';
import { afterMeetingHeld, newPlan, nextMeetingAfter, type Plan } from '../../src/domain/plan';
import { computeStatistics, followUpsOnTime } from '../../src/domain/statistics';
import { fixVersion } from '../../src/domain/versions';
import {
  CHECK_IN_MEETING,
  CLOSING_MEETING,
  COLLABORATION_MEETING,
  MEETING_TEMPLATES,
  SIP_CIRCLE,
  startingMinutes,
  templatesFor,
} from '../../src/i18n/meetingTemplates';
import { deviationsCsv, deviationsDocument } from '../../src/pdf/deviationDocument';
import { formatDate } from '../../src/i18n/format';
import { planCopies } from '../../src/pdf/planDocument';
import { heldMeeting } from '../fixtures/heldMeeting';

/** 00:30 local time in Stockholm: winter (CET, UTC+1) and summer (CEST, UTC+2). */
const WINTER_0030 = new Date(2027, 0, 15, 0, 30);
const SUMMER_0030 = new Date(2027, 6, 15, 0, 30);

describe('the test clock is Swedish', () => {
  it('00:30 local is the day before in UTC, in winter and in summer', () => {
    expect(WINTER_0030.toISOString()).toBe('2027-01-14T23:30:00.000Z');
    expect(SUMMER_0030.toISOString()).toBe('2027-07-14T22:30:00.000Z');
  });
});

// ---------------------------------------------------------------------------------------------
// 6a. Uppföljningar i tid

describe('follow-ups on time', () => {
  let n = 0;
  function held(planId: string, kind: MeetingKind, heldAt: Date, followUpDate = ''): Meeting {
    const plan = newPlan(planId, new Date(2026, 9, 1));
    const m = newMeeting({ id: `m-${++n}`, plan, template: SIP_CIRCLE, kind, minutes: 60, now: heldAt, newId: () => `x-${++n}` });
    return { ...m, status: 'hallet', heldAt: heldAt.toISOString(), followUp: { date: followUpDate, startTime: '', place: '' } };
  }
  const TODAY = '2027-03-10';
  // The SIP meeting on 15 January books the follow-up for 1 February.
  const sip = (planId: string) => held(planId, 'sip', new Date(2027, 0, 15, 10, 0), '2027-02-01');

  it('held on time: a follow-up meeting on the booked day, even at 00:15 (the UTC day before)', () => {
    const onTheDay = held('p', 'uppfoljning', new Date(2027, 1, 1, 0, 15));
    expect(onTheDay.heldAt.slice(0, 10)).toBe('2027-01-31');
    expect(followUpsOnTime([sip('p'), onTheDay], TODAY)).toEqual({ due: 1, onTime: 1 });
    expect(followUpsOnTime([sip('p'), held('p', 'uppfoljning', new Date(2027, 0, 28, 14, 0))], TODAY)).toEqual({ due: 1, onTime: 1 });
  });

  it('held late: a follow-up meeting after the booked day, even at 00:15 the day after (still the booked day in UTC)', () => {
    const dayAfter = held('p', 'uppfoljning', new Date(2027, 1, 2, 0, 15));
    expect(dayAfter.heldAt.slice(0, 10)).toBe('2027-02-01');
    expect(followUpsOnTime([sip('p'), dayAfter], TODAY)).toEqual({ due: 1, onTime: 0 });
  });

  it('another kind of meeting before the date does not count: the follow-up is late once its date has passed', () => {
    const collaboration = held('p', 'samverkansmote', new Date(2027, 0, 25, 10, 0));
    const checkIn = held('p', 'avstamningsmote', new Date(2027, 0, 30, 10, 0));
    expect(followUpsOnTime([sip('p'), collaboration, checkIn], TODAY)).toEqual({ due: 1, onTime: 0 });
    // Before the date has passed it is not yet due, whatever else was held.
    expect(followUpsOnTime([sip('p'), collaboration], '2027-02-01')).toEqual({ due: 0, onTime: 0 });
    // A follow-up meeting of another plan does not count either.
    expect(followUpsOnTime([sip('p'), held('other', 'uppfoljning', new Date(2027, 0, 30, 10, 0))], TODAY)).toEqual({ due: 1, onTime: 0 });
  });

  it('never held: late once the booked date has passed, not counted until then', () => {
    expect(followUpsOnTime([sip('p')], '2027-02-01')).toEqual({ due: 0, onTime: 0 });
    expect(followUpsOnTime([sip('p')], '2027-02-02')).toEqual({ due: 1, onTime: 0 });
  });

  it('computeStatistics counts them the same way, in the order the meetings were held', () => {
    const meetings = [held('p', 'uppfoljning', new Date(2027, 0, 31, 10, 0)), held('q', 'samverkansmote', new Date(2027, 0, 20, 10, 0)), sip('p'), sip('q')];
    expect(computeStatistics(meetings, TODAY).followUps).toEqual({ due: 2, onTime: 1 });
  });
});

// ---------------------------------------------------------------------------------------------
// 6b. The local calendar day

describe('every date is the local calendar day', () => {
  it('a deviation registered at 00:30 is dated that day, and its CSV and PDF say it was recorded that day', () => {
    for (const now of [WINTER_0030, SUMMER_0030]) {
      const day = localIsoDate(now);
      const d = { ...newDeviation('d', 'plan-1', localIsoDate(now), now), parties: 'Skolan', description: 'Uteblev' };
      expect(d.date).toBe(day);
      expect(deviationsCsv([d]).trim().split('\r\n')[1]).toBe(`${day};Riktlinjen följs inte;Skolan;Uteblev;plan-1;${day}`);
      const pdf = JSON.stringify(deviationsDocument([d], day).blocks);
      expect(pdf).toContain(`{"label":"Registrerad","value":"${formatDate(day)}"}`);
      expect(deviationsCsv([d])).not.toContain(now.toISOString().slice(0, 10));
    }
  });

  it('a meeting held at 00:15 counts in its own month and is the plan’s last meeting that day', () => {
    const plan = newPlan('p', new Date(2026, 9, 1));
    // 00:15 on 1 February (winter) and on 1 August (summer): the UTC day is in the month before.
    for (const at of [new Date(2027, 1, 1, 0, 15), new Date(2027, 7, 1, 0, 15)]) {
      const m = {
        ...newMeeting({ id: 'm', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: at, newId: () => 'x' }),
        status: 'hallet' as const,
        heldAt: at.toISOString(),
      };
      m.clock = { ...m.clock, startedAt: at.getTime() - 3_600_000, endedAt: at.getTime() };
      const month = localIsoDate(at).slice(0, 7);
      expect(at.toISOString().slice(0, 7)).not.toBe(month);
      expect(computeStatistics([m], '2027-12-31').perMonth).toEqual([{ month, count: 1 }]);
      expect(afterMeetingHeld(plan, m, 'aktiv', at).lastHeldAt).toBe(localIsoDate(at));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 6c. A meeting's length follows its template

describe('meeting length', () => {
  it('every template has a length, and the avstämnings- and avslutningsmöte have their own', () => {
    for (const t of MEETING_TEMPLATES) expect(t.defaultMinutes, t.id).toBeGreaterThanOrEqual(15);
    expect(CHECK_IN_MEETING.defaultMinutes).toBe(30);
    expect(CLOSING_MEETING.defaultMinutes).toBe(45);
    expect(COLLABORATION_MEETING.defaultMinutes).toBe(60);
  });

  it('a meeting starts with its template’s length; the plan’s own meeting with the length booked for it', () => {
    expect(startingMinutes(templatesFor('avstamningsmote')[0]!, false, 90)).toBe(30);
    expect(startingMinutes(templatesFor('avslutningsmote')[0]!, false, 60)).toBe(45);
    expect(startingMinutes(SIP_CIRCLE, true, 90)).toBe(90);
    expect(startingMinutes(SIP_CIRCLE, true, 0)).toBe(60);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. The next meeting is never lost

describe('the booked next meeting', () => {
  const NOW = new Date(2027, 1, 10, 11, 0);
  function booked(): Plan {
    const { plan } = heldMeeting();
    plan.booking = { ...plan.booking, date: '2027-03-01', startTime: '13:00', place: 'Skolan', replyBy: '2027-02-20' };
    plan.participants = plan.participants.map((p, i) => ({ ...p, invitation: i === 0 ? 'bekraftad' : 'inbjuden' }));
    return plan;
  }
  const none = { date: '', startTime: '', place: '' };

  it('stays in force after a meeting that books no follow-up (a samverkansmöte), replies and all', () => {
    const plan = booked();
    const next = afterMeetingHeld(plan, { kind: 'samverkansmote', heldAt: NOW.toISOString(), followUp: none }, 'aktiv', NOW);
    expect(next.booking).toEqual(plan.booking);
    expect(next.participants).toEqual(plan.participants);
    expect(nextMeetingAfter(next, { kind: 'samverkansmote', followUp: none })).toEqual({ date: '2027-03-01', startTime: '13:00', place: 'Skolan' });
  });

  it('is replaced by a follow-up booked in the meeting, and used up by the plan’s own meeting that books none', () => {
    const plan = booked();
    const rebooked = afterMeetingHeld(
      plan,
      { kind: 'samverkansmote', heldAt: NOW.toISOString(), followUp: { date: '2027-04-01', startTime: '09:00', place: 'BUP' } },
      'aktiv',
      NOW,
    );
    expect(rebooked.booking).toMatchObject({ date: '2027-04-01', startTime: '09:00', place: 'BUP', replyBy: '' });
    const followedUp = afterMeetingHeld(plan, { kind: 'uppfoljning', heldAt: NOW.toISOString(), followUp: none }, 'uppfoljd', NOW);
    expect(followedUp.booking).toMatchObject({ date: '', startTime: '', replyBy: '', durationMinutes: plan.booking.durationMinutes, place: 'Skolan' });
    expect(nextMeetingAfter(followedUp, { kind: 'uppfoljning', followUp: none })).toBeNull();
    // A version fixed before bookings were cleared still holds the plan's own meeting as its booking: not a next one.
    expect(nextMeetingAfter(plan, { kind: 'sip', followUp: none })).toBeNull();
  });

  it('every copy of the plan states it after a samverkansmöte; "inte bestämd" only when nothing is booked', () => {
    const { meeting } = heldMeeting();
    const plan = booked();
    const collaboration: Meeting = { ...meeting, kind: 'samverkansmote', followUp: none, heldAt: NOW.toISOString() };
    const after = afterMeetingHeld(plan, collaboration, 'aktiv', NOW);
    const version = fixVersion(after, collaboration, 2);
    const copies = planCopies({ plan: version.plan, meeting: version.meeting, version: 2, madeOn: '2027-02-10', includeIdNumber: false });
    expect(copies).toHaveLength(1 + plan.participants.length);
    const [person, ...participants] = copies.map((c) => JSON.stringify(c.blocks));
    expect(person).toContain('Nästa möte är måndag 1 mars 2027 klockan 13:00. Mötet är på Skolan.');
    expect(person).not.toContain('inte bestämd');
    for (const copy of participants) {
      expect(copy).toContain('{"label":"När","value":"mån 1 mars 2027 13:00"}');
      expect(copy).toContain('{"label":"Plats","value":"Skolan"}');
      expect(copy).not.toContain('inte bestämd');
    }
    // Nothing booked: then, and only then, not decided.
    const nothing = { ...version.plan, booking: { ...version.plan.booking, date: '', startTime: '' } };
    const unbooked = planCopies({ plan: nothing, meeting: version.meeting, version: 2, madeOn: '2027-02-10', includeIdNumber: false }).map((c) =>
      JSON.stringify(c.blocks),
    );
    expect(unbooked[0]).toContain('Tiden för nästa möte är inte bestämd än.');
    expect(unbooked[1]).toContain('Tiden för uppföljningen är inte bestämd.');
  });

  it('before the SIP meeting, a samverkansmöte that books nothing states the booked SIP meeting as the next one', () => {
    const { meeting } = heldMeeting();
    const plan = { ...booked(), status: 'forberedelse' as const };
    const collaboration: Meeting = { ...meeting, kind: 'samverkansmote', followUp: none, heldAt: NOW.toISOString() };
    const after = afterMeetingHeld(plan, collaboration, 'forberedelse', NOW);
    const copy = JSON.stringify(planCopies({ plan: after, meeting: collaboration, version: 1, madeOn: '2027-02-10', includeIdNumber: false })[1]!.blocks);
    expect(copy).toContain('{"kind":"heading","level":1,"text":"Nästa SIP-möte"},{"kind":"fields","rows":[{"label":"När","value":"mån 1 mars 2027 13:00"}');
  });

  it('a follow-up booked in the meeting is what every copy states', () => {
    const { plan, meeting } = heldMeeting();
    const copies = planCopies({
      plan,
      meeting: { ...meeting, followUp: { date: '2027-05-03', startTime: '10:00', place: 'BUP' } },
      version: 1,
      madeOn: '2026-11-23',
      includeIdNumber: false,
    });
    expect(JSON.stringify(copies[0]!.blocks)).toContain('Nästa möte är måndag 3 maj 2027 klockan 10:00. Mötet är på BUP.');
    expect(JSON.stringify(copies[1]!.blocks)).toContain('{"label":"När","value":"mån 3 maj 2027 10:00"}');
  });
});
