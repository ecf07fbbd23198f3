// What the plan list, the overview, gallring and the deviation list show of a plan: its summary.
// Lists read summaries (kept in a sealed index beside the plans, storage/planIndex.ts); a whole
// plan is opened only when the chair opens it. The functions that list plans (overview.ts,
// retention.ts, plan.ts's search and sort) are typed on the fields they read, so they serve
// summaries and whole plans alike.
import { inviteDay, invitationsCurrent } from './invitations';
import { familyReply, invitedFamily } from './parties';
import type { Plan, PlanStatus } from './plan';

export interface PlanSummary {
  id: string;
  status: PlanStatus;
  /** ISO timestamp of the last change (the list's order for plans with no meeting booked). */
  updatedAt: string;
  person: { name: string };
  /** The next meeting: "YYYY-MM-DD" and "HH:MM", '' when not booked; whether its invitations are made and still tell it (invitations.ts). */
  booking: { date: string; startTime: string; invitations: { made: boolean } };
  /** ISO date of the last held meeting; '' before the first. */
  lastHeldAt: string;
  /** The closing date when the SIP is closed (gallring counts from it). */
  closing: { date: string } | null;
  /** Invitees who have not answered: participants, and the family and representatives invited. */
  invited: number;
}

const MADE: PlanSummary['booking']['invitations'] = Object.freeze({ made: true });
const NOT_MADE: PlanSummary['booking']['invitations'] = Object.freeze({ made: false });

/** A summary's invitations: one shared object for each answer, so 5,000 summaries hold no 5,000 of them. */
export function summaryInvitations(made: boolean): PlanSummary['booking']['invitations'] {
  return made ? MADE : NOT_MADE;
}

/** The plan's summary: only what the lists show, nothing else of the plan. */
export function summarize(plan: Plan): PlanSummary {
  return {
    id: plan.id,
    status: plan.status,
    updatedAt: plan.updatedAt,
    person: { name: plan.person.name },
    booking: { date: plan.booking.date, startTime: plan.booking.startTime, invitations: summaryInvitations(invitationsCurrent(plan)) },
    lastHeldAt: plan.lastHeldAt,
    closing: plan.closing ? { date: plan.closing.date } : null,
    invited: unansweredInvitations(plan),
  };
}

/**
 * How many invitees have not answered, the chair not counted. Whether a guardian is invited depends
 * on the person's age (parties.ts), taken on the day of the booked meeting, or of the plan's last
 * change when none is.
 */
function unansweredInvitations(plan: Plan): number {
  const family = invitedFamily(plan, inviteDay(plan)).filter((r) => familyReply(r) === 'inbjuden').length;
  // The chair called the meeting and takes the replies: never one who has not answered.
  return plan.participants.filter((p) => p.invitation === 'inbjuden' && !p.isChair).length + family;
}

/** Whether two summaries show the same (a write whose summary did not change leaves the index alone). */
export function sameSummary(a: PlanSummary, b: PlanSummary): boolean {
  return (
    a.id === b.id &&
    a.status === b.status &&
    a.updatedAt === b.updatedAt &&
    a.person.name === b.person.name &&
    a.booking.date === b.booking.date &&
    a.booking.startTime === b.booking.startTime &&
    a.booking.invitations.made === b.booking.invitations.made &&
    a.lastHeldAt === b.lastHeldAt &&
    (a.closing?.date ?? null) === (b.closing?.date ?? null) &&
    a.invited === b.invited
  );
}
