// The one ordered path for every write of a sealed row. Autosave, a repository's put and a change
// that spans several stores all go through it, so that:
// - a write is ordered by when its value was read (its sequence number), not by when it lands: a
//   row read earlier never overwrites one read later, even when it is retried after a failure;
// - a value not yet committed (pending, retrying, or still being sealed) is what readers see, so
//   a screen opened again, or a change computed from the row, starts from it instead of from the
//   older row on disk and does not replace it;
// - the rows of one change are committed in one IndexedDB transaction, all or none.
// Sealing happens before the transaction is opened (WebCrypto is asynchronous, and an IndexedDB
// transaction commits when it waits on anything else); the transaction is then opened and
// committed in the calling task, so a flush on pagehide reaches the disk (see putNow.ts).
import type { ClearRow, SipDatabase } from './db';
import type { SealedValue } from './keyring';
import { commitNow, type RowPut } from './putNow';
import { sealRow, type SealedStore, type Sealer } from './sealedRows';

type Row = ClearRow<{ id: string }, unknown>;
export type SealedRow = Omit<Row, 'format' | 'data'> & { format: 2; sealed: SealedValue };

/** One row's write: its value was read (and its sealing started) when it was prepared. */
export interface RowWrite {
  readonly store: SealedStore;
  readonly id: string;
  readonly seq: number;
  /** 'add' keeps a row that exists already (versions are never replaced); 'delete' removes the row. */
  readonly mode: 'put' | 'add' | 'delete';
  /** The row's clear fields (ids, dates, status): enough to find it without opening it. */
  readonly clear: Readonly<Record<string, unknown>>;
  readonly sealing: Promise<SealedRow>;
  /**
   * Settles once the row is sealed (or its sealing failed) and every commit its sealing started
   * (one that was waiting for it) has ended, written or failed. Never rejects.
   */
  readonly settled: Promise<void>;
}

/** Autosave's write of one record: its commit, and when its rows are settled (see RowWrite.settled). */
export interface AutosaveWrite {
  commit: () => Promise<void>;
  /** Whether its rows are sealed, so that `commit` opens its transaction in the calling task. */
  ready: () => boolean;
  settled: Promise<void>;
}

export function createRowWriter(db: SipDatabase, sealer: Sealer) {
  let seq = 0;
  /** Per row, the sequence number of the newest write whose transaction has been opened and not failed. */
  const started = new Map<string, number>();
  /** Per row, the writes prepared and not yet committed, oldest first. The last is what readers see. */
  const uncommitted = new Map<string, RowWrite[]>();
  /** Sealed rows by write, once sealing has finished: a write then needs no await to start. */
  const ready = new WeakMap<RowWrite, SealedRow>();
  /** Per write still being sealed, the commits waiting for it. */
  const waiting = new WeakMap<RowWrite, (() => Promise<void>)[]>();

  /** Per store, how many writes have been prepared (`preparedIn`). */
  const preparedCount = new Map<SealedStore, number>();

  const keyOf = (store: SealedStore, id: string) => `${store}:${id}`;
  const countPrepared = (store: SealedStore) => preparedCount.set(store, (preparedCount.get(store) ?? 0) + 1);

  function remove(write: RowWrite, upTo: boolean): void {
    const key = keyOf(write.store, write.id);
    const list = (uncommitted.get(key) ?? []).filter((w) => (upTo ? w.seq > write.seq : w !== write));
    if (list.length > 0) uncommitted.set(key, list);
    else uncommitted.delete(key);
  }

  /** Reads the row now and starts sealing it; the write is not started until `commit`. */
  function prepare(store: SealedStore, row: Row, mode: 'put' | 'add' = 'put'): RowWrite {
    countPrepared(store);
    const sealing = sealRow(sealer, store, row) as Promise<SealedRow>;
    const { data: _data, ...clear } = row;
    const write: RowWrite = {
      store,
      id: row.id,
      seq: ++seq,
      mode,
      clear,
      sealing,
      // A commit waiting for the row starts here, in the task the row is sealed in; what waits on
      // `settled` runs once it has ended (autosave tells the screen of a keystroke then).
      settled: sealing.then(
        (sealed) => {
          ready.set(write, sealed);
          return wake(write);
        },
        () => {
          remove(write, false);
          return wake(write);
        },
      ),
    };
    waiting.set(write, []);
    const key = keyOf(store, row.id);
    const list = uncommitted.get(key);
    // In place: `remove` gives the row a new list, so no one holds this one as it was.
    if (list) list.push(write);
    else uncommitted.set(key, [write]);
    return write;
  }

  /** Starts the commits that were waiting for `write` to be sealed; resolves once they have ended. */
  function wake(write: RowWrite): Promise<void> {
    const commits = waiting.get(write) ?? [];
    waiting.delete(write);
    return Promise.all(commits.map((go) => go())).then(() => undefined);
  }

  /**
   * A row's removal, ordered like a write: committed with others in one transaction, and an older
   * write of the row never lands after it. Readers see the row until the removal is committed.
   */
  function prepareDelete(store: SealedStore, id: string): RowWrite {
    countPrepared(store);
    const row = { id } as SealedRow;
    const write: RowWrite = { store, id, seq: ++seq, mode: 'delete', clear: { id }, sealing: Promise.resolve(row), settled: Promise.resolve() };
    ready.set(write, row);
    return write;
  }

  /**
   * Commits the writes in one transaction, as soon as all are sealed. A row that a later-read write
   * has already started is left out (the later value stands). On failure nothing is committed and
   * the writes stay pending until committed, superseded or `abandon`ed.
   */
  function commit(writes: RowWrite[]): Promise<void> {
    const run = (): Promise<void> => {
      const live = writes.filter((w) => (started.get(keyOf(w.store, w.id)) ?? 0) < w.seq);
      for (const w of writes) if (!live.includes(w)) remove(w, false);
      if (live.length === 0) return Promise.resolve();
      const before = live.map((w) => started.get(keyOf(w.store, w.id)));
      for (const w of live) started.set(keyOf(w.store, w.id), w.seq);
      const puts: RowPut[] = live.map((w) => ({ store: w.store, row: ready.get(w)!, mode: w.mode }));
      return commitNow(db, puts).then(
        () => {
          for (const w of live) remove(w, true);
        },
        (error: unknown) => {
          live.forEach((w, i) => {
            const key = keyOf(w.store, w.id);
            if (started.get(key) !== w.seq) return;
            const previous = before[i];
            if (previous === undefined) started.delete(key);
            else started.set(key, previous);
          });
          throw error;
        },
      );
    };
    const unsealed = writes.filter((w) => !ready.has(w));
    if (unsealed.length === 0) return run();
    // Started in the task its last row is sealed in (see `prepare`); a row whose sealing failed
    // fails the commit, with the sealing's error.
    return new Promise<void>((resolve, reject) => {
      let left = unsealed.length;
      /** Runs the commit; resolves once it has ended, written or failed. */
      const start = (): Promise<void> => {
        try {
          return run().then(resolve, reject);
        } catch (error) {
          reject(error as Error);
          return Promise.resolve();
        }
      };
      const go = (): Promise<void> => {
        if (--left > 0) return Promise.resolve();
        if (writes.every((w) => ready.has(w))) return start();
        return Promise.all(writes.map((w) => w.sealing)).then(start, reject);
      };
      for (const w of unsealed) {
        const commits = waiting.get(w);
        if (commits) commits.push(go);
        else void go();
      }
    });
  }

  /** Writes prepared for autosave: committed when the queue says, and when they are settled. */
  function forAutosave(writes: RowWrite[]): AutosaveWrite {
    return {
      commit: () => commit(writes),
      ready: () => writes.every((w) => ready.has(w)),
      settled: writes.length === 1 ? writes[0]!.settled : Promise.all(writes.map((w) => w.settled)).then(() => undefined),
    };
  }

  /** Forgets writes that will not be tried again (a failed change the caller gives up on). */
  function abandon(writes: RowWrite[]): void {
    for (const w of writes) remove(w, false);
  }

  /**
   * Forgets every write of the matching rows prepared so far (the rows are being deleted): none of
   * them starts after this, as if a later write had started. Writes already started finish first,
   * since IndexedDB commits transactions in the order they were opened.
   */
  function forget(store: SealedStore, matches: (clear: Readonly<Record<string, unknown>>) => boolean): void {
    for (const [key, list] of uncommitted) {
      const newest = list.at(-1)!;
      if (newest.store !== store || !matches(newest.clear)) continue;
      uncommitted.delete(key);
      started.set(key, seq);
    }
  }

  /** The newest uncommitted value of a row, sealed, or undefined when the disk holds the newest. */
  function pending(store: SealedStore, id: string): Promise<SealedRow> | undefined {
    return uncommitted.get(keyOf(store, id))?.at(-1)?.sealing;
  }

  /** The ids of a store's rows with an uncommitted value (being sealed, written or retried). */
  function pendingIds(store: SealedStore): string[] {
    return [...uncommitted.values()]
      .map((list) => list.at(-1)!)
      .filter((w) => w.store === store)
      .map((w) => w.id);
  }

  /** Every row of a store with an uncommitted value whose clear fields match, newest value each. */
  function pendingIn(store: SealedStore, matches: (clear: Readonly<Record<string, unknown>>) => boolean = () => true): Promise<SealedRow[]> {
    const newest = [...uncommitted.values()].map((list) => list.at(-1)!).filter((w) => w.store === store && matches(w.clear));
    return Promise.all(newest.map((w) => w.sealing.catch(() => undefined))).then((rows) => rows.filter((r): r is SealedRow => r !== undefined));
  }

  /**
   * How many writes of a store have been prepared so far. Rows read while it stays the same, and
   * while none of the store's was pending when the read began, are what the store holds.
   */
  function preparedIn(store: SealedStore): number {
    return preparedCount.get(store) ?? 0;
  }

  /** The rows read from disk with the uncommitted values in place of (or beside) them. */
  async function overlay<R extends { id: string }>(
    store: SealedStore,
    fromDisk: R[],
    matches?: (clear: Readonly<Record<string, unknown>>) => boolean,
  ): Promise<(R | SealedRow)[]> {
    const newer = await pendingIn(store, matches);
    if (newer.length === 0) return fromDisk;
    const byId = new Map<string, R | SealedRow>(fromDisk.map((r) => [r.id, r]));
    for (const row of newer) byId.set(row.id, row);
    return [...byId.values()];
  }

  return { prepare, prepareDelete, commit, forAutosave, abandon, forget, pending, pendingIds, preparedIn, overlay };
}

export type RowWriter = ReturnType<typeof createRowWriter>;
