// The content version: which shape the sealed content of a row (or a backup) was written in. It
// is to the sealed content what the schema version is to the stores (schema.ts): a number that
// only grows, with an upgrade step for each change a default cannot express (decision 0011).
// Content written before content versions existed carries none and is version 1.

/**
 * The content version this release writes. It is one more than the highest `from` of any shape's
 * upgrade steps (a test holds it to that), so adding a step means raising it.
 */
export const CONTENT_VERSION = 3;

/** The content version stored with a value: its `contentVersion`, or 1 when it has none. */
export function contentVersionOf(stored: unknown): number {
  if (typeof stored !== 'object' || stored === null) return 1;
  const version = (stored as { contentVersion?: unknown }).contentVersion;
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : 1;
}

/** The field a sealed row's content (and a backup's) carries its content version in. */
export interface Versioned {
  /** Absent in content written before content versions existed: version 1. */
  contentVersion?: number;
}

/**
 * A value's sealed content: every field but its clear ones (stored beside the content), marked
 * with the content version it is written at. Copied field by field: the value is often a Solid
 * store's own object, which an object rest (`{ id, ...data }`) copies several times slower, and a
 * keystroke's write pays for it (`npm run bench`).
 */
export function sealedContent<T extends object, K extends keyof T>(value: T, clear: readonly K[]): Omit<T, K> & Versioned {
  const content: Record<string, unknown> = {};
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!(clear as readonly PropertyKey[]).includes(key)) content[key] = fields[key];
  content.contentVersion = CONTENT_VERSION;
  return content as Omit<T, K> & Versioned;
}
