// The chair's overview across all plans (issue 6): booked meetings in date order (and whether their
// invitations are made), follow-ups whose date has passed without a meeting, and plans still
// waiting for invitation replies. Computed from
// the plans' summaries alone (planSummary.ts): each knows its next meeting (booking) and its last
// held meeting. Typed on the fields read, so a whole plan serves as well.
import { planMeetingKind } from './lifecycle';
import { nextMeetingAt, type PlanStatus } from './plan';
import type { PlanSummary } from './planSummary';

/** What the overview reads of a plan to place its booked meeting. */
export type Booked = Pick<PlanSummary, 'status' | 'booking'>;

export interface Upcoming<P extends Booked = PlanSummary> {
  plan: P;
  /** "YYYY-MM-DDTHH:MM" */
  at: string;
  kind: 'sip' | 'uppfoljning';
}

/** Open plans with a meeting booked today or later, soonest first. */
export function upcomingMeetings<P extends Booked>(plans: P[], today: string): Upcoming<P>[] {
  return plans
    .filter((p) => p.status !== 'avslutad' && p.booking.date >= today)
    .map((plan) => ({ plan, at: nextMeetingAt(plan), kind: planMeetingKind(plan.status) ?? 'sip' }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Open plans whose booked meeting is today (`today` is the device's local day, localIsoDate),
 * earliest start first: the meetings the chair can start from the overview.
 */
export function todaysMeetings<P extends Booked>(plans: P[], today: string): Upcoming<P>[] {
  return bookedToday(upcomingMeetings(plans, today), today);
}

function bookedToday<P extends Booked>(upcoming: Upcoming<P>[], today: string): Upcoming<P>[] {
  return upcoming.filter((u) => u.plan.booking.date === today);
}

/** A follow-up is overdue when its booked date has passed and no meeting was held on or after it. */
export function isOverdueFollowUp(plan: Booked & Pick<PlanSummary, 'lastHeldAt'>, today: string): boolean {
  const booked = plan.booking.date;
  return (plan.status === 'aktiv' || plan.status === 'uppfoljd') && booked !== '' && booked < today && plan.lastHeldAt < booked;
}

export function overdueFollowUps<P extends Booked & Pick<PlanSummary, 'lastHeldAt'>>(plans: P[], today: string): P[] {
  return plans.filter((p) => isOverdueFollowUp(p, today)).sort((a, b) => (a.booking.date < b.booking.date ? -1 : 1));
}

/**
 * Invitees of an upcoming meeting who have neither confirmed nor declined. None until the
 * invitations are made: a follow-up booked months ahead waits on no one yet.
 */
export function unanswered(plan: Booked & Pick<PlanSummary, 'invited'>, today: string): number {
  if (plan.status === 'avslutad' || plan.booking.date < today || plan.booking.date === '' || !plan.booking.invitations.made) return 0;
  return plan.invited;
}

export function awaitingReplies<P extends Booked & Pick<PlanSummary, 'invited'>>(plans: P[], today: string): { plan: P; count: number }[] {
  return waitingForReplies(upcomingMeetings(plans, today), today);
}

function waitingForReplies<P extends Booked & Pick<PlanSummary, 'invited'>>(upcoming: Upcoming<P>[], today: string): { plan: P; count: number }[] {
  return upcoming.map(({ plan }) => ({ plan, count: unanswered(plan, today) })).filter((x) => x.count > 0);
}

/** The first items of a list the overview shortens, and how many there are in all. */
export interface Shortened<T> {
  first: T[];
  total: number;
}

export interface Overview<P extends Booked> {
  /** Every meeting booked today, earliest start first. */
  today: Upcoming<P>[];
  upcoming: Shortened<Upcoming<P>>;
  overdue: Shortened<P>;
  awaiting: Shortened<{ plan: P; count: number }>;
}

/**
 * What the overview shows, in one pass: every meeting of today, and of the booked meetings, the
 * overdue follow-ups and the plans waiting for replies the first `shown` with their counts. What
 * it keeps is as short as what it shows, however many plans there are.
 */
export function overviewOf<P extends Booked & Pick<PlanSummary, 'lastHeldAt' | 'invited'>>(plans: P[], today: string, shown: number): Overview<P> {
  const upcoming = upcomingMeetings(plans, today);
  const overdue = overdueFollowUps(plans, today);
  const shorten = <T>(list: T[]): Shortened<T> => ({ first: list.slice(0, shown), total: list.length });
  return {
    today: bookedToday(upcoming, today),
    upcoming: shorten(upcoming),
    overdue: shorten(overdue),
    awaiting: shorten(waitingForReplies(upcoming, today)),
  };
}

export type StatusFilter = PlanStatus | 'alla';

export function byStatus<P extends Pick<PlanSummary, 'status'>>(plans: P[], filter: StatusFilter): P[] {
  return filter === 'alla' ? plans : plans.filter((p) => p.status === filter);
}
