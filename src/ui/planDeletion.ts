// Deleting a plan for good: its unwritten edits are dropped first (or autosave would write the
// plan back), then the plan and all its meetings go in one transaction.
import { meetings, plans } from '../storage';
import { autosave } from './autosave';

export async function deletePlanForGood(planId: string): Promise<void> {
  const keys = new Set([`plan:${planId}`, ...(await meetings.forPlan(planId)).map((m) => `meeting:${m.id}`)]);
  await autosave.forget((key) => keys.has(key));
  await plans.remove(planId);
}
