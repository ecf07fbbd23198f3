// The SIP over time, as pure rules: closing and a new SIP, the overview, deviations and their CSV,
// statistics.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv';
import { newDeviation, sortDeviations, validateDeviation } from '../../src/domain/deviations';
import { closePlan, newClosing, newSipFrom, validateClosing } from '../../src/domain/lifecycle';
import { newMeeting, PERSON_ID, type Meeting } from '../../src/domain/meeting';
import { summarize } from '../../src/domain/planSummary';
import { awaitingReplies, byStatus, isOverdueFollowUp, overdueFollowUps, upcomingMeetings } from '../../src/domain/overview';
import { invitationsCurrent, invitationsMade, invitationsOutdated, repliesToAnotherTime } from '../../src/domain/invitations';
import { afterMeetingHeld, newParticipant, newPlan, newRepresentative, type Plan } from '../../src/domain/plan';
import { computeStatistics } from '../../src/domain/statistics';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { deviationsCsv } from '../../src/pdf/deviationDocument';

const TODAY = '2027-03-10';

function plan(id: string, patch: Partial<Plan> = {}, booking: Partial<Plan['booking']> = {}): Plan {
  const p = { ...newPlan(id, new Date('2026-10-01T08:00:00Z')), ...patch };
  p.person.name = `Person ${id}`;
  p.booking = { ...p.booking, ...booking };
  return p;
}

describe('closing', () => {
  it('needs a date not in the future, where to turn, and words for "annat"', () => {
    const closing = newClosing(TODAY);
    expect(validateClosing(closing, TODAY)).toEqual({ 'closing.whereToTurn': 'required' });
    expect(validateClosing({ ...closing, whereToTurn: 'Kommunen', reason: 'annat' }, TODAY)).toEqual({ 'closing.reasonText': 'required' });
    expect(validateClosing({ ...closing, whereToTurn: 'Kommunen', date: '2027-03-11' }, TODAY)).toEqual({ 'closing.date': 'date.future' });
    expect(validateClosing({ ...closing, whereToTurn: 'Kommunen', date: '10/3' }, TODAY)).toEqual({ 'closing.date': 'date.format' });
    expect(validateClosing({ ...closing, whereToTurn: 'Kommunen' }, TODAY)).toEqual({});
  });

  it('closes an open plan (a copy), never a closed one', () => {
    const open = plan('p', { status: 'uppfoljd' });
    const closing = { ...newClosing(TODAY), whereToTurn: 'Kommunen' };
    const closed = closePlan(open, closing, new Date('2027-03-10T12:00:00Z'))!;
    expect(closed.status).toBe('avslutad');
    expect(closed.closing).toEqual(closing);
    expect(open.status).toBe('uppfoljd');
    expect(closePlan(closed, closing, new Date())).toBeNull();
  });

  it('a new SIP for the same person carries the person and the participants, nothing given before', () => {
    const closed = plan('old', { status: 'avslutad', closing: { ...newClosing(TODAY), whereToTurn: 'x' } });
    closed.participants = [{ ...newParticipant('a'), name: 'Anna', invitation: 'bekraftad' }];
    closed.consents = [
      {
        id: 'c',
        givenBy: 'personen',
        givenByName: '',
        form: 'skriftligt',
        date: '2026-01-01',
        scopes: [],
        notShared: '',
        validUntil: '',
        withdrawn: false,
        withdrawnDate: '',
      },
    ];
    closed.preparation.purpose = 'Gammalt syfte';
    const next = newSipFrom(closed, 'new', new Date('2027-04-01T08:00:00Z'));
    expect(next).toMatchObject({ id: 'new', status: 'forberedelse', closing: null, lastHeldAt: '', consents: [] });
    expect(next.person).toEqual(closed.person);
    expect(next.participants.map((p) => [p.name, p.invitation])).toEqual([['Anna', 'inbjuden']]);
    expect(next.preparation.purpose).toBe('');
  });
});

describe('overview', () => {
  const plans = [
    plan(
      'soon',
      { status: 'aktiv', lastHeldAt: '2027-01-01' },
      { date: '2027-03-12', startTime: '10:00', invitations: { made: true, on: '2027-02-20', at: '', told: '' } },
    ),
    plan('later', { status: 'forberedelse' }, { date: '2027-04-01', startTime: '09:00' }),
    plan('overdue', { status: 'uppfoljd', lastHeldAt: '2027-01-15' }, { date: '2027-03-01' }),
    plan('held-on-time', { status: 'uppfoljd', lastHeldAt: '2027-03-01' }, { date: '2027-03-01' }),
    plan('closed', { status: 'avslutad' }, { date: '2027-03-20' }),
  ];
  plans[0]!.participants = [
    { ...newParticipant('x'), invitation: 'inbjuden' },
    { ...newParticipant('y'), invitation: 'bekraftad' },
  ];
  // Booked, with an invitee, but no invitations made yet.
  plans[1]!.participants = [{ ...newParticipant('z'), invitation: 'inbjuden' }];

  it('lists booked meetings of open plans from today, soonest first, with the kind of meeting', () => {
    expect(upcomingMeetings(plans, TODAY).map((u) => [u.plan.id, u.kind, u.at])).toEqual([
      ['soon', 'uppfoljning', '2027-03-12T10:00'],
      ['later', 'sip', '2027-04-01T09:00'],
    ]);
  });

  it('flags a follow-up whose date passed without a meeting held on or after it', () => {
    expect(overdueFollowUps(plans, TODAY).map((p) => p.id)).toEqual(['overdue']);
    expect(isOverdueFollowUp(plans[3]!, TODAY)).toBe(false);
    // On the day itself it is not late yet.
    expect(isOverdueFollowUp(plans[2]!, '2027-03-01')).toBe(false);
  });

  it('counts who has not answered an upcoming meeting once its invitations are made, and filters by status', () => {
    expect(awaitingReplies(plans.map(summarize), TODAY).map((a) => [a.plan.id, a.count])).toEqual([['soon', 1]]);
    expect(byStatus(plans, 'uppfoljd').map((p) => p.id)).toEqual(['overdue', 'held-on-time']);
    expect(byStatus(plans, 'alla')).toHaveLength(5);
  });
});

describe('invitations', () => {
  it('a booking waits on no one until its invitations are made, nor while they no longer tell it; an undone change counts for nothing', () => {
    const p = plan('p', { status: 'forberedelse' }, { date: '2027-03-20', startTime: '10:00' });
    p.participants = [{ ...newParticipant('x'), invitation: 'inbjuden' }];
    const waiting = () => awaitingReplies([summarize(p)], TODAY).map((a) => a.count);
    expect(waiting()).toEqual([]);
    invitationsMade(p, TODAY);
    expect(p.booking.invitations).toMatchObject({ made: true, on: TODAY, at: '2027-03-20T10:00' });
    expect(invitationsCurrent(p)).toBe(true);
    expect(waiting()).toEqual([1]);
    // Each fact the invitations tell, changed and then put back.
    const changes: [string, () => void, () => void][] = [
      ['time', () => (p.booking.startTime = '10:30'), () => (p.booking.startTime = '10:00')],
      ['length', () => (p.booking.durationMinutes = 90), () => (p.booking.durationMinutes = 60)],
      ['place', () => (p.booking.place = 'Rum 4'), () => (p.booking.place = '')],
      ['reply date', () => (p.booking.replyBy = '2027-03-10'), () => (p.booking.replyBy = '')],
      ['someone invited', () => p.participants.push(newParticipant('z')), () => void p.participants.pop()],
      ['a guardian of a child', () => (p.person.representatives = [{ ...newRepresentative('g'), kind: 'vardnadshavare' }]), () => (p.person.representatives = [])],
    ];
    p.person.birthDate = '2015-01-01';
    for (const [what, change, undo] of changes) {
      change();
      expect(invitationsOutdated(p), what).toBe(true);
      expect(waiting(), what).toEqual([]);
      undo();
      expect(invitationsCurrent(p), what).toBe(true);
    }
    // A name corrected is not a new invitation.
    p.participants[0]!.name = 'Anna Berg';
    expect(invitationsCurrent(p)).toBe(true);
  });

  it('replies to invitations made for another time are cleared when new ones are made; a changed place keeps them', () => {
    const p = plan('p', { status: 'forberedelse' }, { date: '2027-03-20', startTime: '10:00' });
    p.participants = [
      { ...newParticipant('x'), invitation: 'inbjuden' },
      { ...newParticipant('y'), invitation: 'bekraftad' },
    ];
    invitationsMade(p, TODAY);
    // Remade for the same meeting (a new place): the replies stand.
    p.booking.place = 'Rum 4';
    expect(repliesToAnotherTime(p)).toBe(false);
    invitationsMade(p, TODAY);
    expect(p.participants.map((x) => x.invitation)).toEqual(['inbjuden', 'bekraftad']);
    // Moved half an hour: y confirmed the old time.
    p.booking.startTime = '10:30';
    expect(repliesToAnotherTime(p)).toBe(true);
    invitationsMade(p, TODAY);
    expect(p.participants.map((x) => x.invitation)).toEqual(['inbjuden', 'inbjuden']);
    expect(p.booking.invitations.at).toBe('2027-03-20T10:30');
    expect(repliesToAnotherTime(p)).toBe(false);
  });

  it('invitations made before the app kept what they told stand until made again', () => {
    const p = plan('p', { status: 'aktiv' }, { date: '2027-03-20', startTime: '10:00', invitations: { made: true, on: '', at: '', told: '' } });
    p.booking.place = 'Rum 4';
    expect(invitationsCurrent(p)).toBe(true);
  });

  it('a follow-up booked in a meeting starts without invitations; another kind of meeting keeps them', () => {
    const p = plan('p', { status: 'aktiv' }, { date: '2027-03-20', startTime: '10:00', invitations: { made: true, on: '2027-03-01', at: '', told: '' } });
    const held = { heldAt: '2027-03-20T10:00:00Z', followUp: { date: '2027-09-01', startTime: '10:00', place: '' } };
    expect(afterMeetingHeld(p, held, null, new Date()).booking.invitations).toEqual({ made: false, on: '', at: '', told: '' });
    const other = { heldAt: '2027-03-15T10:00:00Z', followUp: { date: '', startTime: '', place: '' }, kind: 'samverkansmote' };
    expect(afterMeetingHeld(p, other, null, new Date()).booking.invitations).toEqual({ made: true, on: '2027-03-01', at: '', told: '' });
  });
});

describe('deviations', () => {
  it('need parties and what happened, and a date not in the future', () => {
    const d = newDeviation('d', 'p', TODAY, new Date());
    expect(validateDeviation(d, TODAY)).toEqual({ parties: 'required', description: 'required' });
    expect(validateDeviation({ ...d, parties: 'Skolan', description: 'Uteblev', date: '2027-03-11' }, TODAY)).toEqual({ date: 'date.future' });
  });

  it('export as CSV for Swedish spreadsheets: quoted where needed, no formula can run, newest first', () => {
    const a = { ...newDeviation('a', 'plan-1', '2027-01-05', new Date('2027-01-05T10:00:00Z')), parties: 'Skolan; BUP', description: 'Sa "nej"\nigen' };
    const b = {
      ...newDeviation('b', 'plan-2', '2027-02-01', new Date('2027-02-01T10:00:00Z')),
      type: 'insats-ej-utford' as const,
      parties: '=HYPERLINK("x")',
      description: '+46 70',
    };
    expect(sortDeviations([a, b]).map((d) => d.id)).toEqual(['b', 'a']);
    expect(deviationsCsv([a, b])).toBe(
      '\uFEFFDatum;Typ;Berörda parter;Beskrivning;Plan-id;Registrerad\r\n' +
        `2027-02-01;Överenskommen insats har inte utförts;"'=HYPERLINK(""x"")";'+46 70;plan-2;2027-02-01\r\n` +
        '2027-01-05;Riktlinjen följs inte;"Skolan; BUP";"Sa ""nej""\nigen";plan-1;2027-01-05\r\n',
    );
    expect(toCsv([[1.5, -2]])).toBe('\uFEFF1,5;-2\r\n');
  });
});

describe('statistics', () => {
  let n = 0;
  function held(planId: string, heldAt: string, patch: Partial<Meeting> = {}): Meeting {
    const p = plan(planId);
    p.participants = [{ ...newParticipant('anna'), name: 'Anna', isChair: true }];
    const m = newMeeting({ id: `m-${++n}`, plan: p, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: new Date(heldAt), newId: () => `x-${++n}` });
    const start = Date.parse(heldAt) - 50 * 60_000;
    // Inledning 8 min, Behov 30 min (of 27), the rest unused.
    m.clock = {
      ...m.clock,
      startedAt: start,
      endedAt: Date.parse(heldAt),
      phase: { current: null, since: null, spent: { inledning: 8 * 60_000, behov: 30 * 60_000 } },
    };
    return { ...m, status: 'hallet', heldAt, ...patch };
  }
  const person = (status: 'narvarande' | 'franvarande') => [{ attendeeId: PERSON_ID, status, substituteName: '' }];

  it('meetings per month, time per phase against budget, the person present, the average score, follow-ups on time', () => {
    const meetings = [
      held('p1', '2027-01-10T10:00:00Z', {
        attendance: person('narvarande'),
        feedback: [{ attendeeId: PERSON_ID, score: 4, comment: '' }],
        followUp: { date: '2027-02-10', startTime: '', place: '' },
      }),
      held('p1', '2027-02-09T10:00:00Z', {
        kind: 'uppfoljning',
        attendance: person('narvarande'),
        feedback: [
          { attendeeId: 'anna', score: 5, comment: '' },
          { attendeeId: PERSON_ID, score: 0, comment: '' },
        ],
        followUp: { date: '2027-03-01', startTime: '', place: '' },
      }),
      held('p2', '2027-02-20T10:00:00Z', { attendance: person('franvarande'), followUp: { date: '2027-04-01', startTime: '', place: '' } }),
      { ...held('p3', '2027-02-21T10:00:00Z'), status: 'pagar' as const },
    ];
    const s = computeStatistics(meetings, TODAY);
    expect(s.held).toBe(3);
    expect(s.perMonth).toEqual([
      { month: '2027-01', count: 1 },
      { month: '2027-02', count: 2 },
    ]);
    const behov = s.phases.find((p) => p.title === 'Behov')!;
    expect(behov).toEqual({ title: 'Behov', meetings: 3, budgetMs: 27 * 60_000, spentMs: 30 * 60_000 });
    expect(s.phases.map((p) => p.title)).toEqual(['Inledning', 'Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning']);
    expect(s.personPresentShare).toBeCloseTo(2 / 3);
    expect(s.averageScore).toBe(4.5);
    expect(s.scores).toBe(2);
    // p1's first follow-up came a day early (on time); its second (2027-03-01) is past and not held;
    // p2's (2027-04-01) is not due yet.
    expect(s.followUps).toEqual({ due: 2, onTime: 1 });
  });

  it('with no held meeting: no shares or averages', () => {
    expect(computeStatistics([], TODAY)).toMatchObject({ held: 0, personPresentShare: null, averageScore: null, followUps: { due: 0, onTime: 0 } });
  });
});
