// The keys for sealing records at rest: a random
// AES-GCM-256 data key seals every record; the data key is stored only wrapped (AES-KW) by a key
// derived from the passcode, so changing the passcode rewraps one key instead of re-encrypting
// every record. Each record is sealed with its store and id as additional data, so a sealed
// value cannot be moved to another record unnoticed.
import { deriveWrappingKey, freshIv, fromBase64, MAX_PBKDF2_ITERATIONS, open, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES, seal, toBase64 } from './crypto';

/** What is stored (in clear) to unlock: never the passcode, never the data key unwrapped. */
export interface WrappedKey {
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The data key wrapped with AES-KW under the passcode's key. */
  wrapped: string;
}

/** A record's sealed form: nonce and ciphertext, stored as bytes (IndexedDB keeps binary). */
export interface SealedValue {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

export class WrongPasscodeError extends Error {
  constructor() {
    super('wrong passcode');
    this.name = 'WrongPasscodeError';
  }
}

const DATA_KEY = { name: 'AES-GCM', length: 256 } as const;

/** A new data key, wrapped under the passcode; the unwrapped key is returned for this session. */
export async function createKeyring(passcode: string): Promise<{ stored: WrappedKey; key: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  const stored = await wrap(extractable, passcode);
  // The session works with a key that cannot be exported, unwrapped as unlock would.
  return { stored, key: await unlock(stored, passcode) };
}

/** The data key for this session; throws WrongPasscodeError when the passcode does not unwrap it. */
export async function unlock(stored: WrappedKey, passcode: string, extractable = false): Promise<CryptoKey> {
  const { iterations, salt } = stored.kdf;
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) throw new WrongPasscodeError();
  const kek = await deriveWrappingKey(passcode, fromBase64(salt), iterations);
  try {
    return await crypto.subtle.unwrapKey('raw', fromBase64(stored.wrapped), kek, 'AES-KW', DATA_KEY, extractable, ['encrypt', 'decrypt']);
  } catch {
    // AES-KW's integrity check fails for any other passcode.
    throw new WrongPasscodeError();
  }
}

/** The same data key wrapped under a new passcode: every sealed record stays readable. */
export async function changePasscode(stored: WrappedKey, oldPasscode: string, newPasscode: string): Promise<WrappedKey> {
  return wrap(await unlock(stored, oldPasscode, true), newPasscode);
}

async function wrap(dataKey: CryptoKey, passcode: string): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveWrappingKey(passcode, salt, PBKDF2_ITERATIONS);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW'));
  return { version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) }, wrapped: toBase64(wrapped) };
}

// One of each for every record: the list opens a thousand rows at a time.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The last record's label, kept: typing seals the same record on every key. */
let lastLabel = { store: '', id: '', bytes: new Uint8Array(0) };

/** A record's additional data. Reused, never changed: WebCrypto copies it when a call starts. */
function recordLabel(store: string, id: string): Uint8Array<ArrayBuffer> {
  if (lastLabel.store !== store || lastLabel.id !== id) lastLabel = { store, id, bytes: encoder.encode(`${store}/${id}`) };
  return lastLabel.bytes;
}

/**
 * Seals a value (as JSON) for one record of one store. The value is read in the calling task, so
 * the caller may change it as soon as this returns; only the encryption is asynchronous.
 */
export function sealValue(key: CryptoKey, store: string, id: string, value: unknown): Promise<SealedValue> {
  const iv = freshIv();
  const json = JSON.stringify(value);
  const label = recordLabel(store, id);
  const withIv = (data: Uint8Array<ArrayBuffer>): SealedValue => ({ iv, data });
  // UTF-8 takes at most three bytes per UTF-16 unit. A value too large for the buffer (a rare
  // one, such as a big index row) gets a buffer of its own instead of growing it for good.
  if (json.length * 3 > SCRATCH_BYTES) return seal(key, iv, encoder.encode(json), label).then(withIv);
  // Encoded into the buffer kept for it, which encrypt copies before it returns, and wiped at
  // once: no plaintext stays in it.
  const { written } = encoder.encodeInto(json, scratch);
  try {
    return seal(key, iv, scratch.subarray(0, written), label).then(withIv);
  } finally {
    scratch.fill(0, 0, written);
  }
}

/** Where sealValue encodes a value's JSON (a meeting or a plan takes about 5 KB); holds nothing between calls. */
const SCRATCH_BYTES = 64 * 1024;
const scratch = new Uint8Array(SCRATCH_BYTES);

/** Opens a sealed value; throws on a wrong key, an altered byte, or a value sealed for another record. */
export async function openValue<T>(key: CryptoKey, store: string, id: string, sealed: SealedValue): Promise<T> {
  const plaintext = await open(key, sealed.iv, sealed.data, recordLabel(store, id));
  return JSON.parse(decoder.decode(plaintext)) as T;
}
