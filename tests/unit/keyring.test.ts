// The at-rest keys: seal and open records, a wrong passcode or key fails, an
// altered or moved record fails, and a passcode change keeps every sealed record readable.
// Also the passcode rule and the growing wait after wrong passcodes.
import { beforeAll, describe, expect, it } from 'vitest';
import { afterFailure, NO_FAILURES, waitAfterFailures, waitRemaining } from '../../src/domain/lockout';
import { checkPasscode } from '../../src/domain/validation';
import { changePasscode, createKeyring, openValue, sealValue, unlock, WrongPasscodeError, type WrappedKey } from '../../src/storage/keyring';
import { heldMeeting } from '../fixtures/heldMeeting';

const PASSCODE = '482915';
let stored: WrappedKey;
let key: CryptoKey;

beforeAll(async () => {
  ({ stored, key } = await createKeyring(PASSCODE));
}, 30_000);

describe('keyring', () => {
  it('seals and opens a whole plan; nothing of it is readable sealed', async () => {
    const { plan } = heldMeeting();
    const sealed = await sealValue(key, 'plans', plan.id, plan);
    expect(await openValue(key, 'plans', plan.id, sealed)).toStrictEqual(plan);
    const raw = new TextDecoder().decode(sealed.data);
    for (const secret of ['Łucja', 'Ørsted', '20121212', 'Lisa', 'Socialtjänsten']) expect(raw).not.toContain(secret);
    // A fresh nonce every time: the same value never seals to the same bytes.
    expect((await sealValue(key, 'plans', plan.id, plan)).data).not.toEqual(sealed.data);
  });

  it('never seals two values with the same nonce: each is 12 bytes of its own, across batches of the random source', async () => {
    const sealed = await Promise.all(Array.from({ length: 300 }, (_, i) => sealValue(key, 'meetings', 'm', { i })));
    const nonces = sealed.map(({ iv }) => iv);
    for (const iv of nonces) {
      expect(iv.byteLength).toBe(12);
      // Its own buffer: IndexedDB stores a view's whole buffer.
      expect(iv.buffer.byteLength).toBe(12);
    }
    expect(new Set(nonces.map((iv) => Array.from(iv).join(','))).size).toBe(300);
    expect(await Promise.all(sealed.map((s) => openValue(key, 'meetings', 'm', s)))).toEqual(Array.from({ length: 300 }, (_, i) => ({ i })));
    // A value too large for the buffer kept for encoding, between two that fit it.
    const large = { text: 'Åsa Ørsted Łucja '.repeat(5000) };
    const three = await Promise.all([{ a: 'före' }, large, { b: 'efter' }].map((v) => sealValue(key, 'plans', 'p', v)));
    expect(await Promise.all(three.map((s) => openValue(key, 'plans', 'p', s)))).toEqual([{ a: 'före' }, large, { b: 'efter' }]);
  });

  it('the stored key unlocks with the passcode only, and the session key cannot be exported', async () => {
    const again = await unlock(stored, PASSCODE);
    const sealed = await sealValue(key, 'plans', 'p1', { a: 1 });
    expect(await openValue(again, 'plans', 'p1', sealed)).toEqual({ a: 1 });
    await expect(unlock(stored, '482916')).rejects.toBeInstanceOf(WrongPasscodeError);
    await expect(crypto.subtle.exportKey('raw', again)).rejects.toThrow();
    expect(JSON.stringify(stored)).not.toContain(PASSCODE);
  }, 30_000);

  it('a wrong key, an altered byte, or a value moved to another record or store fails', async () => {
    const sealed = await sealValue(key, 'plans', 'p1', { name: 'Łucja' });
    const other = await createKeyring(PASSCODE);
    await expect(openValue(other.key, 'plans', 'p1', sealed)).rejects.toThrow();
    const bytes = sealed.data.slice();
    bytes[0] = bytes[0]! ^ 1;
    await expect(openValue(key, 'plans', 'p1', { ...sealed, data: bytes })).rejects.toThrow();
    await expect(openValue(key, 'plans', 'p2', sealed)).rejects.toThrow();
    await expect(openValue(key, 'meetings', 'p1', sealed)).rejects.toThrow();
  }, 30_000);

  it('a passcode change rewraps the key: every record sealed before stays readable, the old passcode stops working', async () => {
    const { plan, meeting } = heldMeeting();
    const records = [await sealValue(key, 'plans', plan.id, plan), await sealValue(key, 'meetings', meeting.id, meeting)];
    const changed = await changePasscode(stored, PASSCODE, 'en lång lösenfras');
    expect(changed.wrapped).not.toBe(stored.wrapped);
    const newKey = await unlock(changed, 'en lång lösenfras');
    expect(await openValue(newKey, 'plans', plan.id, records[0]!)).toStrictEqual(plan);
    expect(await openValue(newKey, 'meetings', meeting.id, records[1]!)).toStrictEqual(meeting);
    await expect(unlock(changed, PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
    await expect(changePasscode(stored, 'fel', 'ny kod 123')).rejects.toBeInstanceOf(WrongPasscodeError);
  }, 60_000);

  it('a stored key asking for too few iterations is refused', async () => {
    await expect(unlock({ ...stored, kdf: { ...stored.kdf, iterations: 1000 } }, PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
  });
});

describe('passcode rule', () => {
  it('six digits or a passphrase of eight characters', () => {
    expect(checkPasscode('482915')).toBeNull();
    expect(checkPasscode('48291')).toBe('passcode.short');
    expect(checkPasscode('sommar i Småland')).toBeNull();
    expect(checkPasscode('kort 12')).toBe('passcode.short');
    expect(checkPasscode('')).toBe('passcode.short');
  });
});

describe('wait after wrong passcodes', () => {
  it('three free attempts, then 30 s doubling to at most 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 50].map(waitAfterFailures)).toEqual([0, 0, 0, 30_000, 60_000, 120_000, 240_000, 900_000, 900_000]);
  });

  it('counts down from the last failure; a clock set back does not shorten it', () => {
    let state = NO_FAILURES;
    for (let i = 0; i < 4; i++) state = afterFailure(state, 1_000_000);
    expect(state).toEqual({ failures: 4, lastFailureAt: 1_000_000 });
    expect(waitRemaining(state, 1_000_000)).toBe(60_000);
    expect(waitRemaining(state, 1_045_000)).toBe(15_000);
    expect(waitRemaining(state, 1_060_000)).toBe(0);
    expect(waitRemaining(state, 900_000)).toBe(60_000);
    expect(waitRemaining(NO_FAILURES, 5)).toBe(0);
  });
});
