// Encrypted backup of every plan and meeting, and restoring one. The file is JSON: a header (format,
// version, key derivation, nonce) in clear and the content sealed with AES-GCM under a key derived
// from the backup password; the header is the sealing's additional data, so any altered byte,
// anywhere, is refused. A file is read and checked completely before anything is written; the
// restore then runs in one transaction and never replaces a newer version on the device.
import type { BackupProblem } from '../domain/backupProblem';
import type { Deviation } from '../domain/deviations';
import type { Meeting } from '../domain/meeting';
import type { PlanVersion } from '../domain/versions';
import type { Plan } from '../domain/plan';
import { MIN_PASSWORD_LENGTH } from '../domain/validation';
import { deriveKey, freshIv, fromBase64, IV_BYTES, MAX_PBKDF2_ITERATIONS, open, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES, seal, toBase64 } from './crypto';
import type { SipDatabase } from './db';
import { fromMeetingRecord, toMeetingRecord } from './meetingRepository';
import { markerRecord } from './planIndex';
import { fromRecord, toRecord } from './planRepository';
import { openRow, sealRow, type SealedStore, type Sealer } from './sealedRows';
import { fromDeviationRecord, toDeviationRecord } from './deviationRepository';
import { fromVersionRecord, toVersionRecord } from './versionRepository';
import { restoreBackup } from './shapes/backup';
import { CONTENT_VERSION } from './shapes/contentVersion';

export type { BackupProblem } from '../domain/backupProblem';

export const BACKUP_FORMAT = 'sip-motet-backup';
export const BACKUP_VERSION = 1;
/** Far above a realistic backup (a thousand plans with meetings is a few MB). */
export const MAX_BACKUP_BYTES = 30 * 1024 * 1024;

export class BackupError extends Error {
  /** `at`: the first field that could not be read, for the log (never shown: it may be anywhere in the content). */
  constructor(
    readonly problem: BackupProblem,
    at?: string,
  ) {
    super(at ? `backup refused: ${problem} (${at})` : `backup refused: ${problem}`);
    this.name = 'BackupError';
  }
}

/** A backup's content; the file also carries its content version (shapes/contentVersion.ts) beside it. */
export interface BackupContent {
  exportedAt: string;
  plans: Plan[];
  meetings: Meeting[];
  /** The plans' versions (absent in backups made before versions existed). */
  versions: PlanVersion[];
  deviations: Deviation[];
}

export interface RestoreCounts {
  added: number;
  updated: number;
  /** Already on the device in the same or a newer version: left as they are. */
  kept: number;
}

export interface RestoreReport {
  plans: RestoreCounts;
  meetings: RestoreCounts;
  versions: RestoreCounts;
  deviations: RestoreCounts;
}

interface Header {
  format: string;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
}

/** The header's bytes as sealed: the same fields in the same order, however the file was written. */
function headerBytes(h: Header): Uint8Array<ArrayBuffer> {
  const canonical: Header = {
    format: h.format,
    version: h.version,
    kdf: { name: h.kdf.name, hash: h.kdf.hash, iterations: h.kdf.iterations, salt: h.kdf.salt },
    cipher: { name: h.cipher.name, iv: h.cipher.iv },
  };
  return new TextEncoder().encode(JSON.stringify(canonical));
}

export async function createBackup(content: BackupContent, password: string): Promise<Uint8Array<ArrayBuffer>> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new BackupError('password-too-short');
  const salt = randomBytes(SALT_BYTES);
  const iv = freshIv();
  const header: Header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await deriveKey(password, salt, PBKDF2_ITERATIONS);
  const stored = { contentVersion: CONTENT_VERSION, ...content };
  const sealed = await seal(key, iv, new TextEncoder().encode(JSON.stringify(stored)), headerBytes(header));
  return new TextEncoder().encode(JSON.stringify({ ...header, data: toBase64(sealed) }));
}

/** Reads and checks a backup file completely; throws BackupError with what is wrong. */
export async function readBackup(file: Uint8Array<ArrayBuffer>, password: string): Promise<BackupContent> {
  if (file.length === 0) throw new BackupError('empty');
  if (file.length > MAX_BACKUP_BYTES) throw new BackupError('too-large');
  let envelope: unknown;
  try {
    envelope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file));
  } catch {
    throw new BackupError('not-a-backup');
  }
  if (!isObject(envelope) || envelope.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup');
  if (typeof envelope.version !== 'number' || envelope.version > BACKUP_VERSION) throw new BackupError('newer-version');
  const header = checkHeader(envelope);
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(header.kdf.salt);
    iv = fromBase64(header.cipher.iv);
    data = fromBase64(String(envelope.data));
  } catch {
    throw new BackupError('damaged');
  }
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES) throw new BackupError('damaged');

  const key = await deriveKey(password, salt, header.kdf.iterations);
  let plaintext: Uint8Array;
  try {
    plaintext = await open(key, iv, data, headerBytes(header));
  } catch {
    // AES-GCM cannot tell a wrong password from an altered file: both fail the same check.
    throw new BackupError('wrong-password');
  }
  let content: unknown;
  try {
    content = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw new BackupError('damaged');
  }
  // Every field at every depth, upgraded from the content version the backup was made at.
  const reading = restoreBackup(content);
  if ('problem' in reading) throw new BackupError(reading.problem, reading.at);
  return reading.content;
}

function checkHeader(e: Record<string, unknown>): Header {
  const { kdf, cipher } = e;
  if (!isObject(kdf) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || typeof kdf.salt !== 'string') throw new BackupError('damaged');
  if (typeof kdf.iterations !== 'number' || !Number.isInteger(kdf.iterations) || kdf.iterations < PBKDF2_ITERATIONS || kdf.iterations > MAX_PBKDF2_ITERATIONS) {
    throw new BackupError('damaged');
  }
  if (!isObject(cipher) || cipher.name !== 'AES-GCM' || typeof cipher.iv !== 'string' || typeof e.data !== 'string') throw new BackupError('damaged');
  return {
    format: BACKUP_FORMAT,
    version: e.version as number,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: kdf.salt },
    cipher: { name: 'AES-GCM', iv: cipher.iv },
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function createBackupStore(db: SipDatabase, sealer: Sealer) {
  return {
    /** Everything on the device, as the content of a backup. */
    async content(now: Date): Promise<BackupContent> {
      const [plans, meetings, versions, deviations] = await db.transaction('r', [db.plans, db.meetings, db.versions, db.deviations], () =>
        Promise.all([db.plans.toArray(), db.meetings.toArray(), db.versions.toArray(), db.deviations.toArray()]),
      );
      return {
        exportedAt: now.toISOString(),
        plans: await Promise.all(plans.map(async (row) => fromRecord(await openRow(sealer, 'plans', row)))),
        meetings: await Promise.all(meetings.map(async (row) => fromMeetingRecord(await openRow(sealer, 'meetings', row)))),
        versions: await Promise.all(versions.map(async (row) => fromVersionRecord(await openRow(sealer, 'versions', row)))),
        deviations: await Promise.all(deviations.map(async (row) => fromDeviationRecord(await openRow(sealer, 'deviations', row)))),
      };
    },

    /**
     * Merges a checked backup by id in one transaction: what the device lacks is added, what the
     * backup holds in a newer version (later updatedAt) replaces the device's; the rest is kept.
     * Everything is sealed first, since the transaction cannot wait for encryption.
     */
    async restore(content: BackupContent): Promise<RestoreReport> {
      const counts = (): RestoreCounts => ({ added: 0, updated: 0, kept: 0 });
      const report: RestoreReport = { plans: counts(), meetings: counts(), versions: counts(), deviations: counts() };
      const seal = <R extends { id: string; format: 1; data: unknown }>(store: SealedStore, rows: R[]) =>
        Promise.all(rows.map((row) => sealRow(sealer, store, row)));
      const plans = await seal('plans', content.plans.map(toRecord));
      const meetings = await seal('meetings', content.meetings.map(toMeetingRecord));
      const versions = await seal('versions', content.versions.map(toVersionRecord));
      const deviations = await seal('deviations', content.deviations.map(toDeviationRecord));
      // The plans' summary index is rebuilt from the plans after this: a marker in the same transaction says so.
      const [marker] = await seal('planIndex', [markerRecord(`restore-${Date.now()}`)]);
      await db.transaction('rw', [db.plans, db.meetings, db.versions, db.deviations, db.planIndex], async () => {
        await db.planIndex.put(marker!);
        for (const plan of plans) {
          const existing = await db.plans.get(plan.id);
          await merge(report.plans, existing?.updatedAt, plan.updatedAt, () => db.plans.put(plan));
        }
        for (const meeting of meetings) {
          const existing = await db.meetings.get(meeting.id);
          await merge(report.meetings, existing?.updatedAt, meeting.updatedAt, () => db.meetings.put(meeting));
        }
        // A version, once fixed, is never replaced: only versions the device lacks are added.
        for (const version of versions) {
          if (await db.versions.get(version.id)) report.versions.kept += 1;
          else await merge(report.versions, undefined, version.heldAt, () => db.versions.add(version));
        }
        for (const deviation of deviations) {
          const existing = await db.deviations.get(deviation.id);
          await merge(report.deviations, existing?.updatedAt, deviation.updatedAt, () => db.deviations.put(deviation));
        }
      });
      return report;
    },
  };
}

async function merge(counts: RestoreCounts, onDevice: string | undefined, inBackup: string, write: () => Promise<unknown>): Promise<void> {
  if (onDevice !== undefined && onDevice >= inBackup) {
    counts.kept += 1;
    return;
  }
  await write();
  if (onDevice === undefined) counts.added += 1;
  else counts.updated += 1;
}
