/**
 * Swedish personnummer and samordningsnummer (Skatteverket): parsing, validation
 * and normalisation. Pure functions, no dependencies, no DOM.
 *
 * Accepted forms (after trimming surrounding whitespace):
 *   YYMMDDNNNC, YYMMDD-NNNC, YYMMDD+NNNC            (10 digits)
 *   YYYYMMDDNNNC, YYYYMMDD-NNNC, YYYYMMDD+NNNC      (12 digits)
 * For 10 digits, '+' means the person has turned 100, so the century is pushed
 * back 100 years. For 12 digits, '+' and '-' are mere separators.
 */

export type IdNumberError = 'format' | 'date' | 'checksum' | 'future';

export interface IdNumber {
  kind: 'personnummer' | 'samordningsnummer';
  /** Normalised 12 digits with a hyphen before the last four: "YYYYMMDD-NNNN" (for samordningsnummer the day stays +60, as written). */
  normalized: string;
  /** The birth date as ISO "YYYY-MM-DD" (samordningsnummer: day minus 60). */
  birthDate: string;
}

export type IdNumberResult = { ok: true; value: IdNumber } | { ok: false; error: IdNumberError };

/** Earliest birth year accepted by validateBirthDate. */
const MIN_BIRTH_YEAR = 1890;

/** Offset added to the day of month in a samordningsnummer. */
const SAMORDNING_DAY_OFFSET = 60;

const ID_PATTERN = /^(\d{6}|\d{8})([-+]?)(\d{4})$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Parses `today`; it is supplied by the program, so a malformed value is a bug and throws. */
function parseToday(today: string): YMD {
  const m = ISO_DATE_PATTERN.exec(today);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (isRealDate(year, month, day)) return { year, month, day };
  }
  throw new RangeError(`today must be a real ISO date "YYYY-MM-DD", got ${JSON.stringify(today)}`);
}

/** Compares two dates as numbers YYYYMMDD (works for any month/day values, real or not). */
function dateKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** Luhn check digit for the 9 digits YYMMDDNNN. Throws RangeError unless given exactly 9 ASCII digits. */
export function luhnCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) {
    throw new RangeError(`luhnCheckDigit expects exactly 9 digits, got ${JSON.stringify(nineDigits)}`);
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const digit = nineDigits.charCodeAt(i) - 48;
    const product = i % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product; // digit sum of a product ≤ 18
  }
  return (10 - (sum % 10)) % 10;
}

/** today: ISO date "YYYY-MM-DD" used to resolve the century of 10-digit numbers and to reject future dates. */
export function parseIdNumber(input: string, today: string): IdNumberResult {
  const now = parseToday(today);
  const m = ID_PATTERN.exec(input.trim());
  if (!m) return { ok: false, error: 'format' };
  const datePart = m[1] ?? '';
  const separator = m[2] ?? '';
  const serial = m[3] ?? '';

  const monthDay = datePart.slice(-4);
  const month = Number(monthDay.slice(0, 2));
  const writtenDay = Number(monthDay.slice(2, 4));
  const isSamordning = writtenDay > SAMORDNING_DAY_OFFSET;
  const day = isSamordning ? writtenDay - SAMORDNING_DAY_OFFSET : writtenDay;

  let year: number;
  if (datePart.length === 8) {
    year = Number(datePart.slice(0, 4));
  } else {
    // Latest century such that the birth date is not after today.
    const yy = Number(datePart.slice(0, 2));
    const century = now.year - (now.year % 100);
    year = century + yy;
    if (dateKey(year, month, day) > dateKey(now.year, now.month, now.day)) year -= 100;
    if (separator === '+') year -= 100;
  }

  if (!isRealDate(year, month, day)) return { ok: false, error: 'date' };
  if (dateKey(year, month, day) > dateKey(now.year, now.month, now.day)) {
    return { ok: false, error: 'future' };
  }

  const tenDigits = datePart.slice(-6) + serial;
  if (luhnCheckDigit(tenDigits.slice(0, 9)) !== Number(tenDigits.slice(9))) {
    return { ok: false, error: 'checksum' };
  }

  return {
    ok: true,
    value: {
      kind: isSamordning ? 'samordningsnummer' : 'personnummer',
      normalized: `${pad(year, 4)}${monthDay}-${serial}`,
      birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    },
  };
}

/** Validates a plain ISO birth date "YYYY-MM-DD": real calendar date, not in the future, not before 1890. */
export function validateBirthDate(input: string, today: string): 'format' | 'date' | 'future' | null {
  const now = parseToday(today);
  const m = ISO_DATE_PATTERN.exec(input);
  if (!m) return 'format';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isRealDate(year, month, day) || year < MIN_BIRTH_YEAR) return 'date';
  if (dateKey(year, month, day) > dateKey(now.year, now.month, now.day)) return 'future';
  return null;
}
