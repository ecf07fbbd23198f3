import { createAppStateRepository } from './appStateRepository';
import { database } from './db';
import { createMeetingRepository } from './meetingRepository';
import { createPlanRepository } from './planRepository';

export const plans = createPlanRepository(database());
export const meetings = createMeetingRepository(database());
export const appState = createAppStateRepository(database());
// Backups live in ./backups (imported by the settings screen only), out of the start bundle.
export type { PlanRepository } from './planRepository';
export type { MeetingRepository } from './meetingRepository';
