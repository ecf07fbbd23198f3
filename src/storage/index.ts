import { createAppStateRepository } from './appStateRepository';
import { database } from './db';
import { createDeviationRepository } from './deviationRepository';
import { createMeetingRepository } from './meetingRepository';
import { createPlanRepository } from './planRepository';
import { createRowWriter, type RowWrite } from './rowWriter';
import { createVault } from './vault';
import { createVersionRepository } from './versionRepository';
import { commitOrAbandon } from './writes';

/** The data key's holder: lock, unlock, passcode. The repositories read and write through it. */
export const vault = createVault(database());
/** Every write of a sealed row, autosave's included, goes through this one writer, in order. */
const writes = createRowWriter(database(), vault.sealer);
export const plans = createPlanRepository(database(), vault.sealer, writes);
export const meetings = createMeetingRepository(database(), vault.sealer, writes);
export const versions = createVersionRepository(database(), vault.sealer, writes);
export const deviations = createDeviationRepository(database(), vault.sealer, writes);
export const appState = createAppStateRepository(database());

/** Writes rows the repositories prepared (their `prepare`) in one transaction: all of them, or none. */
export function commitTogether(rows: RowWrite[]): Promise<void> {
  return commitOrAbandon(writes, rows);
}
// Backups live in ./backups (imported by the settings screen only), out of the start bundle.
export type { PlanRepository } from './planRepository';
export type { MeetingRepository } from './meetingRepository';
export type { UnlockResult } from './vault';
export type { RowWrite } from './rowWriter';
