// The use cases of a plan: create it, keep it, close it, start a new SIP for the same person after
// it, delete it for good. Each writes what it changes through the one ordered write path.
import { closePlan, newSipFrom } from '../domain/lifecycle';
import { newPlan, type Closing, type Plan } from '../domain/plan';
import type { PlanSummary } from '../domain/planSummary';
import type { AutosaveWrite, Storage, WriteQueue } from '../storage';
import { newId } from './ids';

/** Autosave's key of a plan's and a meeting's unwritten edits. */
export const planKey = (id: string) => `plan:${id}`;
export const meetingKey = (id: string) => `meeting:${id}`;

/**
 * Hands a record's prepared write (its sealing started) to autosave under its key. Settles once it
 * is sealed and a write its sealing started has ended (RowWrite.settled).
 */
export function scheduleAutosave(autosave: WriteQueue, key: string, write: AutosaveWrite): Promise<void> {
  autosave.schedule(key, write.commit, write.ready);
  return write.settled;
}

export function planCommands(storage: Storage, autosave: WriteQueue) {
  const { plans, meetings } = storage;
  return {
    /** The plan as last changed (an edit not yet on disk included). */
    get: (id: string): Promise<Plan | undefined> => plans.get(id),
    /** What the lists show of every plan, read from the sealed summary index; no plan is opened. */
    summaries: (): Promise<PlanSummary[]> => plans.summaries(),
    /** Checks the summaries against the plans once shown; false: they were out of step and are rebuilt on the next read. */
    summariesInStep: (): Promise<boolean> => plans.summariesInStep(),
    /** The summaries, checked against the plans before they are read (gallring: not the list, so a moment more costs nothing). */
    checkedSummaries: (): Promise<PlanSummary[]> => plans.checkedSummaries(),
    /** Starts reading the sealed summaries while the key is derived: the first list then only opens them. */
    warmSummaries: (): void => plans.warmSummaries(),
    /** Forgets the decrypted summaries: the app behind the lock is gone (locked). */
    forgetSummaries: (): void => plans.forgetSummaries(),
    count: (): Promise<number> => plans.count(),

    /** A new, empty plan, stored at once. */
    async create(now = new Date()): Promise<Plan> {
      const plan = newPlan(newId(), now);
      await plans.put(plan);
      return plan;
    },

    /** Schedules an edited plan's write (its sealing starts now); autosave writes it shortly (see scheduleAutosave). */
    autosave: (plan: Plan): Promise<void> => scheduleAutosave(autosave, planKey(plan.id), plans.prepareWrite(plan)),

    /** Closes the plan (it becomes read-only) and stores it; null when it is closed already. */
    async close(plan: Plan, closing: Closing, now = new Date()): Promise<Plan | null> {
      const closed = closePlan(plan, closing, now);
      if (closed) await plans.put(closed);
      return closed;
    },

    /** A new SIP for the person of a closed plan: the person and the participants, nothing else. */
    async startNewSip(closed: Plan, now = new Date()): Promise<Plan> {
      const plan = newSipFrom(closed, newId(), now);
      await plans.put(plan);
      return plan;
    },

    /**
     * Deletes a plan for good: its unwritten edits (and its meetings') are dropped first, or
     * autosave would write them back; then the plan, its meetings, versions and deviations go in
     * one transaction.
     */
    async delete(planId: string): Promise<void> {
      const keys = new Set([planKey(planId), ...(await meetings.forPlan(planId)).map((m) => meetingKey(m.id))]);
      await autosave.forget((key) => keys.has(key));
      await plans.remove(planId);
    },
  };
}

export type PlanCommands = ReturnType<typeof planCommands>;
