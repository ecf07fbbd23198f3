// Versions of plans: written once when a meeting is held, never changed afterwards (the
// repository can only add), sealed like every row about a person.
import type { PlanVersion } from '../domain/versions';
import type { SipDatabase, StoredVersion, VersionRecord } from './db';
import { openRow, sealRow, type Sealer } from './sealedRows';

export function toVersionRecord(version: PlanVersion): VersionRecord {
  const { id, planId, number, heldAt, ...data } = version;
  return { id, planId, number, heldAt, format: 1, data };
}

export function fromVersionRecord(record: VersionRecord): PlanVersion {
  return { ...record.data, id: record.id, planId: record.planId, number: record.number, heldAt: record.heldAt };
}

export function createVersionRepository(db: SipDatabase, sealer: Sealer) {
  const open = async (row: StoredVersion) => fromVersionRecord(await openRow(sealer, 'versions', row));
  return {
    /** The plan's versions, oldest first. */
    async forPlan(planId: string): Promise<PlanVersion[]> {
      const rows = await db.versions.where('planId').equals(planId).toArray();
      return (await Promise.all(rows.map(open))).sort((a, b) => a.number - b.number);
    },
    /**
     * Stores a version unless one with its id exists: a version, once fixed, is never replaced.
     * Returns the version stored under that id.
     */
    async fix(version: PlanVersion): Promise<PlanVersion> {
      const row = await sealRow(sealer, 'versions', toVersionRecord(version));
      const kept = await db.transaction('rw', db.versions, async () => {
        const existing = await db.versions.get(version.id);
        if (existing) return existing;
        await db.versions.add(row);
        return null;
      });
      return kept ? open(kept) : version;
    },
    async count(): Promise<number> {
      return db.versions.count();
    },
  };
}

export type VersionRepository = ReturnType<typeof createVersionRepository>;
