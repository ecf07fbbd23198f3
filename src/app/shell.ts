// The app as the page starts it, split so the first screen loads only what the lock needs. At once:
// a raw read of what the lock screen shows (storage/firstLook.ts: whether a passcode is set, the
// wait, the settings and the last screen), the autosave queue, and the lock's and the settings'
// commands. Just after the first screen is shown (`prepare`): Dexie, the vault and the lock's
// storage (shellStorage.ts), then the commands over plans and meetings (createApp.ts), once, over
// the same database, sealer and autosave queue. Until the storage has loaded, the lock's and the
// settings' reads answer from the first look; everything else waits for the storage.
import { waitRemaining } from '../domain/lockout';
import type { AppStateRepository } from '../storage/appStateRepository';
import { readFirstLook } from '../storage/firstLook';
import type { UnlockResult } from '../storage/vault';
import type { SaveState } from '../storage/writeQueue';
import { createWriteQueue } from '../storage/writeQueue';
import type { Commands } from './createApp';
import { settingCommands } from './settings';
import type { ShellStorage } from './shellStorage';

export function bootShell(options: { onSaveState: (state: SaveState) => void }) {
  const look = readFirstLook();
  // Its failure is the first screen's to say (lockSession.ts); nobody else needs to hear it.
  look.catch(() => undefined);
  const autosave = createWriteQueue({ delayMs: 300, onState: options.onSaveState });
  let storage: ShellStorage | undefined;
  let loading: Promise<ShellStorage> | undefined;
  /** The shell's storage: loaded on first use (or by `prepare`), then the same one. */
  const loadStorage = (): Promise<ShellStorage> =>
    (loading ??= import('./shellStorage')
      .then((m) => (storage = m.openShellStorage(autosave)))
      .catch((error: unknown) => {
        // A chunk that failed to load (offline before the service worker had it) is tried again.
        loading = undefined;
        throw error;
      }));

  const appState: AppStateRepository = {
    get: async <T>(key: string) => (storage ? storage.appState.get<T>(key) : ((await look).appState.get(key) as T | undefined)),
    set: async (key, value) => (await loadStorage()).appState.set(key, value),
  };

  return {
    lock: {
      hasPasscode: async (): Promise<boolean> => (storage ? storage.lock.hasPasscode() : (await look).hasPasscode),
      /** How many plans are stored (read from clear fields: no key needed). */
      storedPlans: async (): Promise<number> => (storage ? storage.lock.storedPlans() : (await look).storedPlans),
      /** Ms before the next passcode may be tried (0: now). */
      waitRemaining: async (now = Date.now()): Promise<number> => (storage ? storage.lock.waitRemaining(now) : waitRemaining((await look).lockout, now)),
      /** First start: a new data key under the chosen passcode; unlocks. */
      create: async (passcode: string): Promise<void> => (await loadStorage()).lock.create(passcode),
      /** Tries a passcode, unless the wait after earlier wrong ones has not passed. */
      unlock: async (passcode: string, now?: number): Promise<UnlockResult> => (await loadStorage()).lock.unlock(passcode, now),
      /** Drops the key: nothing sealed can be read or written until the next unlock. */
      lock: (): void => storage?.lock.lock(),
      /** Rewraps the data key under a new passcode; false if the current passcode is wrong. */
      changePasscode: async (current: string, next: string): Promise<boolean> => (await loadStorage()).lock.changePasscode(current, next),
      /** Deletes the whole database (the passcode is forgotten and nothing can be opened anyway). */
      eraseEverything: async (): Promise<void> => (await loadStorage()).lock.eraseEverything(),
    },
    settings: settingCommands(appState),
    /** Writes every pending edit now; true when everything typed is stored. */
    flush: (): Promise<boolean> => autosave.flush(),
    /** Loads the storage and opens the database: called once the first screen is shown. */
    prepare: async (): Promise<void> => (await loadStorage()).open(),
    /** The commands over plans and meetings: loaded and built on first use, then the same ones. */
    commands: async (): Promise<Commands> => (await loadStorage()).commands(),
  };
}

export type Shell = ReturnType<typeof bootShell>;
/** What the screens behind the lock use: the shell and the commands. */
export type App = Shell & Commands;
export type { SaveState } from '../storage/writeQueue';
