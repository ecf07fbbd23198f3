// The stored shape of a backup's content (inside the sealed part of the file): every plan, meeting,
// version and deviation, read with their own shapes and steps at the backup's content version.
// A backup that opens with its password was written by the app (AES-GCM), so it is read like a
// row on the device: what is absent or does not fit gets its default. It is refused as damaged only
// when an item cannot be placed: not an object, or without the ids, status and dates its row is
// stored and merged by (the `required` fields), or a version whose id is not its plan and number.
import type { BackupContent } from '../backup';
import { versionId } from '../../domain/versions';
import { CONTENT_VERSION, contentVersionOf } from './contentVersion';
import { deviationShape } from './deviation';
import { isRecord, list, object, required, text, upgraded, type UpgradeStep } from './fill';
import { meetingShape } from './meeting';
import { planShape } from './plan';
import { versionShape } from './version';

/** Changes to a backup's content as a whole that a default cannot express, oldest first. None yet. */
export const BACKUP_STEPS: readonly UpgradeStep[] = [];

export const backupShape = upgraded(
  object<BackupContent>({
    exportedAt: required(text()),
    plans: required(list(required(planShape))),
    meetings: required(list(required(meetingShape))),
    // Absent in backups made before versions and deviations existed.
    versions: list(required(versionShape)),
    deviations: list(required(deviationShape)),
  }),
  BACKUP_STEPS,
);

export type BackupReading = { content: BackupContent } | { problem: 'newer-version' | 'damaged'; at: string };

/** A backup's content from its decrypted JSON, or why it cannot be restored (`at` names the first field, for the log). */
export function restoreBackup(stored: unknown): BackupReading {
  if (!isRecord(stored)) return { problem: 'damaged', at: '' };
  const contentVersion = contentVersionOf(stored);
  if (contentVersion > CONTENT_VERSION) return { problem: 'newer-version', at: 'contentVersion' };
  let first: string | undefined;
  const content = backupShape.fill(stored, { contentVersion, misfit: (path) => void (first ??= path) });
  if (first !== undefined) return { problem: 'damaged', at: first };
  const stray = content.versions.findIndex((v) => v.id !== versionId(v.planId, v.number));
  if (stray >= 0) return { problem: 'damaged', at: `versions[${stray}].id` };
  return { content };
}
