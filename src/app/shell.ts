// The app as the page starts it, split in two so the first screen loads only what the lock needs:
// the shell (the vault holding the data key, the autosave queue, the lock and the settings) is
// built at once from the one database; the commands over plans and meetings (createApp.ts) load
// with the app behind the lock, once, over the same database, sealer and autosave queue.
import type { SaveState } from '../storage/writeQueue';
import { createAppStateRepository } from '../storage/appStateRepository';
import { database } from '../storage/db';
import { createVault } from '../storage/vault';
import { createWriteQueue } from '../storage/writeQueue';
import type { Commands } from './createApp';
import { lockCommands } from './lock';
import { settingCommands } from './settings';

export function bootShell(options: { onSaveState: (state: SaveState) => void }) {
  const db = database();
  const vault = createVault(db);
  const autosave = createWriteQueue({ delayMs: 300, onState: options.onSaveState });
  let loading: Promise<Commands> | undefined;
  /** The commands over plans and meetings: loaded and built on first use, then the same ones. */
  const commands = (): Promise<Commands> => (loading ??= import('./createApp').then((m) => m.createCommands({ db, sealer: vault.sealer, autosave })));
  return {
    lock: lockCommands(db, vault, async () => (await commands()).upgrades),
    settings: settingCommands(createAppStateRepository(db)),
    /** Writes every pending edit now; true when everything typed is stored. */
    flush: (): Promise<boolean> => autosave.flush(),
    commands,
  };
}

export type Shell = ReturnType<typeof bootShell>;
/** What the screens behind the lock use: the shell and the commands. */
export type App = Shell & Commands;
export type { SaveState } from '../storage/writeQueue';
