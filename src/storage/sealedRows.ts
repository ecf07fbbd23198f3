// Rows sealed at rest: a row's readable form (format 1) and its stored form (format 2) differ only
// in that `data` becomes `sealed`. Sealing happens before a transaction is opened (WebCrypto is
// asynchronous, and an IndexedDB transaction commits when it waits on anything else).
import type { ClearRow, Stored } from './db';
import type { SealedValue } from './keyring';

export type SealedStore = 'plans' | 'meetings' | 'versions' | 'deviations' | 'planIndex';

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
