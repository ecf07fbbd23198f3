// The stored shape of a plan's version: its copies of the plan and the meeting are read with the
// plan's and the meeting's shapes and steps, so an old version's copy gets every field added since.
import type { PlanVersion } from '../../domain/versions';
import { id, object, required, text, upgraded, whole, type Misfit, type Shape, type UpgradeStep } from './fill';
import { meetingShape } from './meeting';
import { planShape } from './plan';

/** Changes to stored versions (beyond their copies' own) that a default cannot express, oldest first. None yet. */
export const VERSION_STEPS: readonly UpgradeStep[] = [];

export const versionShape: Shape<PlanVersion> = upgraded(
  object<PlanVersion>({
    id: id(),
    planId: id(),
    number: required(whole()),
    meetingId: text(),
    heldAt: required(text()),
    plan: required(planShape),
    meeting: required(meetingShape),
  }),
  VERSION_STEPS,
);

/** A version with its copies, every field at every depth, from what was stored at `contentVersion`. */
export function restoreVersion(stored: unknown, contentVersion: number, misfit?: Misfit): PlanVersion {
  return versionShape.fill(stored, { contentVersion, misfit });
}
