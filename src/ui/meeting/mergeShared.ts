// Puts the meeting a command returned (domain/meetingCommands.ts) into the screen's store. That
// meeting shares every part the command did not change with the store's own, so only the parts
// that differ are walked and written: a keystroke in a speaker's note writes that one note. Rows of
// a list keep their identity by id (or, in lists without ids, by place), so the row on screen, and
// the field the cursor is in, stays.

type Row = Record<string, unknown>;

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): unknown {
  return isRecord(value) ? value.id : undefined;
}

/** The same row: the same object, or records with the same id (or both without one). */
function sameRow(a: unknown, b: unknown): boolean {
  return a === b || (isRecord(a) && isRecord(b) && idOf(a) === idOf(b));
}

function mergeValue(draft: Row | unknown[], key: string | number, before: unknown, after: unknown): void {
  const target = draft as Record<string | number, unknown>;
  if (before === after) return;
  if (isRecord(before) && isRecord(after)) mergeShared(target[key] as Row, before, after);
  else if (Array.isArray(before) && Array.isArray(after)) mergeList(target, key, before, after);
  else target[key] = after;
}

function mergeList(draft: Record<string | number, unknown>, key: string | number, before: unknown[], after: unknown[]): void {
  if (before.length === after.length && after.every((row, i) => sameRow(before[i], row))) {
    const rows = draft[key] as unknown[];
    after.forEach((row, i) => mergeValue(rows, i, before[i], row));
    return;
  }
  // Rows added, removed or moved: the rows that stay are the store's own, changed where they differ.
  const kept = new Map<unknown, unknown>();
  for (const row of before) if (idOf(row) !== undefined) kept.set(idOf(row), row);
  const rows = after.map((row) => (idOf(row) !== undefined && kept.get(idOf(row))) || row);
  draft[key] = rows;
  const placed = draft[key] as unknown[];
  rows.forEach((row, i) => {
    if (row !== after[i]) mergeValue(placed, i, row, after[i]);
  });
}

/**
 * Writes into `draft` (a store draft, under produce, that holds `before`) what differs in `after`,
 * a new version of `before` sharing what did not change: fields that differ are set, fields gone
 * are deleted, lists are matched row by row.
 */
export function mergeShared(draft: Row, before: Row, after: Row): void {
  for (const key of Object.keys(after)) mergeValue(draft, key, before[key], after[key]);
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) delete draft[key];
}
