// The one holder of the data key. While unlocked it seals and opens rows for the repositories;
// locking drops the key. What it stores is in clear but says nothing about a person: the data key
// wrapped under the passcode, and the count of wrong passcodes (so that a reload does not reset
// the wait). No module outside src/storage sees a key or a sealed byte.
import { afterFailure, NO_FAILURES, waitRemaining, type LockoutState } from '../domain/lockout';
import type { SipDatabase } from './db';
import { KEYRING_KEY, LOCKOUT_KEY } from './firstLook';
import { changePasscode, createKeyring, openValue, sealValue, unlock, WrongPasscodeError, type WrappedKey } from './keyring';
import { keepMeetingKeysInStep, meetingRowsWhere } from './meetingKeys';
import { sealRow, type Sealer, type SealedStore } from './sealedRows';

export class LockedError extends Error {
  constructor() {
    super('the app is locked');
    this.name = 'LockedError';
  }
}

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; waitMs: number };

export function createVault(db: SipDatabase) {
  let key: CryptoKey | undefined;

  function currentKey(): CryptoKey {
    if (!key) throw new LockedError();
    return key;
  }

  async function readLockout(): Promise<LockoutState> {
    const row = await db.appState.get(LOCKOUT_KEY);
    return (row?.value as LockoutState | undefined) ?? NO_FAILURES;
  }

  async function stored(): Promise<WrappedKey | undefined> {
    return (await db.appState.get(KEYRING_KEY))?.value as WrappedKey | undefined;
  }

  const sealer: Sealer = {
    seal: (store, id, value) => sealValue(currentKey(), store, id, value),
    open: (store, id, sealed) => openValue(currentKey(), store, id, sealed),
  };

  /**
   * Seals rows still stored readable (format 1: written before sealing existed). A failure does not
   * keep the chair out: such rows stay readable and are sealed on the next unlock.
   */
  async function sealReadableRows(): Promise<void> {
    await sealEveryReadableRow().catch((error: unknown) => console.error('sealing readable rows failed', error));
  }

  async function sealEveryReadableRow(): Promise<void> {
    // The meetings' lookup keys find the readable meetings: first, they must be in step.
    await keepMeetingKeysInStep(db);
    for (const store of ['plans', 'meetings', 'versions', 'deviations'] as const satisfies SealedStore[]) {
      const table = db.table(store);
      const readable = store === 'meetings' ? await meetingRowsWhere(db, 'format', 1) : await table.where('format').equals(1).toArray();
      if (readable.length === 0) continue;
      const sealed = await Promise.all(readable.map((row) => sealRow(sealer, store, row)));
      await db.transaction('rw', table, async () => {
        for (const row of sealed) {
          // Only if nobody wrote the row meanwhile (an edit writes it sealed anyway).
          const now = await table.get(row.id);
          if (now?.format === 1 && now.updatedAt === row.updatedAt) await table.put(row);
        }
      });
    }
  }

  return {
    sealer,

    get unlocked(): boolean {
      return key !== undefined;
    },

    /** Whether a passcode has been chosen on this device. */
    async hasPasscode(): Promise<boolean> {
      return (await stored()) !== undefined;
    },

    /** Ms before the next passcode may be tried (0: now). */
    async waitRemaining(now = Date.now()): Promise<number> {
      return waitRemaining(await readLockout(), now);
    },

    /** First start: a new data key under the chosen passcode; unlocks, and seals what is stored readable. */
    async create(passcode: string): Promise<void> {
      if (await stored()) throw new Error('a passcode is already set');
      const made = await createKeyring(passcode);
      await db.appState.bulkPut([
        { key: KEYRING_KEY, value: made.stored },
        { key: LOCKOUT_KEY, value: NO_FAILURES },
      ]);
      key = made.key;
      await sealReadableRows();
    },

    /** Tries a passcode, unless the wait after earlier wrong ones has not passed. */
    async unlock(passcode: string, now = Date.now()): Promise<UnlockResult> {
      const wrapped = await stored();
      if (!wrapped) throw new Error('no passcode set');
      const lockout = await readLockout();
      const wait = waitRemaining(lockout, now);
      if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
      try {
        key = await unlock(wrapped, passcode);
      } catch (error) {
        if (!(error instanceof WrongPasscodeError)) throw error;
        const next = afterFailure(lockout, now);
        await db.appState.put({ key: LOCKOUT_KEY, value: next });
        return { ok: false, reason: 'wrong', waitMs: waitRemaining(next, now) };
      }
      if (lockout.failures > 0) await db.appState.put({ key: LOCKOUT_KEY, value: NO_FAILURES });
      await sealReadableRows();
      return { ok: true };
    },

    /** Drops the key: nothing sealed can be read or written until the next unlock. */
    lock(): void {
      key = undefined;
    },

    /** Rewraps the data key under a new passcode; no row is rewritten. False if the current passcode is wrong. */
    async changePasscode(current: string, next: string): Promise<boolean> {
      const wrapped = await stored();
      if (!wrapped) throw new Error('no passcode set');
      try {
        await db.appState.put({ key: KEYRING_KEY, value: await changePasscode(wrapped, current, next) });
        return true;
      } catch (error) {
        if (error instanceof WrongPasscodeError) return false;
        throw error;
      }
    },
  };
}

export type Vault = ReturnType<typeof createVault>;
