// File names for exported documents: readable, ASCII only (they travel through mail clients and
// file systems), and never holding a personnummer, since nothing but names and dates goes in.
import { FOLDED_LETTERS } from '../domain/plan';

// Even a number typed into a name field by mistake does not reach a file name.
const PERSONNUMMER_LIKE = /\d{6}(?:\d{2})?[-+]?\d{4}/gu;

/** "Łucja Ørsted-Şahin" → "Lucja-Orsted-Sahin"; "Socialtjänsten, barn" → "Socialtjansten-barn". */
export function fileNamePart(text: string): string {
  return text
    .replace(PERSONNUMMER_LIKE, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\P{ASCII}/gu, (c) => {
      const lower = c.toLocaleLowerCase('sv');
      const folded = FOLDED_LETTERS[lower];
      if (!folded) return '-';
      return c === lower ? folded : folded.charAt(0).toUpperCase() + folded.slice(1);
    })
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** "SIP", "2026-11-23", "Lisa Andersson", "Socialtjänsten" → "SIP-2026-11-23-Lisa-Andersson-Socialtjansten". */
export function fileName(...parts: string[]): string {
  return parts.map(fileNamePart).filter(Boolean).join('-') || 'SIP';
}
