// Rows sealed at rest: a row's readable form (format 1) and its stored form (format 2) differ only
// in that `data` becomes `sealed`. Sealing happens before a transaction is opened (WebCrypto is
// asynchronous, and an IndexedDB transaction commits when it waits on anything else).
import type { ClearRow, SipDatabase, Stored } from './db';
import type { SealedValue } from './keyring';
import { putNow } from './putNow';

export type SealedStore = 'plans' | 'meetings' | 'versions' | 'deviations';

/** Seals and opens a row's content for one store and id; the vault is the one implementation. */
export interface Sealer {
  seal(store: SealedStore, id: string, value: unknown): Promise<SealedValue>;
  open<T>(store: SealedStore, id: string, sealed: SealedValue): Promise<T>;
}

type Row = ClearRow<{ id: string }, unknown>;
type Sealed<R extends Row> = Omit<R, 'format' | 'data'> & { format: 2; sealed: SealedValue };

/** The row's stored form. Its content is read in the calling task; only encryption is deferred. */
export function sealRow<R extends Row>(sealer: Sealer, store: SealedStore, row: R): Promise<Sealed<R>> {
  const { format: _format, data, ...clear } = row;
  return sealer.seal(store, row.id, data).then((sealed) => ({ ...clear, format: 2 as const, sealed }));
}

/** The row's readable form, whichever format it was stored in. */
export async function openRow<C extends { id: string }, D>(sealer: Sealer, store: SealedStore, row: Stored<C, D>): Promise<ClearRow<C, D>> {
  if (row.format === 1) return row;
  const { format: _format, sealed, ...clear } = row;
  const data = await sealer.open<D>(store, row.id, sealed);
  return { ...(clear as unknown as C), format: 1, data };
}

/**
 * Autosave's writes of one store. `prepare` starts sealing at once (on the edit) and returns the
 * write the queue calls later: it puts the sealed row in the calling task when sealing has
 * finished, which it has by the time a pagehide flush runs, so the flush reaches the disk
 * (see putNow.ts). A row sealed earlier never overwrites one of the same id written after it.
 */
export function createSealedWriter(db: SipDatabase, sealer: Sealer, store: SealedStore) {
  const writtenSeq = new Map<string, number>();
  let seq = 0;
  return function prepare(row: Row): () => Promise<void> {
    const mine = ++seq;
    let ready: unknown;
    const sealing = sealRow(sealer, store, row).then((sealed) => (ready = sealed));
    // A failure reaches the queue through the write (which retries); a superseded write is never called.
    sealing.catch(() => undefined);
    const put = (sealed: unknown): Promise<void> => {
      if ((writtenSeq.get(row.id) ?? 0) > mine) return Promise.resolve();
      writtenSeq.set(row.id, mine);
      return putNow(db, store, sealed, () => db.table(store).put(sealed));
    };
    return () => (ready === undefined ? sealing.then(put) : put(ready));
  };
}
