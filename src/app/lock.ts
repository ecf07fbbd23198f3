// The lock's use cases: choose the passcode on a new device, unlock, lock, change the passcode, and
// erase everything when the passcode is forgotten. Unlocking also brings older data up to date: the
// vault seals what an older app stored readable, and tells whether that held meetings.
import type { SipDatabase } from '../storage/db';
import type { UnlockResult, Vault } from '../storage/vault';
import type { Commands } from './createApp';

/** The commands behind the lock, loaded on first use: the unlock upgrades older data and reads the summaries ahead. */
type Behind = () => Promise<Pick<Commands, 'upgrades' | 'plans'>>;

export function lockCommands(db: SipDatabase, vault: Vault, behind: Behind) {
  /** Older data is upgraded once the key is there; a failure is logged and does not keep the chair out. */
  async function upgrade(older: boolean): Promise<void> {
    await (await behind()).upgrades.afterUnlock(older).catch((error: unknown) => console.error('upgrading older data failed', error));
  }

  return {
    hasPasscode: (): Promise<boolean> => vault.hasPasscode(),
    /** How many plans are stored (read from clear fields: no key needed). */
    storedPlans: (): Promise<number> => db.plans.count(),
    /** Ms before the next passcode may be tried (0: now). */
    waitRemaining: (now?: number): Promise<number> => vault.waitRemaining(now),
    /** First start: a new data key under the chosen passcode; unlocks. */
    async create(passcode: string): Promise<void> {
      const { olderMeetings } = await vault.create(passcode);
      await upgrade(olderMeetings);
    },
    /** Tries a passcode, unless the wait after earlier wrong ones has not passed. */
    async unlock(passcode: string, now?: number): Promise<UnlockResult> {
      // The summaries' rows are sealed: read while the key is derived, the list only opens them.
      const readSummariesAhead = () =>
        void behind().then(
          (app) => app.plans.warmSummaries(),
          () => undefined,
        );
      const result = await vault.unlock(passcode, now, readSummariesAhead);
      if (!result.ok) return result;
      await upgrade(result.olderMeetings);
      return { ok: true };
    },
    /** Drops the key: nothing sealed can be read or written until the next unlock. */
    lock: (): void => vault.lock(),
    changePasscode: (current: string, next: string): Promise<boolean> => vault.changePasscode(current, next),
    /** Deletes the whole database (the passcode is forgotten and nothing can be opened anyway). */
    eraseEverything: (): Promise<void> => db.delete(),
  };
}
