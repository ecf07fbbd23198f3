// Gallring: closed plans kept longer than the chosen period are offered for deletion. Until plans
// record when they were closed (issue 6), a closed plan's last change stands for its closing.
import type { Plan } from './plan';

/** The name the chosen period is stored under (app state). */
export const RETENTION_KEY = 'retentionMonths';

/** Months a closed plan is kept before it is offered for deletion; 0: never offered. */
export const RETENTION_MONTHS = [0, 6, 12, 24, 36, 60] as const;
export type RetentionMonths = (typeof RETENTION_MONTHS)[number];

export function isRetentionMonths(value: unknown): value is RetentionMonths {
  return RETENTION_MONTHS.includes(value as RetentionMonths);
}

/** The closed plans last changed before `today` minus the period, oldest first. */
export function dueForDeletion(plans: Plan[], months: RetentionMonths, today: Date): Plan[] {
  if (months === 0) return [];
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - months);
  const cutoff = limit.toISOString();
  return plans
    .filter((p) => p.status === 'avslutad' && p.updatedAt < cutoff)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
}
