// A plan's versions as the screens need them: every held meeting has one. A meeting held before
// versions existed fixes its version the first time it is asked for, from the plan as it is then.
import { unwrap } from 'solid-js/store';
import { planVersion } from '../domain/meeting';
import type { Plan } from '../domain/plan';
import { fixVersion, type PlanVersion } from '../domain/versions';
import { meetings, versions } from '../storage';

/** The plan's versions, oldest first. */
export async function planVersions(plan: Plan): Promise<PlanVersion[]> {
  const [fixed, all] = await Promise.all([versions.forPlan(plan.id), meetings.forPlan(plan.id)]);
  for (const meeting of all) {
    if (meeting.status !== 'hallet' || fixed.some((v) => v.meetingId === meeting.id)) continue;
    fixed.push(await versions.fix(fixVersion(unwrap(plan), meeting, planVersion(meeting, all))));
  }
  return fixed.sort((a, b) => a.number - b.number);
}
