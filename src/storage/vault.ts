// The one holder of the data key. While unlocked it seals and opens rows for the repositories;
// locking drops the key. What it stores is in clear but says nothing about a person: the data key
// wrapped under the passcode, and the count of wrong passcodes (so that a reload does not reset
// the wait). No module outside src/storage sees a key or a sealed byte.
import { afterFailure, NO_FAILURES, waitRemaining, type LockoutState } from '../domain/lockout';
import type { ClearRow, SipDatabase } from './db';
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

/** What a first passcode or an unlock found: whether an older app had stored meetings readable (now sealed). */
export interface ReadableFound {
  olderMeetings: boolean;
}

const READABLE_STORES = ['plans', 'meetings', 'versions', 'deviations'] as const satisfies SealedStore[];
/** Per store, the rows stored readable (their clear fields tell: format 1). */
type ReadableRow = ClearRow<{ id: string; updatedAt: string }, unknown>;
type Readable = [SealedStore, ReadableRow[]][];

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
   * Rows still stored readable (format 1: written before sealing existed), per store. Finding them
   * needs no key: the unlock looks while the key is derived, and seals them once it is there.
   */
  async function findReadableRows(): Promise<Readable> {
    // The meetings' lookup keys find the readable meetings: first, they must be in step.
    await keepMeetingKeysInStep(db);
    return Promise.all(
      READABLE_STORES.map(async (store): Promise<[SealedStore, ReadableRow[]]> => [
        store,
        store === 'meetings' ? await meetingRowsWhere(db, 'format', 1) : await db.table(store).where('format').equals(1).toArray(),
      ]),
    );
  }

  /**
   * Seals the rows found readable, each only if nobody wrote it meanwhile (an edit writes it
   * sealed anyway). A failure does not keep the chair out: such rows stay readable and are sealed
   * on the next unlock. Resolves with whether readable meetings were found (an older app's).
   */
  async function sealReadable(finding: Promise<Readable>): Promise<boolean> {
    let found: Readable;
    try {
      found = await finding;
    } catch (error) {
      console.error('finding readable rows failed', error);
      return false;
    }
    for (const [store, readable] of found) {
      if (readable.length === 0) continue;
      const table = db.table(store);
      try {
        const sealed = await Promise.all(readable.map((row) => sealRow(sealer, store, row)));
        await db.transaction('rw', table, async () => {
          for (const row of sealed) {
            const now = await table.get(row.id);
            if (now?.format === 1 && now.updatedAt === row.updatedAt) await table.put(row);
          }
        });
      } catch (error) {
        console.error('sealing readable rows failed', error);
      }
    }
    return found.some(([store, rows]) => store === 'meetings' && rows.length > 0);
  }

  /** Starts finding the readable rows now (its failure is `sealReadable`'s to tell). */
  function startFinding(): Promise<Readable> {
    const finding = findReadableRows();
    finding.catch(() => undefined);
    return finding;
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
    async create(passcode: string): Promise<ReadableFound> {
      if (await stored()) throw new Error('a passcode is already set');
      const finding = startFinding();
      const made = await createKeyring(passcode);
      await db.appState.bulkPut([
        { key: KEYRING_KEY, value: made.stored },
        { key: LOCKOUT_KEY, value: NO_FAILURES },
      ]);
      key = made.key;
      return { olderMeetings: await sealReadable(finding) };
    },

    /**
     * Tries a passcode, unless the wait after earlier wrong ones has not passed. The key is derived
     * first (some 100 ms of PBKDF2, off the main thread); what needs no key is read meanwhile: the
     * readable rows, and whatever `meanwhile` starts.
     */
    async unlock(passcode: string, now = Date.now(), meanwhile?: () => void): Promise<Extract<UnlockResult, { ok: false }> | ({ ok: true } & ReadableFound)> {
      const [wrapped, lockout] = await Promise.all([stored(), readLockout()]);
      if (!wrapped) throw new Error('no passcode set');
      const wait = waitRemaining(lockout, now);
      if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
      const deriving = unlock(wrapped, passcode);
      deriving.catch(() => undefined);
      const finding = startFinding();
      meanwhile?.();
      try {
        key = await deriving;
      } catch (error) {
        if (!(error instanceof WrongPasscodeError)) throw error;
        const next = afterFailure(lockout, now);
        await db.appState.put({ key: LOCKOUT_KEY, value: next });
        return { ok: false, reason: 'wrong', waitMs: waitRemaining(next, now) };
      }
      if (lockout.failures > 0) await db.appState.put({ key: LOCKOUT_KEY, value: NO_FAILURES });
      return { ok: true, olderMeetings: await sealReadable(finding) };
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
