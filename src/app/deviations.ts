// Deviations (avvikelser): registered against a plan, listed per plan and across plans, removed.
import type { Deviation } from '../domain/deviations';
import type { PlanSummary } from '../domain/planSummary';
import type { Storage } from '../storage';

export function deviationCommands(storage: Storage) {
  const { deviations, plans } = storage;
  return {
    ofPlan: (planId: string): Promise<Deviation[]> => deviations.forPlan(planId),
    /** Every deviation, with the summaries of the plans they belong to (for the names in the list). */
    async listWithPlans(): Promise<{ deviations: Deviation[]; plans: PlanSummary[] }> {
      const [list, all] = await Promise.all([deviations.list(), plans.checkedSummaries()]);
      return { deviations: list, plans: all };
    },
    /** Registers a deviation, stamped with when it was registered. */
    async register(deviation: Deviation, now = new Date()): Promise<void> {
      const stamp = now.toISOString();
      await deviations.put({ ...deviation, createdAt: stamp, updatedAt: stamp });
    },
    remove: (id: string): Promise<void> => deviations.remove(id),
  };
}
