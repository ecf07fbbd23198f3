// A place in a nested record (a field's name or a row's index at each level), read and changed
// without touching the record: what a keystroke changes, in the domain and on screen.

/** Keys from the top of a record down to one value: `['goals', 2, 'text']`. */
export type ValuePath = readonly (string | number)[];

type Node = Record<string | number, unknown>;

/** The value at `path` in `record`. */
export function valueAt(record: object, path: ValuePath): unknown {
  return path.reduce<unknown>((node, key) => (node as Node)[key], record);
}

/** A copy of `node` with `value` at `path`, sharing everything else; `node` itself when it holds it already. */
export function withValueAt<T>(node: T, path: ValuePath, value: unknown): T {
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const before = (node as Node)[key];
  const after = rest.length === 0 ? value : withValueAt(before, rest, value);
  if (after === before) return node;
  if (Array.isArray(node)) {
    const rows = [...(node as unknown[])];
    rows[key as number] = after;
    return rows as T;
  }
  return { ...node, [key]: after };
}

/**
 * What `read` returns with `record` holding `value` at `path`, the old value put back after it: a
 * look at the changed record without a copy of it. `read` must not keep the record, nor call
 * anything that does.
 */
export function readWithValueAt<R>(record: object, path: ValuePath, value: unknown, read: () => R): R {
  const parent = valueAt(record, path.slice(0, -1)) as Node;
  const key = path[path.length - 1]!;
  const before = parent[key];
  parent[key] = value;
  try {
    return read();
  } finally {
    parent[key] = before;
  }
}
