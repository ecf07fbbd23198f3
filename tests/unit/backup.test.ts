// The encrypted backup: a lossless round trip, every malformed file refused before anything is
// written, and a restore that merges by id without replacing a newer version on the device.
import 'fake-indexeddb/auto';
import { testSealer } from './testSealer';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, createBackup, createBackupStore, readBackup, type BackupContent, type BackupProblem } from '../../src/storage/backup';
import { deriveKey, open, seal, randomBytes } from '../../src/storage/crypto';
import { openDatabase, type SipDatabase } from '../../src/storage/db';
import { createMeetingRepository } from '../../src/storage/meetingRepository';
import { createPlanRepository } from '../../src/storage/planRepository';
import { heldMeeting } from '../fixtures/heldMeeting';
import { newDeviation } from '../../src/domain/deviations';
import { fixVersion } from '../../src/domain/versions';
import { createVersionRepository } from '../../src/storage/versionRepository';
import { createDeviationRepository } from '../../src/storage/deviationRepository';

const PASSWORD = 'rätt lösenord 🔐';
let n = 0;
const databases: SipDatabase[] = [];

function freshDatabase(): SipDatabase {
  const db = openDatabase(`backup-test-${++n}`);
  databases.push(db);
  return db;
}

afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

function content(): BackupContent {
  const { plan, meeting } = heldMeeting({ whatMatters: `Långt fält ${'å'.repeat(5000)} مرحبا 👍🏽` });
  const deviation = {
    ...newDeviation('dev-1', plan.id, '2026-11-20', new Date('2026-11-23T09:00:00Z')),
    type: 'ej-overens' as const,
    parties: 'Skolan; BUP',
    description: 'Oense om skolskjuts',
  };
  return { exportedAt: '2026-11-23T10:00:00.000Z', plans: [plan], meetings: [meeting], versions: [fixVersion(plan, meeting, 1)], deviations: [deviation] };
}

let file: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  file = await createBackup(content(), PASSWORD);
}, 30_000);

async function refused(bytes: Uint8Array<ArrayBuffer>, password = PASSWORD): Promise<BackupProblem> {
  try {
    await readBackup(bytes, password);
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
  throw new Error('the backup was accepted');
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('crypto', () => {
  it('seals and opens; a wrong key, a changed byte or a changed header fails', async () => {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const key = await deriveKey('hemligt', salt, 600_000);
    const header = bytes('header');
    const sealed = await seal(key, iv, bytes('Łucja Ørsted-Şahin'), header);
    expect(text(await open(key, iv, sealed, header))).toBe('Łucja Ørsted-Şahin');
    expect(text(sealed)).not.toContain('Łucja');
    const wrong = await deriveKey('hemligT', salt, 600_000);
    await expect(open(wrong, iv, sealed, header)).rejects.toThrow();
    const flipped = sealed.slice();
    flipped[3] = flipped[3]! ^ 1;
    await expect(open(key, iv, flipped, header)).rejects.toThrow();
    await expect(open(key, iv, sealed, bytes('headex'))).rejects.toThrow();
  }, 30_000);
});

describe('backup file', () => {
  it('round trip is lossless, and the file holds no name, number or free text in clear', async () => {
    expect(await readBackup(file, PASSWORD)).toStrictEqual(content());
    const raw = text(file);
    for (const secret of ['Łucja', 'Orsted', 'Ørsted', '20121212', 'Lisa', 'skolan']) expect(raw).not.toContain(secret);
    expect(JSON.parse(raw)).toMatchObject({ format: 'sip-motet-backup', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 } });
  }, 30_000);

  it('refuses a wrong password', async () => {
    expect(await refused(file, 'fel lösenord')).toBe('wrong-password');
  }, 30_000);

  it('refuses a truncated file, a flipped byte in the data, and an edited header', async () => {
    expect(await refused(file.slice(0, file.length - 40))).toBe('not-a-backup');
    const envelope = JSON.parse(text(file)) as { data: string; kdf: { salt: string }; cipher: { iv: string } };
    const data = envelope.data;
    const flippedChar = data[10] === 'A' ? 'B' : 'A';
    expect(await refused(bytes(JSON.stringify({ ...envelope, data: data.slice(0, 10) + flippedChar + data.slice(11) })))).toBe('wrong-password');
    expect(await refused(bytes(JSON.stringify({ ...envelope, data: data.slice(0, -8) })))).toBe('wrong-password');
    expect(await refused(bytes(JSON.stringify({ ...envelope, version: 0 })))).toBe('wrong-password');
    expect(await refused(bytes(JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 700_000 } })))).toBe('wrong-password');
    expect(await refused(bytes(JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 1000 } })))).toBe('damaged');
    expect(await refused(bytes(JSON.stringify({ ...envelope, cipher: { ...envelope.cipher, iv: 'AAAA' } })))).toBe('damaged');
    expect(await refused(bytes(JSON.stringify({ ...envelope, data: '!!not base64!!' })))).toBe('damaged');
  }, 60_000);

  it('refuses empty, other JSON, other files, a newer version and 50 MB', async () => {
    expect(await refused(new Uint8Array(0))).toBe('empty');
    expect(await refused(bytes('{"plans":[]}'))).toBe('not-a-backup');
    expect(await refused(bytes('[1,2,3]'))).toBe('not-a-backup');
    expect(await refused(bytes('%PDF-1.7 not json'))).toBe('not-a-backup');
    expect(await refused(new Uint8Array([0xff, 0xfe, 0x00, 0x01]))).toBe('not-a-backup');
    expect(await refused(bytes(JSON.stringify({ ...JSON.parse(text(file)), version: 2 })))).toBe('newer-version');
    expect(await refused(new Uint8Array(50 * 1024 * 1024))).toBe('too-large');
  }, 30_000);

  it('refuses a hand-made file sealed with the right password but without plans inside', async () => {
    const sealedNonsense = await createBackup({ exportedAt: 'x', plans: [{ id: 'p' }], meetings: [] } as unknown as BackupContent, PASSWORD);
    expect(await refused(sealedNonsense)).toBe('damaged');
  }, 30_000);

  it('asks for a password of at least 8 characters', async () => {
    await expect(createBackup(content(), 'kort')).rejects.toThrow(BackupError);
  });
});

describe('restore', () => {
  it('into an empty device: every plan and meeting back, field by field', async () => {
    const db = freshDatabase();
    const report = await createBackupStore(db, testSealer).restore(await readBackup(file, PASSWORD));
    const one = { added: 1, updated: 0, kept: 0 };
    expect(report).toEqual({ plans: one, meetings: one, versions: one, deviations: one });
    const original = content();
    expect(await createPlanRepository(db, testSealer).get(original.plans[0]!.id)).toStrictEqual(original.plans[0]);
    expect(await createMeetingRepository(db, testSealer).get(original.meetings[0]!.id)).toStrictEqual(original.meetings[0]);
    expect(await createVersionRepository(db, testSealer).forPlan(original.plans[0]!.id)).toStrictEqual(original.versions);
    expect(await createDeviationRepository(db, testSealer).forPlan(original.plans[0]!.id)).toStrictEqual(original.deviations);
  }, 30_000);

  it('merges by id: a newer version on the device is kept, an older one is replaced, others are untouched', async () => {
    const db = freshDatabase();
    const plans = createPlanRepository(db, testSealer);
    const original = content().plans[0]!;
    const other = { ...original, id: 'only-on-device', updatedAt: '2020-01-01T00:00:00.000Z' };
    const newer = { ...original, updatedAt: '2030-01-01T00:00:00.000Z', person: { ...original.person, name: 'Ändrad efter backupen' } };
    await plans.put(newer);
    await plans.put(other);
    const store = createBackupStore(db, testSealer);
    const backup = await readBackup(file, PASSWORD);
    expect((await store.restore(backup)).plans).toEqual({ added: 0, updated: 0, kept: 1 });
    expect(await plans.get(original.id)).toStrictEqual(newer);
    expect(await plans.get(other.id)).toStrictEqual(other);

    const older = { ...original, updatedAt: '2000-01-01T00:00:00.000Z', person: { ...original.person, name: 'Gammal' } };
    await plans.put(older);
    expect((await store.restore(backup)).plans).toEqual({ added: 0, updated: 1, kept: 0 });
    expect(await plans.get(original.id)).toStrictEqual(original);
  }, 30_000);

  it('a refused file changes nothing on the device', async () => {
    const db = freshDatabase();
    const plans = createPlanRepository(db, testSealer);
    const before = content().plans[0]!;
    await plans.put(before);
    const store = createBackupStore(db, testSealer);
    await expect(readBackup(file, 'fel lösenord').then((c) => store.restore(c))).rejects.toThrow(BackupError);
    expect(await plans.list()).toStrictEqual([before]);
    expect(await createMeetingRepository(db, testSealer).forPlan(before.id)).toEqual([]);
  }, 30_000);

  it('a backup content made from a database holds every plan and meeting', async () => {
    const db = freshDatabase();
    const {
      plans: [plan],
      meetings: [meeting],
    } = content();
    await createPlanRepository(db, testSealer).put(plan!);
    await createMeetingRepository(db, testSealer).put(meeting!);
    const original = content();
    await createVersionRepository(db, testSealer).fix(original.versions[0]!);
    await createDeviationRepository(db, testSealer).put(original.deviations[0]!);
    const made = await createBackupStore(db, testSealer).content(new Date('2026-11-24T08:00:00Z'));
    expect(made).toStrictEqual({
      exportedAt: '2026-11-24T08:00:00.000Z',
      plans: [plan],
      meetings: [meeting],
      versions: original.versions,
      deviations: original.deviations,
    });
  });

  it('never replaces a version already on the device, and reads a backup made before versions and deviations existed', async () => {
    const db = freshDatabase();
    const original = content();
    const onDevice = { ...original.versions[0]!, meeting: { ...original.versions[0]!.meeting, personWords: 'Fastställt på enheten' } };
    await createVersionRepository(db, testSealer).fix(onDevice);
    const report = await createBackupStore(db, testSealer).restore(original);
    expect(report.versions).toEqual({ added: 0, updated: 0, kept: 1 });
    expect((await createVersionRepository(db, testSealer).forPlan(onDevice.planId))[0]).toStrictEqual(onDevice);

    const { versions: _v, deviations: _d, ...older } = original;
    const olderFile = await createBackup(older as BackupContent, PASSWORD);
    const read = await readBackup(olderFile, PASSWORD);
    expect(read.versions).toEqual([]);
    expect(read.deviations).toEqual([]);
  });
});
