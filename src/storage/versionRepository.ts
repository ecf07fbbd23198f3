// Versions of plans: written once when a meeting is held, never changed afterwards (the
// repository can only add), sealed like every row about a person.
import type { PlanVersion } from '../domain/versions';
import type { SipDatabase, StoredVersion, VersionRecord } from './db';
import { createRowWriter, type RowWrite, type RowWriter } from './rowWriter';
import { openRow, type Sealer } from './sealedRows';
import { contentVersionOf, sealedContent } from './shapes/contentVersion';
import { restoreVersion } from './shapes/version';
import { commitOrAbandon } from './writes';

/** The fields stored in clear beside the sealed content. */
const VERSION_CLEAR = ['id', 'planId', 'number', 'heldAt'] as const;

/** The version's readable row; its copies of plan and meeting share the content version it is written at. */
export function toVersionRecord(version: PlanVersion): VersionRecord {
  const { id, planId, number, heldAt } = version;
  return { id, planId, number, heldAt, format: 1, data: sealedContent(version, VERSION_CLEAR) };
}

/** The version from its row, its copies read with the plan's and the meeting's shapes and steps (shapes/version.ts). */
export function fromVersionRecord(record: VersionRecord): PlanVersion {
  const clear = { id: record.id, planId: record.planId, number: record.number, heldAt: record.heldAt };
  return restoreVersion({ ...record.data, ...clear }, contentVersionOf(record.data));
}

export function createVersionRepository(db: SipDatabase, sealer: Sealer, writes: RowWriter = createRowWriter(db, sealer)) {
  const open = async (row: StoredVersion) => fromVersionRecord(await openRow(sealer, 'versions', row));
  /** A version is only ever added: a version with the same id on disk is kept, never replaced. */
  const prepare = (version: PlanVersion): RowWrite => writes.prepare('versions', toVersionRecord(version), 'add');
  return {
    /** The plan's versions, oldest first. */
    async forPlan(planId: string): Promise<PlanVersion[]> {
      const rows = await writes.overlay('versions', await db.versions.where('planId').equals(planId).toArray(), (clear) => clear.planId === planId);
      return (await Promise.all(rows.map((row) => open(row as StoredVersion)))).sort((a, b) => a.number - b.number);
    },
    /** Reads the version now and starts sealing it, for a change written with others (see writes.ts). */
    prepare,
    /**
     * Stores a version unless one with its id exists: a version, once fixed, is never replaced.
     * Returns the version stored under that id.
     */
    async fix(version: PlanVersion): Promise<PlanVersion> {
      await commitOrAbandon(writes, [prepare(version)]);
      const kept = await db.versions.get(version.id);
      return kept ? open(kept) : version;
    },
    async count(): Promise<number> {
      return db.versions.count();
    },
  };
}

export type VersionRepository = ReturnType<typeof createVersionRepository>;
