// Plans in and out of IndexedDB as domain objects. The one place that knows how a plan is stored.
import { nextMeetingAt, type Plan } from '../domain/plan';
import type { PlanRecord, SipDatabase } from './db';
import { putNow } from './putNow';

// No copies here: IndexedDB stores a structured clone on put and returns fresh objects on read.
export function toRecord(plan: Plan): PlanRecord {
  const { id, status, updatedAt, ...data } = plan;
  return { id, status, updatedAt, nextMeetingAt: nextMeetingAt(plan), format: 1, data };
}

export function fromRecord(record: PlanRecord): Plan {
  return { ...record.data, id: record.id, status: record.status, updatedAt: record.updatedAt };
}

export function createPlanRepository(db: SipDatabase) {
  return {
    async get(id: string): Promise<Plan | undefined> {
      const record = await db.plans.get(id);
      return record ? fromRecord(record) : undefined;
    },
    async list(): Promise<Plan[]> {
      const records = await db.plans.toArray();
      return records.map(fromRecord);
    },
    async put(plan: Plan): Promise<void> {
      await db.plans.put(toRecord(plan));
    },
    /** Writes in the calling task (see putNow.ts): for autosave. */
    putNow(plan: Plan): Promise<void> {
      const record = toRecord(plan);
      return putNow(db, 'plans', record, () => db.plans.put(record));
    },
    async putMany(plans: Plan[]): Promise<void> {
      await db.plans.bulkPut(plans.map(toRecord));
    },
    /** Deletes a plan for good with every meeting of it, in one transaction. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', db.plans, db.meetings, async () => {
        await db.meetings.where('planId').equals(id).delete();
        await db.plans.delete(id);
      });
    },
    async count(): Promise<number> {
      return db.plans.count();
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
