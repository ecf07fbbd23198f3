// Holding a meeting, as one pure change of the plan: the meeting ends and is marked held, the plan
// moves on as the life-cycle rule says, its next meeting becomes the follow-up booked, it records
// what was agreed with the version's number, and the version fixes plan and meeting as they were.
import { agreedAt } from './agreedPlan';
import { nextStatus } from './lifecycle';
import { planVersion, type Meeting } from './meeting';
import { afterMeetingHeld, type Plan } from './plan';
import { endMeeting } from './timer';
import { fixVersion, type PlanVersion } from './versions';

export interface Held {
  meeting: Meeting;
  /** The plan after the meeting, and the version it fixed; absent when the plan is gone. */
  plan?: Plan;
  version?: PlanVersion;
}

/** The meeting held at `now`, with the plan and version it leaves (`planMeetings`: the plan's meetings). */
export function holdMeeting(meeting: Meeting, plan: Plan | undefined, planMeetings: Meeting[], now: number): Held {
  const held: Meeting = { ...structuredClone(meeting), clock: endMeeting(meeting.clock, now), status: 'hallet', heldAt: new Date(now).toISOString() };
  held.updatedAt = held.heldAt;
  delete held.pausedUnattendedAt;
  if (!plan) return { meeting: held };
  const number = planVersion(held, planMeetings);
  const next = afterMeetingHeld(plan, held, nextStatus(plan.status, { type: 'meeting-held', kind: held.kind }), new Date(now));
  next.agreed = agreedAt(held, number);
  return { meeting: held, plan: next, version: fixVersion(next, held, number) };
}

/**
 * What a plan's versions leave agreed: the latest version's content, or null before the first.
 * For plans held before the plan kept what was agreed (see app/upgrades.ts).
 */
export function agreedFromVersions(versions: PlanVersion[]): Plan['agreed'] {
  const latest = versions.reduce<PlanVersion | undefined>((a, v) => (a && a.number > v.number ? a : v), undefined);
  return latest ? agreedAt(latest.meeting, latest.number) : null;
}
