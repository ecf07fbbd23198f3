// The meetings' lookup keys in a store of their own (schema version 8). A meetings row keeps its
// clear fields but no index: IndexedDB rewrites every index entry of a row on each put, and a
// meeting is put on every keystroke. Its plan, status and format (what the app looks meetings up
// by) are kept in `meetingKeys`, one small indexed row a meeting, written in the same transaction
// as the meeting, and only when one of them changes: a keystroke's put touches no index.
//
// Two ways in keep the keys in step with the rows: every Dexie write of a meeting goes through
// the middleware below, and the row writer's own transactions (putNow.ts) add the key rows that
// `keyWrites` says are not on disk yet. The meetings rows stay the truth: a lookup checks each row
// it finds, and `keepMeetingKeysInStep` rebuilds the keys from the rows if their counts differ.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { MeetingKeyRow, SipDatabase, StoredMeeting } from './db';
import type { RowPut } from './putNow';

const MEETINGS = 'meetings';
const MEETING_KEYS = 'meetingKeys';

/** The lookup key row of a meetings row, from its clear fields. */
export function meetingKeyOf(row: Pick<StoredMeeting, 'id' | 'planId' | 'status' | 'format'>): MeetingKeyRow {
  return { id: row.id, planId: row.planId, status: row.status, format: row.format };
}

const signature = (key: MeetingKeyRow) => `${key.planId}\u0000${key.status}\u0000${key.format}`;

/** Per database, the key rows known to be on disk as they are (committed by the row writer). */
const known = new WeakMap<SipDatabase, Map<string, string>>();

function knownOf(db: SipDatabase): Map<string, string> {
  let map = known.get(db);
  if (!map) known.set(db, (map = new Map()));
  return map;
}

/**
 * The key rows a transaction of the row writer must write beside its meetings rows: a put for each
 * meeting whose key is not known to be on disk as it is, a delete for each meeting deleted.
 * `committed` is called once the transaction is complete.
 */
export function keyWrites(db: SipDatabase, puts: readonly RowPut[]): { puts: RowPut[]; committed: () => void } {
  const map = knownOf(db);
  const extra: RowPut[] = [];
  for (const { store, row, mode } of puts) {
    if (store !== MEETINGS) continue;
    if (mode === 'delete') {
      extra.push({ store: MEETING_KEYS, row: { id: row.id }, mode: 'delete' });
      continue;
    }
    const key = meetingKeyOf(row as StoredMeeting);
    if (map.get(key.id) !== signature(key)) extra.push({ store: MEETING_KEYS, row: key, mode: 'put' });
  }
  return {
    puts: extra,
    committed: () => {
      for (const { row, mode } of extra) {
        if (mode === 'delete') map.delete(row.id);
        else map.set(row.id, signature(row as MeetingKeyRow));
      }
    },
  };
}

/**
 * Keeps `meetingKeys` in step with every write of `meetings` made through Dexie (a backup's
 * restore, the vault sealing readable rows, the row writer's fallback transaction): a transaction
 * that may write meetings also covers the keys, and each put, add or delete of a meeting writes
 * or deletes its key. What it writes is forgotten by the row writer's record of known keys, so
 * that its next write of the meeting writes the key again (it cannot know whether this
 * transaction commits).
 */
export function meetingKeysMiddleware(db: SipDatabase): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'meetingKeys',
    create: (down) => {
      // While an older schema is being upgraded, the store may not be there yet.
      if (!down.schema.tables.some((table) => table.name === MEETING_KEYS)) return down;
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(mode === 'readwrite' && stores.includes(MEETINGS) && !stores.includes(MEETING_KEYS) ? [...stores, MEETING_KEYS] : stores, mode, options),
        table: (name) => (name === MEETINGS ? keepingKeys(down.table(name), down.table(MEETING_KEYS), knownOf(db)) : down.table(name)),
      };
    },
  };
}

function keepingKeys(meetings: DBCoreTable, keys: DBCoreTable, map: Map<string, string>): DBCoreTable {
  const keyWrite = (req: DBCoreMutateRequest, failed: Set<number>): DBCoreMutateRequest | undefined => {
    if (req.type === 'deleteRange') {
      map.clear();
      return { type: 'deleteRange', trans: req.trans, range: req.range };
    }
    if (req.type === 'delete') {
      for (const id of req.keys) map.delete(String(id));
      return { type: 'delete', trans: req.trans, keys: req.keys };
    }
    const values = req.values.filter((_, i) => !failed.has(i)).map((row) => meetingKeyOf(row as StoredMeeting));
    for (const key of values) map.delete(key.id);
    return values.length > 0 ? { type: 'put', trans: req.trans, values } : undefined;
  };
  return {
    ...meetings,
    async mutate(req) {
      const result = await meetings.mutate(req);
      const failed = new Set(Object.keys(result.failures).map(Number));
      const write = keyWrite(req, failed);
      if (write) await keys.mutate(write);
      return result;
    },
  };
}

type KeyField = 'planId' | 'status' | 'format';

/** The ids of the meetings whose key field has the value, from their keys alone (no row is read). */
export function meetingIdsWhere<F extends KeyField>(db: SipDatabase, field: F, value: StoredMeeting[F]): Promise<string[]> {
  return db.meetingKeys.where(field).equals(value).primaryKeys();
}

/** The meetings rows whose key field has the value, each checked against the row itself. */
export async function meetingRowsWhere<F extends KeyField>(db: SipDatabase, field: F, value: StoredMeeting[F]): Promise<StoredMeeting[]> {
  const ids = await meetingIdsWhere(db, field, value);
  if (ids.length === 0) return [];
  const rows = await db.meetings.bulkGet(ids);
  return rows.filter((row): row is StoredMeeting => row !== undefined && row[field] === value);
}

/**
 * Rebuilds the keys from the meetings rows (their clear fields: nothing is opened) when the two
 * stores do not hold as many rows; true when it did. Cheap when they do: two counts.
 */
export async function keepMeetingKeysInStep(db: SipDatabase): Promise<boolean> {
  return db.transaction('rw', db.meetings, db.meetingKeys, async () => {
    const [rows, keys] = await Promise.all([db.meetings.count(), db.meetingKeys.count()]);
    if (rows === keys) return false;
    const fresh: MeetingKeyRow[] = [];
    await db.meetings.each((row) => void fresh.push(meetingKeyOf(row)));
    await db.meetingKeys.clear();
    await db.meetingKeys.bulkPut(fresh);
    knownOf(db).clear();
    return true;
  });
}
