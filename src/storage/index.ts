import { createAppStateRepository } from './appStateRepository';
import { database } from './db';
import { createMeetingRepository } from './meetingRepository';
import { createPlanRepository } from './planRepository';

export const plans = createPlanRepository(database());
export const meetings = createMeetingRepository(database());
export const appState = createAppStateRepository(database());
export type { PlanRepository } from './planRepository';
export type { MeetingRepository } from './meetingRepository';
