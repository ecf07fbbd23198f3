// Describing a stored shape once, and reading any stored value into it (decision 0011).
//
// A shape says, for each field at every depth, what fits and what an older or damaged value gets
// instead: a string, a number, a flag, one of an enum's values, a nullable value, an object of
// fields, a list of items with their own shape, a map. `fill` never throws and never returns a
// value that shares an object with its input: what fits is copied, what does not fit gets the
// default, a list item or map entry that does not fit is left out, and fields the shape does not
// name are dropped. Fields marked `required` (a row's ids, status and dates) are reported when they
// do not fit, so that a backup can refuse what it cannot place; everything else is filled quietly.
//
// The content version flows down with the value (`Reading.contentVersion`), so that a shape with
// upgrade steps (`upgraded`) runs them wherever it appears: a plan in its row, a plan copied into
// a version, a plan in a backup.

/** Told the path of a required field that is absent or does not fit ("plans[2].status"). */
export type Misfit = (path: string) => void;

/** How a value is being read: the content version it was stored at, and whom to tell when a required field does not fit. */
export interface Reading {
  readonly contentVersion: number;
  /** Called with the path of a required field that is absent or does not fit (backups refuse the file). */
  readonly misfit?: Misfit | undefined;
}

export interface Shape<T> {
  /** The value as the app uses it, from whatever was stored. */
  readonly fill: (value: unknown, reading: Reading) => T;
  /** Whether a stored value is of this shape's kind (an object for an object shape, a string for text …). */
  readonly fits: (value: unknown) => boolean;
  /** Set by `required`: a list reports an item of this shape that does not fit. */
  readonly required?: boolean;
  readonly optional?: undefined;
}

/** A field that may be absent in the domain type (`invited?: boolean`): left out when absent or not fitting. */
export interface OptionalShape<T> extends Omit<Shape<T>, 'optional'> {
  readonly optional: true;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shape<T>(fits: (value: unknown) => boolean, copy: (value: unknown, reading: Reading) => T, fallback: () => T): Shape<T> {
  return { fits, fill: (value, reading) => (fits(value) ? copy(value, reading) : fallback()) };
}

const same = <T>(value: unknown) => value as T;

/** A string; '' (or `fallback`) otherwise. */
export function text(fallback = ''): Shape<string> {
  return shape(
    (v) => typeof v === 'string',
    same<string>,
    () => fallback,
  );
}

/** A finite number; `fallback` otherwise (JSON writes NaN and Infinity as null). */
export function number(fallback = 0): Shape<number> {
  return shape(
    (v) => typeof v === 'number' && Number.isFinite(v),
    same<number>,
    () => fallback,
  );
}

/** A whole number; `fallback` otherwise. */
export function whole(fallback = 0): Shape<number> {
  return shape(
    (v) => Number.isInteger(v),
    same<number>,
    () => fallback,
  );
}

export function flag(fallback = false): Shape<boolean> {
  return shape(
    (v) => typeof v === 'boolean',
    same<boolean>,
    () => fallback,
  );
}

/** One of an enum's values; the first (or `fallback`) otherwise. */
export function oneOf<T extends string>(values: readonly T[], fallback: T = values[0]!): Shape<T> {
  const known = new Set<unknown>(values);
  return shape(
    (v) => known.has(v),
    same<T>,
    () => fallback,
  );
}

/** The value, or null when it is null, absent or does not fit. */
export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return shape(
    (v) => v === null || inner.fits(v),
    (v, reading) => (v === null ? null : inner.fill(v, reading)),
    () => null,
  );
}

/** A field the domain type may leave out: kept when it fits, left out otherwise. */
export function optional<T>(inner: Shape<T>): OptionalShape<T> {
  return { fits: inner.fits, fill: inner.fill, optional: true };
}

/** A field a row cannot do without (its id, status, dates): reported when absent or not fitting, then filled. */
export function required<T>(inner: Shape<T>, fits: (value: unknown) => boolean = inner.fits): Shape<T> {
  return {
    fits,
    required: true,
    fill(value, reading) {
      if (!fits(value)) reading.misfit?.('');
      return inner.fill(value, reading);
    },
  };
}

/** A non-empty string that names a row (required). */
export function id(): Shape<string> {
  return required(text(), (v) => typeof v === 'string' && v !== '');
}

/** The reading of a field or item below `key`: the same, with the path extended when misfits are reported. */
function below(reading: Reading, key: string | number): Reading {
  const { misfit } = reading;
  if (!misfit) return reading;
  const step = typeof key === 'number' ? `[${key}]` : key;
  return { contentVersion: reading.contentVersion, misfit: (path) => misfit(path === '' || path.startsWith('[') ? `${step}${path}` : `${step}.${path}`) };
}

type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];

/** A shape for every field of T: an optional one for each field T may leave out, a plain one for the others. */
export type Fields<T> = {
  [K in keyof T]-?: K extends OptionalKeys<T> ? OptionalShape<Exclude<T[K], undefined>> : Shape<T[K]>;
};

/** An object with exactly these fields, each filled by its shape; other fields are dropped. */
export function object<T>(fields: Fields<T>): Shape<T> {
  const entries = Object.entries(fields) as [string, Shape<unknown> | OptionalShape<unknown>][];
  const copy = (value: unknown, reading: Reading): T => {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      const v = Object.hasOwn(source, key) ? source[key] : undefined;
      if (field.optional && !field.fits(v)) continue;
      out[key] = field.fill(v, below(reading, key));
    }
    return out as T;
  };
  // An absent object reads as every field's default (nothing to upgrade, nothing to report).
  const empty: Reading = { contentVersion: Number.MAX_SAFE_INTEGER };
  return shape(isRecord, copy, () => copy({}, empty));
}

/** A list; items that do not fit are left out (and reported when the item shape is required). */
export function list<T>(item: Shape<T>): Shape<T[]> {
  return shape(
    Array.isArray,
    (value, reading) => {
      const out: T[] = [];
      (value as unknown[]).forEach((v, i) => {
        if (item.fits(v)) out.push(item.fill(v, below(reading, i)));
        else if (item.required) reading.misfit?.(`[${i}]`);
      });
      return out;
    },
    () => [],
  );
}

/** A map from string keys to values of one shape; entries that do not fit are left out. */
export function record<T>(entry: Shape<T>): Shape<Record<string, T>> {
  return shape(
    isRecord,
    (value, reading) => {
      // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary key.
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => entry.fits(v))
          .map(([k, v]) => [k, entry.fill(v, below(reading, k))]),
      );
    },
    () => ({}),
  );
}

/** A change of stored content from one content version to the next, on the value as stored then. */
export interface UpgradeStep {
  /** The content version the step reads; its result is version `from + 1`. */
  readonly from: number;
  /** What the step does, in words (for the tests' names). */
  readonly about: string;
  up(value: unknown): unknown;
}

/** The shape after its upgrade steps: the steps from the value's content version on run first, in order, then the fill. */
export function upgraded<T>(inner: Shape<T>, steps: readonly UpgradeStep[]): Shape<T> {
  return {
    fits: inner.fits,
    fill(value, reading) {
      let v = value;
      for (const step of steps) if (step.from >= reading.contentVersion) v = step.up(v);
      return inner.fill(v, reading);
    },
  };
}
