// The application layer: one command per use case, built once from the database, the sealer and the
// autosave queue, and handed to the UI through context (ui/appContext.ts). Screens call commands;
// only this layer knows storage.
import { openStorage, type Sealer, type SipDatabase, type WriteQueue } from '../storage';
import { deviationCommands } from './deviations';
import { meetingCommands } from './meetings';
import { planCommands } from './plans';
import { upgradeCommands } from './upgrades';

export interface AppParts {
  db: SipDatabase;
  sealer: Sealer;
  autosave: WriteQueue;
}

/** The commands over plans, meetings, versions, deviations and backups (the shell in shell.ts adds the lock). */
export function createCommands({ db, sealer, autosave }: AppParts) {
  const storage = openStorage(db, sealer);
  const upgrades = upgradeCommands(storage);
  return {
    plans: planCommands(storage, autosave),
    meetings: meetingCommands(storage, autosave),
    /** A plan's versions, oldest first (each held meeting fixed one). */
    versions: { ofPlan: (planId: string) => storage.versions.forPlan(planId) },
    deviations: deviationCommands(storage),
    upgrades,
    /** Backups load with the settings screen. */
    backups: async () => (await import('./backups')).backupCommands(storage, autosave, upgrades),
  };
}

export type Commands = ReturnType<typeof createCommands>;
