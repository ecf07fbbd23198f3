// Bench-only helpers of the bare baseline pages: WebCrypto AES-GCM-256 and one IndexedDB database
// of their own ('bench-bare-<stores>'), nothing of the app's code, so a baseline is what the
// browser itself costs for the same work.
const encoder = new TextEncoder();

export function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Seals a value as JSON with its store and id as additional data, as the app does (src/storage/keyring.ts). */
export async function seal(key: CryptoKey, store: string, id: string, value: unknown): Promise<{ iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(`${store}/${id}`) }, key, encoder.encode(JSON.stringify(value))),
  );
  return { iv, data };
}

export async function open<T>(key: CryptoKey, store: string, id: string, sealed: { iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> }): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(`${store}/${id}`) }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** The bare database: one store per name, keyPath 'id'. */
export function openDatabase(stores: string[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`bench-bare-${stores.join('-')}`, 1);
    request.onupgradeneeded = () => {
      for (const name of stores) request.result.createObjectStore(name, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

/** One put in its own read-write transaction, committed at once. */
export function put(db: IDBDatabase, store: string, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    tx.commit();
  });
}

export function get<T>(db: IDBDatabase, store: string, id: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).get(id);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error ?? new Error('get failed'));
  });
}
