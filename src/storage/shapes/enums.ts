// Every value of a union of strings, checked by the compiler: a value added to the union without
// being added here is an error, so a stored value the app knows is never read as the default.
export function valuesOf<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.keys(all) as T[];
}
