// Versions of a plan: each held meeting fixes one (version 1 after the SIP meeting, 2 after the
// first follow-up, …). A version is a copy of the plan and the meeting as they were when it was
// held, so an earlier version reads the same whatever happens to the plan later; what changed
// between two versions is computed from the copies.
import type { Goal, Intervention, Meeting } from './meeting';
import type { Plan } from './plan';

export interface PlanVersion {
  /** `${planId}:${number}`: one version per number and plan. */
  id: string;
  planId: string;
  number: number;
  meetingId: string;
  /** When the meeting was held (ISO timestamp). */
  heldAt: string;
  plan: Plan;
  meeting: Meeting;
}

export function versionId(planId: string, number: number): string {
  return `${planId}:${number}`;
}

/** The version a held meeting fixes: deep copies, so later edits of plan or meeting never reach it. */
export function fixVersion(plan: Plan, meeting: Meeting, number: number): PlanVersion {
  if (meeting.status !== 'hallet') throw new Error(`meeting ${meeting.id} is not held`);
  return {
    id: versionId(plan.id, number),
    planId: plan.id,
    number,
    meetingId: meeting.id,
    heldAt: meeting.heldAt,
    plan: structuredClone(plan),
    meeting: structuredClone(meeting),
  };
}

export interface Changed<T> {
  before: T;
  after: T;
  /** The fields that differ. */
  fields: (keyof T)[];
}

export interface ListDiff<T> {
  added: T[];
  removed: T[];
  changed: Changed<T>[];
}

export interface VersionDiff {
  goals: ListDiff<Goal>;
  interventions: ListDiff<Intervention>;
}

const GOAL_FIELDS: (keyof Goal)[] = ['term', 'text'];
const INTERVENTION_FIELDS: (keyof Intervention)[] = [
  'what',
  'goalId',
  'performerKind',
  'participantId',
  'performerName',
  'organisation',
  'startDate',
  'when',
  'frequency',
  'where',
];

/** What changed from one version to another: items matched by id; text compared trimmed. */
export function diffVersions(from: PlanVersion, to: PlanVersion): VersionDiff {
  return {
    goals: diffList(from.meeting.goals, to.meeting.goals, GOAL_FIELDS),
    interventions: diffList(from.meeting.interventions, to.meeting.interventions, INTERVENTION_FIELDS),
  };
}

function diffList<T extends { id: string }>(before: T[], after: T[], fields: (keyof T)[]): ListDiff<T> {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  const changed: Changed<T>[] = [];
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) continue;
    const differing = fields.filter((f) => normalise(was[f]) !== normalise(item[f]));
    if (differing.length > 0) changed.push({ before: was, after: item, fields: differing });
  }
  return {
    added: after.filter((x) => !old.has(x.id)),
    removed: before.filter((x) => !now.has(x.id)),
    changed,
  };
}

function normalise(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

export function isEmptyDiff(diff: VersionDiff): boolean {
  return [diff.goals, diff.interventions].every((d) => d.added.length + d.removed.length + d.changed.length === 0);
}
