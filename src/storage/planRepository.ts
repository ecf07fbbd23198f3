// Plans in and out of IndexedDB as domain objects. The one place that knows how a plan is stored:
// its clear fields beside its sealed content (sealedRows.ts), written through the row writer, with
// its summary in the plans' index (planIndex.ts) in the same transaction.
import { nextMeetingAt, type Plan } from '../domain/plan';
import type { PlanSummary } from '../domain/planSummary';
import type { PlanRecord, SipDatabase, StoredPlan } from './db';
import { meetingIdsWhere } from './meetingKeys';
import { createPlanIndex } from './planIndex';
import { createRowWriter, type AutosaveWrite, type RowWrite, type RowWriter } from './rowWriter';
import { openRow, type Sealer } from './sealedRows';
import { contentVersionOf, sealedContent } from './shapes/contentVersion';
import { restorePlan } from './shapes/plan';
import { commitOrAbandon } from './writes';

/** The fields stored in clear beside the sealed content. */
const PLAN_CLEAR = ['id', 'status', 'updatedAt'] as const;

/**
 * The plan's readable row, its content marked with the content version it is written at. No deep
 * copies here: the row is sealed or cloned by IndexedDB before anyone changes it.
 */
export function toRecord(plan: Plan): PlanRecord {
  const { id, status, updatedAt } = plan;
  return { id, status, updatedAt, nextMeetingAt: nextMeetingAt(plan), format: 1, data: sealedContent(plan, PLAN_CLEAR) };
}

/** The plan from its row: upgraded from the content version it was written at, every field at every depth (shapes/plan.ts). */
export function fromRecord(record: PlanRecord): Plan {
  return restorePlan({ ...record.data, id: record.id, status: record.status, updatedAt: record.updatedAt }, contentVersionOf(record.data));
}

export function createPlanRepository(db: SipDatabase, sealer: Sealer, writes: RowWriter = createRowWriter(db, sealer)) {
  const open = async (row: StoredPlan) => fromRecord(await openRow(sealer, 'plans', row));
  async function list(): Promise<Plan[]> {
    const rows = await writes.overlay('plans', await db.plans.toArray());
    return Promise.all(rows.map((row) => open(row as StoredPlan)));
  }
  const index = createPlanIndex(db, sealer, writes, list);
  /** The plans' rows and the index rows their summaries changed, all read (and sealing) now. */
  const prepare = (...plans: Plan[]): RowWrite[] => [...plans.map((plan) => writes.prepare('plans', toRecord(plan))), ...index.stage(plans)];
  /**
   * Reads the index into memory if it is not (a change that is not autosave's then writes its
   * summaries in their buckets instead of a marker). A failure to read it is left to the write.
   */
  const ready = (): Promise<void> =>
    index.load().then(
      () => undefined,
      () => undefined,
    );
  /** Commits a change that is not autosave's; when it fails, the index is rebuilt from the plans on the next read. */
  async function commit(rows: RowWrite[]): Promise<void> {
    try {
      await commitOrAbandon(writes, rows);
    } catch (error) {
      if (rows.some((row) => row.store === 'planIndex')) index.drop(true);
      throw error;
    }
  }
  return {
    /** The plan as last changed: a change not yet on disk (being written, or retrying) included. */
    async get(id: string): Promise<Plan | undefined> {
      const row = (await writes.pending('plans', id)) ?? (await db.plans.get(id));
      return row ? open(row as StoredPlan) : undefined;
    },
    /** Every plan, opened: for the backup and the statistics; lists read `summaries`. */
    list,
    /** What the lists show of every plan (a change not yet on disk included), without opening a plan. */
    summaries: (): Promise<PlanSummary[]> => index.load(),
    /** Whether the summaries hold exactly the plans (asked once they are shown); false: they were out of step, read them again. */
    summariesInStep: (): Promise<boolean> => index.check(),
    /** The summaries, checked against the plans first: for a screen other than the list, where the check's moment costs nothing. */
    async checkedSummaries(): Promise<PlanSummary[]> {
      await index.check();
      return index.load();
    },
    /** Starts reading the summaries' sealed rows, for the first read to open (planIndex.ts, warm). */
    warmSummaries: (): void => index.warm(),
    /** Forgets the decrypted summaries (the app is locked, or a backup changed the plans). */
    forgetSummaries: (): void => index.drop(),
    /** After a change with summaries failed: the next read rebuilds them from the plans (planIndex.ts, rebuildNext). */
    rebuildSummaries: (): void => index.drop(true),
    ready,
    async put(plan: Plan): Promise<void> {
      await ready();
      await commit(prepare(plan));
    },
    /** Reads the plan now and starts sealing it (and its summary), for a change written with others (see writes.ts). */
    prepare,
    /** Starts sealing now and returns autosave's write, which puts in its calling task (see rowWriter.ts). */
    prepareWrite: (plan: Plan): AutosaveWrite => writes.forAutosave(prepare(plan)),
    async putMany(plans: Plan[]): Promise<void> {
      await ready();
      await commit(prepare(...plans));
    },
    /** Deletes a plan for good with its meetings, versions and deviations, and its summary, in one transaction. */
    async remove(id: string): Promise<void> {
      writes.forget('plans', (clear) => clear.id === id);
      const children = ['meetings', 'versions', 'deviations'] as const;
      for (const store of children) writes.forget(store, (clear) => clear.planId === id);
      await ready();
      // A meeting's plan is found through its lookup key (meetingKeys.ts): its row has no index.
      const owned = await Promise.all(
        children.map((store) =>
          store === 'meetings' ? meetingIdsWhere(db, 'planId', id) : db.table<{ id: string }, string>(store).where('planId').equals(id).primaryKeys(),
        ),
      );
      await commit([
        ...children.flatMap((store, i) => owned[i]!.map((childId) => writes.prepareDelete(store, childId))),
        writes.prepareDelete('plans', id),
        ...index.stage([], [id]),
      ]);
    },
    async count(): Promise<number> {
      return db.plans.count();
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
