// Gallring: closed plans kept longer than the chosen period are offered for deletion, counted from
// the closing date (a plan closed before closings were recorded counts from its last change).
import { localIsoDate } from './dates';
import type { PlanSummary } from './planSummary';

/** What gallring reads of a plan. */
export type Closed = Pick<PlanSummary, 'status' | 'updatedAt' | 'closing'>;

/** The name the chosen period is stored under (app state). */
export const RETENTION_KEY = 'retentionMonths';

/** Months a closed plan is kept before it is offered for deletion; 0: never offered. */
export const RETENTION_MONTHS = [0, 6, 12, 24, 36, 60] as const;
export type RetentionMonths = (typeof RETENTION_MONTHS)[number];

export function isRetentionMonths(value: unknown): value is RetentionMonths {
  return RETENTION_MONTHS.includes(value as RetentionMonths);
}

/** When a closed plan was closed: its closing date, or its last change for one closed before closings were recorded. */
export function closedOn(plan: Closed): string {
  return plan.closing?.date || localIsoDate(new Date(plan.updatedAt));
}

/** The closed plans closed before `today` minus the period, oldest first. */
export function dueForDeletion<P extends Closed>(plans: P[], months: RetentionMonths, today: Date): P[] {
  if (months === 0) return [];
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - months);
  const cutoff = localIsoDate(limit);
  return plans.filter((p) => p.status === 'avslutad' && closedOn(p) < cutoff).sort((a, b) => (closedOn(a) < closedOn(b) ? -1 : closedOn(a) > closedOn(b) ? 1 : 0));
}
