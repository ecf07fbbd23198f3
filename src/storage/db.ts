import Dexie, { type EntityTable } from 'dexie';
import type { Meeting, MeetingStatus } from '../domain/meeting';
import type { Plan, PlanStatus } from '../domain/plan';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';

/** How a plan is stored: the indexed clear fields beside everything else in `data`. */
export interface PlanRecord {
  id: string;
  status: PlanStatus;
  updatedAt: string;
  nextMeetingAt: string;
  /** Format version of `data`, so that a later release can read older rows. */
  format: 1;
  data: Omit<Plan, 'id' | 'status' | 'updatedAt'>;
}

/** How a meeting is stored: ids, status and last change in clear, the rest in `data`. */
export interface MeetingRecord {
  id: string;
  planId: string;
  status: MeetingStatus;
  updatedAt: string;
  format: 1;
  data: Omit<Meeting, 'id' | 'planId' | 'status' | 'updatedAt'>;
}

export interface AppStateRecord {
  key: string;
  value: unknown;
}

export type SipDatabase = Dexie & {
  plans: EntityTable<PlanRecord, 'id'>;
  appState: EntityTable<AppStateRecord, 'key'>;
  meetings: EntityTable<MeetingRecord, 'id'>;
};

export function openDatabase(name: string = DATABASE_NAME): SipDatabase {
  const db = new Dexie(name) as SipDatabase;
  for (const schema of SCHEMA_VERSIONS) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  return db;
}

let shared: SipDatabase | undefined;

/** The app's one database connection. */
export function database(): SipDatabase {
  shared ??= openDatabase();
  return shared;
}
