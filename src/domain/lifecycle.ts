// A plan's life (DOMAIN.md steps 1–7): förberedelse → aktiv (the first SIP meeting is held) →
// uppföljd (a follow-up is held, and again) → avslutad (closed). Closing is possible from any open
// state; nothing leaves avslutad: a need that comes back starts a new SIP. The UI asks these rules
// what it may offer, so it cannot reach a state they forbid.
import type { MeetingKind } from './meeting';
import type { PlanStatus } from './plan';

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

/** A closed plan is read-only: nothing in it may change, and no meeting may start. */
export function isReadOnly(status: PlanStatus): boolean {
  return status === 'avslutad';
}

export function canClose(status: PlanStatus): boolean {
  return nextStatus(status, { type: 'closed' }) !== null;
}
