// Deviations in and out of IndexedDB, sealed; plan id and date in clear.
import type { Deviation } from '../domain/deviations';
import type { DeviationRecord, SipDatabase, StoredDeviation } from './db';
import { createRowWriter, type RowWriter } from './rowWriter';
import { openRow, type Sealer } from './sealedRows';
import { contentVersionOf, sealedContent } from './shapes/contentVersion';
import { restoreDeviation } from './shapes/deviation';
import { commitOrAbandon } from './writes';

/** The fields stored in clear beside the sealed content. */
const DEVIATION_CLEAR = ['id', 'planId', 'date', 'updatedAt'] as const;

export function toDeviationRecord(deviation: Deviation): DeviationRecord {
  const { id, planId, date, updatedAt } = deviation;
  return { id, planId, date, updatedAt, format: 1, data: sealedContent(deviation, DEVIATION_CLEAR) };
}

/** The deviation from its row, every field (shapes/deviation.ts). */
export function fromDeviationRecord(record: DeviationRecord): Deviation {
  const clear = { id: record.id, planId: record.planId, date: record.date, updatedAt: record.updatedAt };
  return restoreDeviation({ ...record.data, ...clear }, contentVersionOf(record.data));
}

export function createDeviationRepository(db: SipDatabase, sealer: Sealer, writes: RowWriter = createRowWriter(db, sealer)) {
  const open = async (row: StoredDeviation) => fromDeviationRecord(await openRow(sealer, 'deviations', row));
  return {
    async forPlan(planId: string): Promise<Deviation[]> {
      return Promise.all((await db.deviations.where('planId').equals(planId).toArray()).map(open));
    },
    async list(): Promise<Deviation[]> {
      return Promise.all((await db.deviations.toArray()).map(open));
    },
    async put(deviation: Deviation): Promise<void> {
      await commitOrAbandon(writes, [writes.prepare('deviations', toDeviationRecord(deviation))]);
    },
    async remove(id: string): Promise<void> {
      writes.forget('deviations', (clear) => clear.id === id);
      await db.deviations.delete(id);
    },
  };
}

export type DeviationRepository = ReturnType<typeof createDeviationRepository>;
