/** A new id for a plan, meeting, deviation or item in one. */
export function newId(): string {
  return crypto.randomUUID();
}
