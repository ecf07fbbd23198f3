// Plans in and out of IndexedDB as domain objects. The one place that knows how a plan is stored:
// its clear fields beside its sealed content (sealedRows.ts).
import { nextMeetingAt, PLAN_DEFAULTS, type Plan } from '../domain/plan';
import type { PlanRecord, SipDatabase, StoredPlan } from './db';
import { createSealedWriter, openRow, sealRow, type Sealer } from './sealedRows';

/** The plan's readable row. No copies here: the row is sealed or cloned by IndexedDB before anyone changes it. */
export function toRecord(plan: Plan): PlanRecord {
  const { id, status, updatedAt, ...data } = plan;
  return { id, status, updatedAt, nextMeetingAt: nextMeetingAt(plan), format: 1, data };
}

/** The plan from its row; fields added since the row was written get the value an older plan has. */
export function fromRecord(record: PlanRecord): Plan {
  return { ...PLAN_DEFAULTS, ...record.data, id: record.id, status: record.status, updatedAt: record.updatedAt };
}

export function createPlanRepository(db: SipDatabase, sealer: Sealer) {
  const open = async (row: StoredPlan) => fromRecord(await openRow(sealer, 'plans', row));
  const prepareWrite = createSealedWriter(db, sealer, 'plans');
  return {
    async get(id: string): Promise<Plan | undefined> {
      const row = await db.plans.get(id);
      return row ? open(row) : undefined;
    },
    async list(): Promise<Plan[]> {
      return Promise.all((await db.plans.toArray()).map(open));
    },
    async put(plan: Plan): Promise<void> {
      await db.plans.put(await sealRow(sealer, 'plans', toRecord(plan)));
    },
    /** Starts sealing now and returns autosave's write, which puts in its calling task (see sealedRows.ts). */
    prepareWrite(plan: Plan): () => Promise<void> {
      return prepareWrite(toRecord(plan));
    },
    async putMany(plans: Plan[]): Promise<void> {
      await db.plans.bulkPut(await Promise.all(plans.map((plan) => sealRow(sealer, 'plans', toRecord(plan)))));
    },
    /** Deletes a plan for good with its meetings, versions and deviations, in one transaction. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', [db.plans, db.meetings, db.versions, db.deviations], async () => {
        for (const table of [db.meetings, db.versions, db.deviations]) await table.where('planId').equals(id).delete();
        await db.plans.delete(id);
      });
    },
    async count(): Promise<number> {
      return db.plans.count();
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
