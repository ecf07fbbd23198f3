// How every document (plan copies, invitations, closing notices) says which person it is about,
// besides the name: by birth date, never by personnummer unless the chair chose to include it for
// that export. One rule, here, for every document builder.
import type { Person } from '../domain/plan';
import { parseIdNumber, validateBirthDate } from '../domain/personnummer';
import { formatDay } from '../i18n/format';
import { sv } from '../i18n/sv';
import { svPdf } from '../i18n/svPdf';
import type { FieldRow } from './model';

export type PersonIdentity =
  /** ISO "YYYY-MM-DD". */
  | { kind: 'birthDate'; birthDate: string }
  /** As typed (trimmed). */
  | { kind: 'idNumber'; idNumber: string };

/**
 * What identifies the person in a document made on `today`:
 * - the personnummer (or samordningsnummer), only when `includeIdNumber` and one is typed;
 * - else the birth date typed (when it is a valid date);
 * - else the birth date in a valid personnummer or samordningsnummer (samordningsnummer: day − 60);
 * - else nothing (null): the name alone.
 */
export function personIdentity(person: Pick<Person, 'birthDate' | 'idNumber'>, today: string, includeIdNumber = false): PersonIdentity | null {
  const idNumber = person.idNumber.trim();
  if (includeIdNumber && idNumber) return { kind: 'idNumber', idNumber };
  const typed = person.birthDate.trim();
  if (typed && validateBirthDate(typed, today) === null) return { kind: 'birthDate', birthDate: typed };
  if (idNumber) {
    const parsed = parseIdNumber(idNumber, today);
    if (parsed.ok) return { kind: 'birthDate', birthDate: parsed.value.birthDate };
  }
  return null;
}

/** The identity as a label–value row: "Född" "12 december 2012", or "Personnummer" "20121212-1212". */
export function identityRow(identity: PersonIdentity | null): FieldRow[] {
  if (!identity) return [];
  const t = svPdf.identity;
  return identity.kind === 'idNumber' ? [{ label: t.idNumber, value: identity.idNumber }] : [{ label: t.born, value: formatDay(identity.birthDate) }];
}

/** The identity as one line: "Född 12 december 2012", or "Personnummer 20121212-1212"; '' for none. */
export function identityLine(identity: PersonIdentity | null): string {
  return identityRow(identity)
    .map((row) => `${row.label} ${row.value}`)
    .join('');
}

/** For the documents in easy words: the name over the identity ("Łucja Ørsted-Şahin\nFödd 12 december 2012"), or nothing. */
export function identityParagraph(name: string, identity: PersonIdentity | null): { kind: 'paragraph'; text: string }[] {
  const line = identityLine(identity);
  return line ? [{ kind: 'paragraph', text: `${name}\n${line}` }] : [];
}

/** "Łucja" from "Łucja Ørsted-Şahin": how the person's own files are named in the list of made files. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/u)[0] || sv.list.unnamed;
}
