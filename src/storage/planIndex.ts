// The plans' summary index: what the lists show of every plan (domain/planSummary.ts), sealed in a
// few rows of the `planIndex` store, so a list decrypts a handful of rows instead of every plan
// (issue 16, decision 0013). Each plan's summary lives in one of BUCKETS rows, chosen by its id.
//
// - Written with the plans: every write of a plan prepares, beside the plan's row, the bucket row
//   holding its summary (only when the summary changed), and both are committed in one
//   transaction through the row writer. Removing a plan rewrites its bucket without it.
// - Read once per unlock: the buckets are opened on the first read and kept decrypted in memory;
//   writes then update memory and re-seal only their bucket. Uncommitted bucket writes are what
//   readers see, like every row (rowWriter.ts). `drop` forgets the decrypted index (the lock).
// - Read ahead while the key is derived (`warm`): the rows are sealed, so they can be read before
//   the unlock, and the first read then only opens them, unless an index row was written since.
// - Rebuilt from the plans when out of step, which the clear fields tell without opening a plan:
//   no bucket is stored (a database from before the index), a bucket's count is not what it holds,
//   a row is of another summary version or cannot be opened, or a marker says a plan was written
//   while the index could not be (a plan written before the first read of a session, a backup
//   restored). These are looked at before the summaries are used. Whether the index holds exactly
//   the plans' ids is checked after (`check`, once the list is shown): reading every plan's key
//   costs the list more than the rest of its read, and only a fault could make it differ. When it
//   does, the index is dropped and rebuilt on the next read.
import type { Plan } from '../domain/plan';
import { sameSummary, summarize, type PlanSummary } from '../domain/planSummary';
import type { IndexRecord, SipDatabase, StoredIndexRow } from './db';
import type { RowWrite, RowWriter } from './rowWriter';
import { readAllNow } from './readNow';
import { openRow, type Sealer } from './sealedRows';
import { restorePlanSummaries, SUMMARY_VERSION } from './shapes/planSummary';

/**
 * How many rows the summaries are spread over. One row is the fastest read, but every plan write
 * re-seals the row holding its summary: with 32, a keystroke at 5,000 plans re-seals about 160
 * summaries (some 38 KB), a read opens 32 rows (decision 0013 has the figures).
 */
export const BUCKETS = 32;

/** Ids of the marker rows: a plan was written while the index was not in memory (see above). */
const MARKER = 'stale:';

/** The bucket row a plan's summary is kept in (FNV-1a of the id). */
export function bucketOf(planId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < planId.length; i++) hash = Math.imul(hash ^ planId.charCodeAt(i), 0x01000193);
  return `bucket:${String((hash >>> 0) % BUCKETS).padStart(2, '0')}`;
}

const ALL_BUCKETS = Array.from({ length: BUCKETS }, (_, i) => `bucket:${String(i).padStart(2, '0')}`);

/** A marker row: its presence makes the next reader rebuild the index, unless its own session wrote it. */
export function markerRecord(session: string): IndexRecord {
  return { id: `${MARKER}${session}`, count: 0, summaryVersion: SUMMARY_VERSION, format: 1, data: [] };
}

type Buckets = Map<string, Map<string, PlanSummary>>;

export function createPlanIndex(db: SipDatabase, sealer: Sealer, writes: RowWriter, readPlans: () => Promise<Plan[]>) {
  const session = Math.random().toString(36).slice(2);
  /** The decrypted index, once read (undefined until then, and after `drop`). */
  let buckets: Buckets | undefined;
  let loading: Promise<Buckets> | undefined;
  /** Bumped by `drop`: a read that started before it does not install what it read. */
  let generation = 0;
  /**
   * Set when a change with summaries failed and was given up: its summaries were staged in memory,
   * and a later write of the same bucket, prepared before the failure came back, may have carried
   * them to disk. The next read then rebuilds the index from the plans.
   */
  let rebuildNext = false;
  /** Summaries staged while the index was not in memory (null: the plan was removed), applied once read. */
  const early = new Map<string, PlanSummary | null>();
  /** Bumped by every stage: a check that read the plans' keys before a write says nothing of the index after it. */
  let stagedCount = 0;
  /** The index in memory once found to hold exactly the plans' ids (see `check`). */
  let checkedIndex: Buckets | undefined;
  let checking: Promise<boolean> | undefined;
  /** The rows read ahead by `warm`, with the index writes prepared and the generation when it began. */
  let ahead: { rows: Promise<StoredIndexRow[]>; prepared: number; generation: number } | undefined;

  /**
   * Starts reading the stored rows, to be opened by the first read (the unlock calls it while the
   * key is derived). Not while the index is in memory or being read, nor while an index write is
   * pending: it might land after this read began and before the rows are used.
   */
  function warm(): void {
    if (buckets || loading || ahead || writes.pendingIds('planIndex').length > 0) return;
    const rows = readAllNow<StoredIndexRow>(db, 'planIndex');
    rows.catch(() => undefined);
    ahead = { rows, prepared: writes.preparedIn('planIndex'), generation };
  }

  /** The stored rows: those read ahead when no index row has been written since (nor the index dropped), else read now. */
  async function storedRows(): Promise<StoredIndexRow[]> {
    const read = ahead;
    ahead = undefined;
    if (read) {
      const current = () => read.prepared === writes.preparedIn('planIndex') && read.generation === generation;
      const rows = current() ? await read.rows.catch(() => undefined) : undefined;
      if (rows && current()) return rows;
    }
    return readAllNow<StoredIndexRow>(db, 'planIndex');
  }

  const bucketWrite = (id: string, within: Buckets): RowWrite => {
    const list = [...(within.get(id)?.values() ?? [])];
    const record: IndexRecord = { id, count: list.length, summaryVersion: SUMMARY_VERSION, format: 1, data: list };
    return writes.prepare('planIndex', record);
  };

  /** Sets (or removes) summaries in the index; returns the buckets they changed. */
  function apply(within: Buckets, changes: Iterable<[string, PlanSummary | null]>): Set<string> {
    const changed = new Set<string>();
    for (const [id, summary] of changes) {
      const bucketId = bucketOf(id);
      let bucket = within.get(bucketId);
      const current = bucket?.get(id);
      if (summary === null) {
        if (current && bucket!.delete(id)) changed.add(bucketId);
        continue;
      }
      if (current && sameSummary(current, summary)) continue;
      if (!bucket) within.set(bucketId, (bucket = new Map()));
      bucket.set(id, summary);
      changed.add(bucketId);
    }
    return changed;
  }

  /**
   * The index rows to write with these plans (and without the removed ones), prepared now, in the
   * calling task: the bucket of each summary that changed. While the index is not in memory, a
   * marker instead, and the index is read (the summaries are then written in their buckets).
   */
  function stage(plans: readonly Plan[], removed: readonly string[] = []): RowWrite[] {
    const changes: [string, PlanSummary | null][] = [
      ...plans.map((p): [string, PlanSummary] => [p.id, summarize(p)]),
      ...removed.map((id): [string, null] => [id, null]),
    ];
    if (changes.length === 0) return [];
    stagedCount += 1;
    if (buckets) return [...apply(buckets, changes)].map((id) => bucketWrite(id, buckets!));
    for (const [id, summary] of changes) early.set(id, summary);
    void load().catch((error: unknown) => console.error('reading the plans index failed', error));
    const marker: IndexRecord = markerRecord(session);
    return [writes.prepare('planIndex', marker)];
  }

  /** Every plan's summary (an uncommitted write's included): read once, rebuilt when out of step. */
  async function load(): Promise<PlanSummary[]> {
    const index = buckets ?? (await (loading ??= read()));
    return [...index.values()].flatMap((bucket) => [...bucket.values()]);
  }

  async function read(): Promise<Buckets> {
    const started = generation;
    try {
      const rows = (await writes.overlay('planIndex', await storedRows())) as StoredIndexRow[];
      let read = rebuildNext ? null : await readBuckets(rows);
      const rebuilt = read === null;
      const markers = rows.filter((r) => r.id.startsWith(MARKER)).map((r) => r.id);
      if (read === null) read = fromPlans(await readPlans());
      if (started !== generation) return read;
      // Summaries staged meanwhile are newer than what was read; their marker goes with them.
      if (early.size > 0) markers.push(`${MARKER}${session}`);
      const changed = apply(read, early);
      early.clear();
      if (rebuilt) rebuildNext = false;
      buckets = read;
      // Built from the plans (their pending writes included), it holds their ids.
      if (rebuilt) checkedIndex = read;
      const rewrite = rebuilt ? ALL_BUCKETS : [...changed];
      if (rewrite.length > 0 || markers.length > 0) {
        const index = read;
        const puts = [...rewrite.map((id) => bucketWrite(id, index)), ...[...new Set(markers)].map((id) => writes.prepareDelete('planIndex', id))];
        writes.commit(puts).catch((error: unknown) => {
          writes.abandon(puts);
          console.error('writing the plans index failed', error);
        });
      }
      return read;
    } finally {
      if (started === generation) loading = undefined;
    }
  }

  /** The buckets as stored, or null when they are out of step with the plans as far as they tell (see above). */
  async function readBuckets(rows: StoredIndexRow[]): Promise<Buckets | null> {
    const read: Buckets = new Map();
    const buckets: StoredIndexRow[] = [];
    for (const row of rows) {
      if (row.id.startsWith(MARKER)) {
        if (row.id !== `${MARKER}${session}`) return null;
        continue;
      }
      if (row.summaryVersion !== SUMMARY_VERSION) return null;
      buckets.push(row);
    }
    // None stored: a database from before the index (a new one gets its empty buckets then).
    if (buckets.length === 0) return null;
    // Every bucket's decryption at once: WebCrypto works through them off the main thread.
    let opened: unknown[];
    try {
      opened = await Promise.all(buckets.map((row) => openRow(sealer, 'planIndex', row).then((clear) => clear.data)));
    } catch (error) {
      console.warn('a row of the plans index cannot be opened: rebuilding it', error);
      return null;
    }
    for (const [i, row] of buckets.entries()) {
      const list = restorePlanSummaries(opened[i]);
      if (list === null || list.length !== row.count) return null;
      const bucket = new Map<string, PlanSummary>();
      for (const summary of list) {
        if (bucketOf(summary.id) !== row.id || bucket.has(summary.id)) return null;
        bucket.set(summary.id, summary);
      }
      read.set(row.id, bucket);
    }
    return read;
  }

  /**
   * Whether the index in memory holds exactly the plans' ids: true when it does, or when that cannot
   * be told now (a write under way, the index dropped meanwhile: asked again next time); false when
   * it does not, and then it is dropped, to be rebuilt from the plans on the next read.
   */
  async function verify(): Promise<boolean> {
    const index = buckets ?? (await (loading ??= read()));
    if (checkedIndex === index) return true;
    const staged = stagedCount;
    const ids = await db.plans.toCollection().primaryKeys();
    if (buckets !== index || stagedCount !== staged || writes.pendingIds('plans').length > 0) return true;
    const planIds = new Set<string>(ids);
    let count = 0;
    for (const bucket of index.values()) {
      for (const id of bucket.keys()) {
        if (!planIds.has(id)) return outOfStep();
        count += 1;
      }
    }
    if (count !== planIds.size) return outOfStep();
    checkedIndex = index;
    return true;
  }

  function outOfStep(): false {
    console.warn('the plans index does not hold the plans: rebuilding it');
    drop(true);
    return false;
  }

  function fromPlans(plans: Plan[]): Buckets {
    const read: Buckets = new Map();
    apply(
      read,
      plans.map((p) => [p.id, summarize(p)]),
    );
    return read;
  }

  /**
   * Forgets the decrypted index (locking; a restored backup), so the next read starts from what is
   * stored; after a failed change (`failed`), from the plans themselves (see rebuildNext).
   */
  function drop(failed = false): void {
    if (failed) rebuildNext = true;
    buckets = undefined;
    loading = undefined;
    ahead = undefined;
    early.clear();
    generation += 1;
  }

  return {
    stage,
    load,
    warm,
    /** Checks the index against the plans' ids (see verify); false: it was out of step and is dropped, so read again. */
    check(): Promise<boolean> {
      return (checking ??= verify().finally(() => (checking = undefined)));
    },
    drop,
  };
}

export type PlanIndex = ReturnType<typeof createPlanIndex>;
