import { createAppStateRepository } from './appStateRepository';
import { database } from './db';
import { createPlanRepository } from './planRepository';

export const plans = createPlanRepository(database());
export const appState = createAppStateRepository(database());
export type { PlanRepository } from './planRepository';
