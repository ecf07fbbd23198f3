// Field validation for the preparation. Validation never blocks saving: what the chair typed is
// kept as typed, and each problem is reported by a code that the UI turns into Swedish.
import { parseIdNumber, validateBirthDate } from './personnummer';
import type { Booking, Consent, Participant, Person } from './plan';

export type ValidationCode =
  | 'required'
  | 'idnumber.format'
  | 'idnumber.date'
  | 'idnumber.checksum'
  | 'idnumber.future'
  | 'idnumber.mismatch'
  | 'date.format'
  | 'date.invalid'
  | 'date.future'
  | 'date.past'
  | 'time.format'
  | 'email.format'
  | 'phone.format'
  | 'url.format'
  | 'duration.range'
  | 'phase.minutes'
  | 'consent.untilBeforeGiven'
  | 'consent.withdrawnBeforeGiven'
  | 'booking.replyAfterMeeting'
  | 'password.short'
  | 'passcode.short'
  | 'passcode.mismatch'
  | 'password.mismatch'
  | 'text.tooLong';

/** Field path (e.g. "person.idNumber", "participants.<id>.email") → problem. */
export type Problems = Record<string, ValidationCode>;

export const MIN_MEETING_MINUTES = 5;
export const MAX_MEETING_MINUTES = 480;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const PHONE = /^\+?[0-9 ()-]{5,20}$/u;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/u;

export function checkEmail(value: string): ValidationCode | null {
  return value.trim() && !EMAIL.test(value.trim()) ? 'email.format' : null;
}

export function checkPhone(value: string): ValidationCode | null {
  return value.trim() && !PHONE.test(value.trim()) ? 'phone.format' : null;
}

/** A calendar date "YYYY-MM-DD" (not necessarily in the past). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function checkDate(value: string): ValidationCode | null {
  if (!value) return null;
  return isIsoDate(value) ? null : 'date.invalid';
}

export function checkVideoLink(value: string): ValidationCode | null {
  const v = value.trim();
  if (!v) return null;
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'url.format';
  } catch {
    return 'url.format';
  }
}

export function validatePerson(person: Person, today: string): Problems {
  const problems: Problems = {};
  if (!person.name.trim()) problems['person.name'] = 'required';
  if (person.idNumber.trim()) {
    const parsed = parseIdNumber(person.idNumber, today);
    if (!parsed.ok) problems['person.idNumber'] = `idnumber.${parsed.error}`;
    else if (person.birthDate && isIsoDate(person.birthDate) && person.birthDate !== parsed.value.birthDate) {
      problems['person.birthDate'] = 'idnumber.mismatch';
    }
  }
  if (person.birthDate && !problems['person.birthDate']) {
    const error = validateBirthDate(person.birthDate, today);
    if (error) problems['person.birthDate'] = error === 'format' ? 'date.format' : error === 'future' ? 'date.future' : 'date.invalid';
  }
  addContactProblems(problems, 'person', person.contact.email, person.contact.phone);
  for (const rep of person.representatives) {
    if (!rep.name.trim()) problems[`representatives.${rep.id}.name`] = 'required';
    addContactProblems(problems, `representatives.${rep.id}`, rep.contact.email, rep.contact.phone);
  }
  return problems;
}

export function validateParticipant(p: Participant): Problems {
  const problems: Problems = {};
  const at = `participants.${p.id}`;
  if (!p.name.trim()) problems[`${at}.name`] = 'required';
  if (p.principal === 'annan' && !p.principalOther.trim()) problems[`${at}.principalOther`] = 'required';
  if (p.invitation === 'ersattare' && !p.substituteName.trim()) problems[`${at}.substituteName`] = 'required';
  addContactProblems(problems, at, p.email, p.phone);
  return problems;
}

export function validateConsent(c: Consent): Problems {
  const problems: Problems = {};
  const at = `consents.${c.id}`;
  for (const field of ['date', 'validUntil', 'withdrawnDate'] as const) {
    const code = checkDate(c[field]);
    if (code) problems[`${at}.${field}`] = code;
  }
  if (!c.date) problems[`${at}.date`] = 'required';
  if (!c.validUntil) problems[`${at}.validUntil`] = 'required';
  if (c.givenBy !== 'personen' && !c.givenByName.trim()) problems[`${at}.givenByName`] = 'required';
  if (isIsoDate(c.date) && isIsoDate(c.validUntil) && c.validUntil < c.date) {
    problems[`${at}.validUntil`] = 'consent.untilBeforeGiven';
  }
  if (c.withdrawn) {
    if (!c.withdrawnDate) problems[`${at}.withdrawnDate`] = 'required';
    else if (isIsoDate(c.date) && isIsoDate(c.withdrawnDate) && c.withdrawnDate < c.date) {
      problems[`${at}.withdrawnDate`] = 'consent.withdrawnBeforeGiven';
    }
  }
  return problems;
}

export function validateBooking(b: Booking, today: string): Problems {
  const problems: Problems = {};
  const dateCode = checkDate(b.date);
  if (dateCode) problems['booking.date'] = dateCode;
  // Said, not blocking: invitations to a day that has been are almost always a slip of the picker.
  else if (b.date && b.date < today) problems['booking.date'] = 'date.past';
  if (b.startTime && !TIME.test(b.startTime)) problems['booking.startTime'] = 'time.format';
  if (!Number.isInteger(b.durationMinutes) || b.durationMinutes < MIN_MEETING_MINUTES || b.durationMinutes > MAX_MEETING_MINUTES) {
    problems['booking.durationMinutes'] = 'duration.range';
  }
  const linkCode = checkVideoLink(b.videoLink);
  if (linkCode) problems['booking.videoLink'] = linkCode;
  const replyCode = checkDate(b.replyBy);
  if (replyCode) problems['booking.replyBy'] = replyCode;
  else if (b.replyBy && !dateCode && b.date && b.replyBy > b.date) problems['booking.replyBy'] = 'booking.replyAfterMeeting';
  else if (b.replyBy && b.replyBy < today) problems['booking.replyBy'] = 'date.past';
  return problems;
}

/** The follow-up booked at the end of a meeting: a real date, not one that has already been. */
export function validateFollowUp(followUp: { date: string; startTime: string }, today: string): Problems {
  const problems: Problems = {};
  const dateCode = checkDate(followUp.date);
  if (dateCode) problems['followUp.date'] = dateCode;
  else if (followUp.date && followUp.date < today) problems['followUp.date'] = 'date.past';
  if (followUp.startTime && !TIME.test(followUp.startTime)) problems['followUp.startTime'] = 'time.format';
  return problems;
}

export const MIN_PASSWORD_LENGTH = 8;
export const MIN_PASSCODE_DIGITS = 6;

/** A passcode: at least 6 digits, or a passphrase of at least 8 characters. */
export function checkPasscode(passcode: string): ValidationCode | null {
  if (/^\d+$/u.test(passcode)) return passcode.length >= MIN_PASSCODE_DIGITS ? null : 'passcode.short';
  return passcode.length >= MIN_PASSWORD_LENGTH ? null : 'passcode.short';
}

/** A new passcode typed twice: six digits or a passphrase, and the same both times. */
export function validateNewPasscode(passcode: string, repeated: string): Problems {
  const problems: Problems = {};
  const short = checkPasscode(passcode);
  if (short) problems['passcode'] = short;
  if (repeated !== passcode) problems['repeated'] = 'passcode.mismatch';
  return problems;
}

/** A new password typed twice: long enough, and the same both times. */
export function validateNewPassword(password: string, repeated: string): Problems {
  const problems: Problems = {};
  if (password.length < MIN_PASSWORD_LENGTH) problems['password'] = 'password.short';
  if (repeated !== password) problems['repeated'] = 'password.mismatch';
  return problems;
}

function addContactProblems(problems: Problems, at: string, email: string, phone: string): void {
  const e = checkEmail(email);
  if (e) problems[`${at}.email`] = e;
  const p = checkPhone(phone);
  if (p) problems[`${at}.phone`] = p;
}
