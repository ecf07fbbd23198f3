// The app's cryptography, in one place: keys derived from a password with PBKDF2-SHA-256, and
// AES-GCM-256 for sealing bytes, with the header bound as additional data so that neither the
// ciphertext nor the parameters beside it can be altered unnoticed. WebCrypto only.

import { bytesToBinaryString } from '../domain/bytes';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Files may ask for more (a later release), never for less, nor for enough to hang the tablet. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

// Nonces are drawn from the CSPRNG a batch at a time: one getRandomValues call cost a keystroke's
// write about as much as serialising the whole meeting (`npm run bench`). Each is handed out once,
// in a buffer of its own; a nonce is no secret (it is stored beside its ciphertext).
const IV_BATCH = 64;
let ivs = new Uint8Array(0);
let nextIv = 0;

/** A fresh random AES-GCM nonce, never handed out before. */
export function freshIv(): Uint8Array<ArrayBuffer> {
  if (nextIv + IV_BYTES > ivs.length) {
    ivs = randomBytes(IV_BYTES * IV_BATCH);
    nextIv = 0;
  }
  nextIv += IV_BYTES;
  return ivs.slice(nextIv - IV_BYTES, nextIv);
}

/** An AES-GCM-256 key from a password (for sealing a backup); not extractable. */
export function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  return derive(password, salt, iterations, 'AES-GCM', ['encrypt', 'decrypt']);
}

/** An AES-KW-256 key from a passcode (for wrapping the data key); not extractable. */
export function deriveWrappingKey(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  return derive(passcode, salt, iterations, 'AES-KW', ['wrapKey', 'unwrapKey']);
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number, name: 'AES-GCM' | 'AES-KW', usages: KeyUsage[]): Promise<CryptoKey> {
  // NFC: the same passcode typed on another keyboard (composed or decomposed å) gives the same key.
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name, length: 256 }, false, usages);
}

export function seal(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  plaintext: Uint8Array<ArrayBuffer>,
  header: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  // Not async: a keystroke seals its record, and an async function's own promise costs it more.
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plaintext).then((sealed) => new Uint8Array(sealed));
}

/** Throws (DOMException 'OperationError') on a wrong key or any altered byte of ciphertext or header. */
export async function open(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  ciphertext: Uint8Array<ArrayBuffer>,
  header: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header }, key, ciphertext));
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(bytesToBinaryString(bytes));
}

/** Throws on anything that is not strict base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(text) || text.length % 4 !== 0) throw new Error('not base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
