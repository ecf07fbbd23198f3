import Dexie, { type EntityTable } from 'dexie';
import type { Deviation } from '../domain/deviations';
import type { Meeting, MeetingStatus } from '../domain/meeting';
import type { PlanVersion } from '../domain/versions';
import type { Plan, PlanStatus } from '../domain/plan';
import type { PlanSummary } from '../domain/planSummary';
import type { SealedValue } from './keyring';
import { meetingKeysMiddleware } from './meetingKeys';
import type { Versioned } from './shapes/contentVersion';
import { DATABASE_NAME } from './databaseName';
import { SCHEMA_VERSIONS } from './schema';

/**
 * A row's personal content, with the content version it was written at (shapes/contentVersion.ts).
 * Format 1 (before issue 5) keeps it readable in `data`; format 2 keeps
 * it only sealed (see sealedRows.ts). Format-1 rows are read as they are and sealed on unlock.
 */
export type Stored<Clear, Data> = Clear & ({ format: 1; data: Data } | { format: 2; sealed: SealedValue });

/** A row in its readable form (format 1): what the repositories convert to and from domain objects. */
export type ClearRow<Clear, Data> = Clear & { format: 1; data: Data };

interface PlanClear {
  id: string;
  status: PlanStatus;
  updatedAt: string;
  nextMeetingAt: string;
}
type PlanData = Omit<Plan, 'id' | 'status' | 'updatedAt'> & Versioned;

interface MeetingClear {
  id: string;
  planId: string;
  status: MeetingStatus;
  updatedAt: string;
}
type MeetingData = Omit<Meeting, 'id' | 'planId' | 'status' | 'updatedAt'> & Versioned;

/** A meeting's lookup keys, indexed in a store of their own (meetingKeys.ts): nothing about a person. */
export interface MeetingKeyRow {
  id: string;
  planId: string;
  status: MeetingStatus;
  format: 1 | 2;
}

interface VersionClear {
  id: string;
  planId: string;
  number: number;
  heldAt: string;
}
type VersionData = Omit<PlanVersion, keyof VersionClear> & Versioned;

interface DeviationClear {
  id: string;
  planId: string;
  date: string;
  updatedAt: string;
}
type DeviationData = Omit<Deviation, keyof DeviationClear> & Versioned;

/** A plan, readable: the indexed clear fields beside everything else in `data`. */
export type PlanRecord = ClearRow<PlanClear, PlanData>;
/** A meeting, readable: ids, status and last change in clear, the rest in `data`. */
export type MeetingRecord = ClearRow<MeetingClear, MeetingData>;
export type VersionRecord = ClearRow<VersionClear, VersionData>;
export type DeviationRecord = ClearRow<DeviationClear, DeviationData>;
export type StoredPlan = Stored<PlanClear, PlanData>;
export type StoredMeeting = Stored<MeetingClear, MeetingData>;
export type StoredVersion = Stored<VersionClear, VersionData>;
export type StoredDeviation = Stored<DeviationClear, DeviationData>;

/**
 * A row of the plans' summary index (planIndex.ts): a bucket of summaries, or the marker that says
 * a plan was written while the index could not be (the index is then rebuilt). In clear: how many
 * summaries the bucket holds and the version of the summary's shape.
 */
interface IndexClear {
  id: string;
  count: number;
  summaryVersion: number;
}
export type IndexRecord = ClearRow<IndexClear, PlanSummary[]>;
export type StoredIndexRow = Stored<IndexClear, PlanSummary[]>;

export interface AppStateRecord {
  key: string;
  value: unknown;
}

export type SipDatabase = Dexie & {
  plans: EntityTable<StoredPlan, 'id'>;
  appState: EntityTable<AppStateRecord, 'key'>;
  meetings: EntityTable<StoredMeeting, 'id'>;
  meetingKeys: EntityTable<MeetingKeyRow, 'id'>;
  versions: EntityTable<StoredVersion, 'id'>;
  deviations: EntityTable<StoredDeviation, 'id'>;
  planIndex: EntityTable<StoredIndexRow, 'id'>;
};

export function openDatabase(name: string = DATABASE_NAME): SipDatabase {
  const db = new Dexie(name) as SipDatabase;
  for (const schema of SCHEMA_VERSIONS) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  db.use(meetingKeysMiddleware(db));
  return db;
}

let shared: SipDatabase | undefined;

/** The app's one database connection. */
export function database(): SipDatabase {
  shared ??= openDatabase();
  return shared;
}
