import { createAppStateRepository } from './appStateRepository';
import { database } from './db';
import { createDeviationRepository } from './deviationRepository';
import { createMeetingRepository } from './meetingRepository';
import { createPlanRepository } from './planRepository';
import { createVault } from './vault';
import { createVersionRepository } from './versionRepository';

/** The data key's holder: lock, unlock, passcode. The repositories read and write through it. */
export const vault = createVault(database());
export const plans = createPlanRepository(database(), vault.sealer);
export const meetings = createMeetingRepository(database(), vault.sealer);
export const versions = createVersionRepository(database(), vault.sealer);
export const deviations = createDeviationRepository(database(), vault.sealer);
export const appState = createAppStateRepository(database());
// Backups live in ./backups (imported by the settings screen only), out of the start bundle.
export type { PlanRepository } from './planRepository';
export type { MeetingRepository } from './meetingRepository';
export type { UnlockResult } from './vault';
