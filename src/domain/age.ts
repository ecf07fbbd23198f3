// A person's age from what the plan holds: the birth date in the personnummer or
// samordningsnummer when one is given and valid, else the birth date typed; null when neither.
import type { Person } from './plan';
import { parseIdNumber, validateBirthDate } from './personnummer';

/** The person's birth date as ISO "YYYY-MM-DD", or null when it is not known. */
export function birthDateOf(person: Pick<Person, 'birthDate' | 'idNumber'>, today: string): string | null {
  if (person.idNumber.trim()) {
    const parsed = parseIdNumber(person.idNumber, today);
    if (parsed.ok) return parsed.value.birthDate;
  }
  const typed = person.birthDate.trim();
  return typed && validateBirthDate(typed, today) === null ? typed : null;
}

/** Whole years from an ISO birth date to an ISO date. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Under 18 on `today`; false when the birth date is not known (the adult's words are the default). */
export function isMinor(person: Pick<Person, 'birthDate' | 'idNumber'>, today: string): boolean {
  const born = birthDateOf(person, today);
  return born !== null && ageOn(born, today) < 18;
}

/** Whose words the circle speaks in for the person: a young person's under 18, an adult's otherwise (or when the age is not known). */
export function personCircleRole(person: Pick<Person, 'birthDate' | 'idNumber'>, today: string): 'vuxen' | 'ungdom' {
  return isMinor(person, today) ? 'ungdom' : 'vuxen';
}
