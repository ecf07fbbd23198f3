// The storage layer as the application layer uses it: repositories over one database and one
// sealer, every sealed write through one ordered row writer (decision 0008).
import { createAppStateRepository } from './appStateRepository';
import type { SipDatabase } from './db';
import { createDeviationRepository } from './deviationRepository';
import { createMeetingRepository } from './meetingRepository';
import { createPlanRepository } from './planRepository';
import { createRowWriter, type RowWrite } from './rowWriter';
import type { Sealer } from './sealedRows';
import { createVersionRepository } from './versionRepository';
import { commitOrAbandon } from './writes';

export function openStorage(db: SipDatabase, sealer: Sealer) {
  /** Every write of a sealed row, autosave's included, goes through this one writer, in order. */
  const writes = createRowWriter(db, sealer);
  const plans = createPlanRepository(db, sealer, writes);
  return {
    db,
    sealer,
    plans,
    meetings: createMeetingRepository(db, sealer, writes),
    versions: createVersionRepository(db, sealer, writes),
    deviations: createDeviationRepository(db, sealer, writes),
    appState: createAppStateRepository(db),
    /** Writes rows the repositories prepared (their `prepare`) in one transaction: all of them, or none. */
    async commitTogether(rows: RowWrite[]): Promise<void> {
      try {
        await commitOrAbandon(writes, rows);
      } catch (error) {
        // The summaries staged with it were never stored, but a later write of their bucket may
        // have carried them: the index is rebuilt from the plans on its next read.
        if (rows.some((row) => row.store === 'planIndex')) plans.rebuildSummaries();
        throw error;
      }
    },
  };
}

export type Storage = ReturnType<typeof openStorage>;
export { database } from './db';
export type { SipDatabase } from './db';
export { meetingRowsWhere } from './meetingKeys';
export { createVault, type Vault, type UnlockResult } from './vault';
export { createWriteQueue, type SaveState, type WriteQueue } from './writeQueue';
export type { PlanRepository } from './planRepository';
export type { MeetingRepository } from './meetingRepository';
export type { AutosaveWrite, RowWrite } from './rowWriter';
export type { Sealer } from './sealedRows';
