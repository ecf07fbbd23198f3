// Plans in and out of IndexedDB as domain objects. The one place that knows how a plan is stored:
// its clear fields beside its sealed content (sealedRows.ts), written through the row writer.
import { nextMeetingAt, type Plan } from '../domain/plan';
import type { PlanRecord, SipDatabase, StoredPlan } from './db';
import { createRowWriter, type RowWrite, type RowWriter } from './rowWriter';
import { openRow, type Sealer } from './sealedRows';
import { CONTENT_VERSION, contentVersionOf } from './shapes/contentVersion';
import { restorePlan } from './shapes/plan';
import { commitOrAbandon } from './writes';

/**
 * The plan's readable row, its content marked with the content version it is written at. No deep
 * copies here: the row is sealed or cloned by IndexedDB before anyone changes it.
 */
export function toRecord(plan: Plan): PlanRecord {
  const { id, status, updatedAt, ...data } = plan;
  return { id, status, updatedAt, nextMeetingAt: nextMeetingAt(plan), format: 1, data: { ...data, contentVersion: CONTENT_VERSION } };
}

/** The plan from its row: upgraded from the content version it was written at, every field at every depth (shapes/plan.ts). */
export function fromRecord(record: PlanRecord): Plan {
  return restorePlan({ ...record.data, id: record.id, status: record.status, updatedAt: record.updatedAt }, contentVersionOf(record.data));
}

export function createPlanRepository(db: SipDatabase, sealer: Sealer, writes: RowWriter = createRowWriter(db, sealer)) {
  const open = async (row: StoredPlan) => fromRecord(await openRow(sealer, 'plans', row));
  const prepare = (plan: Plan): RowWrite => writes.prepare('plans', toRecord(plan));
  return {
    /** The plan as last changed: a change not yet on disk (being written, or retrying) included. */
    async get(id: string): Promise<Plan | undefined> {
      const row = (await writes.pending('plans', id)) ?? (await db.plans.get(id));
      return row ? open(row as StoredPlan) : undefined;
    },
    async list(): Promise<Plan[]> {
      const rows = await writes.overlay('plans', await db.plans.toArray());
      return Promise.all(rows.map((row) => open(row as StoredPlan)));
    },
    async put(plan: Plan): Promise<void> {
      await commitOrAbandon(writes, [prepare(plan)]);
    },
    /** Reads the plan now and starts sealing it, for a change written with others (see writes.ts). */
    prepare,
    /** Starts sealing now and returns autosave's write, which puts in its calling task (see rowWriter.ts). */
    prepareWrite(plan: Plan): () => Promise<void> {
      const write = prepare(plan);
      return () => writes.commit([write]);
    },
    async putMany(plans: Plan[]): Promise<void> {
      await commitOrAbandon(writes, plans.map(prepare));
    },
    /** Deletes a plan for good with its meetings, versions and deviations, in one transaction. */
    async remove(id: string): Promise<void> {
      writes.forget('plans', (clear) => clear.id === id);
      for (const store of ['meetings', 'versions', 'deviations'] as const) writes.forget(store, (clear) => clear.planId === id);
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
