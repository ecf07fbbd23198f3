// The shell's part over the database: Dexie, the vault holding the data key, the lock's commands
// and the app state. shell.ts loads it just after the first screen is shown, while the chair types
// the passcode; the commands over plans and meetings (createApp.ts) load from here, over the same
// database, sealer and autosave queue.
import { createAppStateRepository } from '../storage/appStateRepository';
import { database } from '../storage/db';
import { createVault } from '../storage/vault';
import type { WriteQueue } from '../storage/writeQueue';
import type { Commands } from './createApp';
import { lockCommands } from './lock';

export function openShellStorage(autosave: WriteQueue) {
  const db = database();
  const vault = createVault(db);
  let loading: Promise<Commands> | undefined;
  /** The commands over plans and meetings: loaded and built on first use, then the same ones. */
  const commands = (): Promise<Commands> =>
    (loading ??= import('./createApp')
      .then((m) => m.createCommands({ db, sealer: vault.sealer, autosave }))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  const lock = lockCommands(db, vault, commands);
  return {
    lock,
    appState: createAppStateRepository(db),
    commands,
    /**
     * Opens the database (creating or upgrading it) and reads what the unlock reads first, so that
     * the unlock neither waits for the opening nor is the first to read.
     */
    async open(): Promise<void> {
      await db.open();
      await Promise.all([lock.hasPasscode(), lock.waitRemaining()]);
    },
  };
}

export type ShellStorage = ReturnType<typeof openShellStorage>;
