// A plan's life (DOMAIN.md steps 1–7): förberedelse → aktiv (the first SIP meeting is held) →
// uppföljd (a follow-up is held, and again) → avslutad (closed). Closing is possible from any open
// state; nothing leaves avslutad: a need that comes back starts a new SIP. The UI asks these rules
// what it may offer, so it cannot reach a state they forbid.
import type { Meeting, MeetingKind } from './meeting';
import { clearReplies, newPlan, type Closing, type Plan, type PlanStatus } from './plan';
import type { Problems } from './validation';

export type PlanEvent = { type: 'meeting-held'; kind: MeetingKind } | { type: 'closed' };

/** The status after the event, or null when the rule forbids it. */
export function nextStatus(status: PlanStatus, event: PlanEvent): PlanStatus | null {
  if (status === 'avslutad') return null;
  if (event.type === 'closed') return 'avslutad';
  switch (event.kind) {
    case 'sip':
      return status === 'forberedelse' ? 'aktiv' : null;
    case 'uppfoljning':
      return status === 'forberedelse' ? null : 'uppfoljd';
    // Other meetings about the person (samverkan, avstämning, överlämning) do not move the plan;
    // an avslutningsmöte is followed by closing the plan, which the chair does explicitly.
    default:
      return status;
  }
}

/** The kind of plan meeting the chair starts next: the SIP meeting first, then follow-ups. */
export function planMeetingKind(status: PlanStatus): 'sip' | 'uppfoljning' | null {
  if (status === 'avslutad') return null;
  return status === 'forberedelse' ? 'sip' : 'uppfoljning';
}

/**
 * Whether the next meeting after `meeting` is the plan's SIP meeting: one held before it (a
 * samverkansmöte, say) that booked no follow-up. Otherwise the next is a follow-up.
 */
export function nextIsSipMeeting(plan: Pick<Plan, 'status'>, meeting: Pick<Meeting, 'followUp'>): boolean {
  return !meeting.followUp.date && planMeetingKind(plan.status) === 'sip';
}

/** A closed plan is read-only: nothing in it may change, and no meeting may start. */
export function isReadOnly(status: PlanStatus): boolean {
  return status === 'avslutad';
}

export function canClose(status: PlanStatus): boolean {
  return nextStatus(status, { type: 'closed' }) !== null;
}

/** The closing form as it starts: today, no reason chosen beyond the first, nothing written. */
export function newClosing(today: string): Closing {
  return { date: today, reason: 'malen-uppnadda', reasonText: '', whereToTurn: '' };
}

/** A SIP is closed with its date (not in the future), its reason, and where the person turns. */
export function validateClosing(closing: Closing, today: string): Problems {
  const problems: Problems = {};
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(closing.date)) problems['closing.date'] = 'date.format';
  else if (closing.date > today) problems['closing.date'] = 'date.future';
  if (closing.reason === 'annat' && !closing.reasonText.trim()) problems['closing.reasonText'] = 'required';
  if (!closing.whereToTurn.trim()) problems['closing.whereToTurn'] = 'required';
  return problems;
}

/** The plan closed: read-only from now on. Null when the rule forbids closing it. */
export function closePlan(plan: Plan, closing: Closing, now: Date): Plan | null {
  const status = nextStatus(plan.status, { type: 'closed' });
  if (status === null) return null;
  return { ...structuredClone(plan), status, closing: structuredClone(closing), updatedAt: now.toISOString() };
}

/**
 * A new SIP for the same person after a closed one ("reopening only as a new SIP"): the person
 * and the participants carry over (invitations to be sent again); consent, preparation and
 * booking start empty, since they must be given anew.
 */
export function newSipFrom(closed: Plan, id: string, now: Date): Plan {
  const plan = newPlan(id, now);
  plan.person = structuredClone(closed.person);
  plan.participants = structuredClone(closed.participants);
  clearReplies(plan);
  return plan;
}
