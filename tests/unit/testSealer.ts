// A sealer for repository tests: the vault's sealing with a random data key, without deriving one
// from a passcode (which takes half a second each time).
import { openValue, sealValue } from '../../src/storage/keyring';
import type { Sealer } from '../../src/storage/sealedRows';

const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

export const testSealer: Sealer = {
  seal: (store, id, value) => sealValue(key, store, id, value),
  open: (store, id, sealed) => openValue(key, store, id, sealed),
};
