import { describe, it, expect } from 'vitest';
import {
  isIsoDate,
  validateBooking,
  validateFollowUp,
  validateNewPasscode,
  validateNewPassword,
  validateConsent,
  validateParticipant,
  validatePerson,
} from '../../src/domain/validation';
import type { Booking, Consent, Participant, Person, Representative } from '../../src/domain/plan';

const TODAY = '2026-11-23';

/*
 * Id numbers (Luhn check digits worked out by hand, see personnummer.test.ts):
 *   811218-9876     personnummer, born 1981-12-18
 *   701063-2391     samordningsnummer, born 1970-10-03 (day 63 − 60)
 *   811218-9877     wrong check digit
 *   810230-1234     30 February, correct check digit
 *   20261124-1239   born the day after TODAY, correct check digit (261124123 → 9)
 */

function person(patch: Partial<Person> = {}): Person {
  return {
    name: 'Anna Andersson',
    birthDate: '',
    idNumber: '',
    contact: { phone: '', email: '', address: '' },
    representatives: [],
    ...patch,
  };
}

function rep(id: string, patch: Partial<Representative> = {}): Representative {
  return { id, kind: 'god-man', name: 'Bertil Berg', contact: { phone: '', email: '', address: '' }, ...patch };
}

function participant(patch: Partial<Participant> = {}): Participant {
  return {
    id: 'p1',
    name: 'Cecilia Carlsson',
    organisation: 'Socialtjänsten',
    principal: 'kommun',
    principalOther: '',
    role: 'handläggare',
    phone: '',
    email: '',
    invitation: 'inbjuden',
    substituteName: '',
    isChair: false,
    isNoteTaker: false,
    ...patch,
  };
}

function consent(patch: Partial<Consent> = {}): Consent {
  return {
    id: 'c1',
    givenBy: 'personen',
    givenByName: '',
    form: 'skriftligt',
    date: '2026-01-10',
    scopes: [],
    notShared: '',
    validUntil: '2026-12-31',
    withdrawn: false,
    withdrawnDate: '',
    ...patch,
  };
}

function booking(patch: Partial<Booking> = {}): Booking {
  return {
    date: '2026-12-01',
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Stadshuset',
    videoLink: '',
    replyBy: '',
    invitations: { made: false, on: '', at: '', told: '' },
    ...patch,
  };
}

describe('validateFollowUp', () => {
  it('a follow-up on or after the meeting day is fine; one that has already been is not', () => {
    expect(validateFollowUp({ date: '', startTime: '' }, '2026-11-23')).toEqual({});
    expect(validateFollowUp({ date: '2026-11-23', startTime: '13:00' }, '2026-11-23')).toEqual({});
    expect(validateFollowUp({ date: '2026-11-22', startTime: '' }, '2026-11-23')).toEqual({ 'followUp.date': 'date.past' });
    expect(validateFollowUp({ date: '2026-02-30', startTime: '25:00' }, '2026-11-23')).toEqual({
      'followUp.date': 'date.invalid',
      'followUp.startTime': 'time.format',
    });
  });
});

describe('validateNewPasscode', () => {
  it('six digits or a passphrase, typed the same twice', () => {
    expect(validateNewPasscode('482915', '482915')).toEqual({});
    expect(validateNewPasscode('sommar i Småland', 'sommar i Småland')).toEqual({});
    expect(validateNewPasscode('48291', '48291')).toEqual({ passcode: 'passcode.short' });
    expect(validateNewPasscode('482915', '482916')).toEqual({ repeated: 'passcode.mismatch' });
  });
});

describe('validateNewPassword', () => {
  it('asks for 8 characters, typed the same twice', () => {
    expect(validateNewPassword('sommar i Småland', 'sommar i Småland')).toEqual({});
    expect(validateNewPassword('kort', 'kort')).toEqual({ password: 'password.short' });
    expect(validateNewPassword('sommar i Småland', 'sommar i småland')).toEqual({ repeated: 'password.mismatch' });
  });
});

describe('validateBooking: reply date', () => {
  it('accepts no reply date, or one on or before the meeting', () => {
    expect(validateBooking(booking({ replyBy: '' }), TODAY)['booking.replyBy']).toBeUndefined();
    expect(validateBooking(booking({ replyBy: '2026-11-24' }), TODAY)['booking.replyBy']).toBeUndefined();
    expect(validateBooking(booking({ replyBy: '2026-12-01' }), TODAY)['booking.replyBy']).toBeUndefined();
  });
  it('a meeting day or a reply date that has already been is said (the picker slipped), as a follow-up’s is', () => {
    expect(validateBooking(booking({ date: '2026-11-22' }), TODAY)).toEqual({ 'booking.date': 'date.past' });
    expect(validateBooking(booking({ date: TODAY, replyBy: '2026-11-22' }), TODAY)).toEqual({ 'booking.replyBy': 'date.past' });
    expect(validateBooking(booking({ date: TODAY, replyBy: TODAY }), TODAY)).toEqual({});
  });
  it('a reply date after the meeting, or not a date, is a problem', () => {
    expect(validateBooking(booking({ replyBy: '2026-12-02' }), TODAY)['booking.replyBy']).toBe('booking.replyAfterMeeting');
    expect(validateBooking(booking({ replyBy: '2026-02-30' }), TODAY)['booking.replyBy']).toBe('date.invalid');
  });
});

describe('validatePerson', () => {
  it('a complete, consistent person has no problems', () => {
    expect(validatePerson(person({ idNumber: '811218-9876', birthDate: '1981-12-18' }), TODAY)).toEqual({});
    expect(validatePerson(person(), TODAY)).toEqual({});
  });

  it('requires a name (blank counts as missing)', () => {
    expect(validatePerson(person({ name: '' }), TODAY)).toEqual({ 'person.name': 'required' });
    expect(validatePerson(person({ name: '   ' }), TODAY)).toEqual({ 'person.name': 'required' });
  });

  it('a valid personnummer or samordningsnummer gives no problem', () => {
    expect(validatePerson(person({ idNumber: '811218-9876' }), TODAY)).toEqual({});
    expect(validatePerson(person({ idNumber: '198112189876' }), TODAY)).toEqual({});
    expect(validatePerson(person({ idNumber: ' 8112189876 ' }), TODAY)).toEqual({});
    expect(validatePerson(person({ idNumber: '701063-2391', birthDate: '1970-10-03' }), TODAY)).toEqual({});
  });

  it('maps each id-number error to idnumber.<error>', () => {
    expect(validatePerson(person({ idNumber: 'abc' }), TODAY)).toEqual({ 'person.idNumber': 'idnumber.format' });
    expect(validatePerson(person({ idNumber: '811218-9877' }), TODAY)).toEqual({ 'person.idNumber': 'idnumber.checksum' });
    expect(validatePerson(person({ idNumber: '810230-1234' }), TODAY)).toEqual({ 'person.idNumber': 'idnumber.date' });
    expect(validatePerson(person({ idNumber: '20261124-1239' }), TODAY)).toEqual({ 'person.idNumber': 'idnumber.future' });
  });

  it('a blank id number is optional', () => {
    expect(validatePerson(person({ idNumber: '   ' }), TODAY)).toEqual({});
  });

  it('reports a birth date that does not match the id number', () => {
    expect(validatePerson(person({ idNumber: '811218-9876', birthDate: '1981-12-19' }), TODAY)).toEqual({
      'person.birthDate': 'idnumber.mismatch',
    });
    // A samordningsnummer's birth date is the written day minus 60.
    expect(validatePerson(person({ idNumber: '701063-2391', birthDate: '1970-10-04' }), TODAY)).toEqual({
      'person.birthDate': 'idnumber.mismatch',
    });
  });

  it('checks the birth date on its own when the id number is invalid', () => {
    expect(validatePerson(person({ idNumber: '811218-9877', birthDate: '2027-01-01' }), TODAY)).toEqual({
      'person.idNumber': 'idnumber.checksum',
      'person.birthDate': 'date.future',
    });
  });

  it('rejects a birth date in the future, an impossible date and a malformed date', () => {
    expect(validatePerson(person({ birthDate: '2026-11-24' }), TODAY)).toEqual({ 'person.birthDate': 'date.future' });
    expect(validatePerson(person({ birthDate: '2026-11-23' }), TODAY)).toEqual({});
    expect(validatePerson(person({ birthDate: '2023-02-29' }), TODAY)).toEqual({ 'person.birthDate': 'date.invalid' });
    expect(validatePerson(person({ birthDate: '1.1.1990' }), TODAY)).toEqual({ 'person.birthDate': 'date.format' });
  });

  it('checks the person’s email and phone formats', () => {
    expect(validatePerson(person({ contact: { phone: '+46 70-123 45 67', email: 'anna@example.se', address: '' } }), TODAY)).toEqual({});
    expect(validatePerson(person({ contact: { phone: 'ring mig', email: 'anna@', address: '' } }), TODAY)).toEqual({
      'person.email': 'email.format',
      'person.phone': 'phone.format',
    });
    expect(validatePerson(person({ contact: { phone: '123', email: 'anna andersson@example.se', address: '' } }), TODAY)).toEqual({
      'person.email': 'email.format',
      'person.phone': 'phone.format',
    });
  });

  it('checks each representative’s name, email and phone under its own id', () => {
    const problems = validatePerson(
      person({
        representatives: [
          rep('r1', { contact: { phone: '08-123 456', email: 'bertil@example.se', address: '' } }),
          rep('r2', { name: ' ', contact: { phone: 'x', email: 'nope', address: '' } }),
        ],
      }),
      TODAY,
    );
    expect(problems).toEqual({
      'representatives.r2.name': 'required',
      'representatives.r2.email': 'email.format',
      'representatives.r2.phone': 'phone.format',
    });
  });
});

describe('validateParticipant', () => {
  it('a complete participant has no problems', () => {
    expect(validateParticipant(participant({ email: 'cecilia@kommun.se', phone: '010-123 45 67' }))).toEqual({});
  });

  it('requires a name', () => {
    expect(validateParticipant(participant({ name: ' ' }))).toEqual({ 'participants.p1.name': 'required' });
  });

  it('requires principalOther only when the principal is "annan"', () => {
    expect(validateParticipant(participant({ principal: 'annan', principalOther: '' }))).toEqual({
      'participants.p1.principalOther': 'required',
    });
    expect(validateParticipant(participant({ principal: 'annan', principalOther: 'Försäkringskassan' }))).toEqual({});
    expect(validateParticipant(participant({ principal: 'region', principalOther: '' }))).toEqual({});
    expect(validateParticipant(participant({ principal: 'kommun', principalOther: '' }))).toEqual({});
  });

  it('requires substituteName only when the invitation is "ersattare"', () => {
    expect(validateParticipant(participant({ invitation: 'ersattare', substituteName: '  ' }))).toEqual({
      'participants.p1.substituteName': 'required',
    });
    expect(validateParticipant(participant({ invitation: 'ersattare', substituteName: 'Dan Dahl' }))).toEqual({});
    expect(validateParticipant(participant({ invitation: 'bekraftad', substituteName: '' }))).toEqual({});
    expect(validateParticipant(participant({ invitation: 'avbojd', substituteName: '' }))).toEqual({});
  });

  it('checks email and phone formats under the participant id', () => {
    expect(validateParticipant(participant({ id: 'abc', email: 'a@b', phone: '12' }))).toEqual({
      'participants.abc.email': 'email.format',
      'participants.abc.phone': 'phone.format',
    });
  });
});

describe('validateConsent', () => {
  it('a complete consent has no problems', () => {
    expect(validateConsent(consent())).toEqual({});
    expect(validateConsent(consent({ givenBy: 'vardnadshavare', givenByName: 'Eva Ek' }))).toEqual({});
  });

  it('requires the date given and the end date', () => {
    expect(validateConsent(consent({ date: '', validUntil: '' }))).toEqual({
      'consents.c1.date': 'required',
      'consents.c1.validUntil': 'required',
    });
  });

  it('reports impossible dates', () => {
    expect(validateConsent(consent({ date: '2026-02-30', validUntil: '2026-13-01' }))).toEqual({
      'consents.c1.date': 'date.invalid',
      'consents.c1.validUntil': 'date.invalid',
    });
  });

  it('rejects an end date before the date given, accepts the same day', () => {
    expect(validateConsent(consent({ date: '2026-05-10', validUntil: '2026-05-09' }))).toEqual({
      'consents.c1.validUntil': 'consent.untilBeforeGiven',
    });
    expect(validateConsent(consent({ date: '2026-05-10', validUntil: '2026-05-10' }))).toEqual({});
  });

  it('requires a withdrawal date when withdrawn', () => {
    expect(validateConsent(consent({ withdrawn: true, withdrawnDate: '' }))).toEqual({
      'consents.c1.withdrawnDate': 'required',
    });
    expect(validateConsent(consent({ withdrawn: true, withdrawnDate: '2026-03-01' }))).toEqual({});
    // Not withdrawn: no withdrawal date needed.
    expect(validateConsent(consent({ withdrawn: false, withdrawnDate: '' }))).toEqual({});
  });

  it('rejects a withdrawal before the consent was given', () => {
    expect(validateConsent(consent({ date: '2026-01-10', withdrawn: true, withdrawnDate: '2026-01-09' }))).toEqual({
      'consents.c1.withdrawnDate': 'consent.withdrawnBeforeGiven',
    });
    expect(validateConsent(consent({ date: '2026-01-10', withdrawn: true, withdrawnDate: '2026-01-10' }))).toEqual({});
  });

  it('requires the giver’s name unless the person gave it', () => {
    expect(validateConsent(consent({ givenBy: 'personen', givenByName: '' }))).toEqual({});
    expect(validateConsent(consent({ givenBy: 'vardnadshavare', givenByName: '' }))).toEqual({
      'consents.c1.givenByName': 'required',
    });
    expect(validateConsent(consent({ givenBy: 'foretradare', givenByName: '  ' }))).toEqual({
      'consents.c1.givenByName': 'required',
    });
  });
});

describe('validateBooking', () => {
  it('a complete booking has no problems; an empty date and time are allowed', () => {
    expect(validateBooking(booking(), TODAY)).toEqual({});
    expect(validateBooking(booking({ date: '', startTime: '' }), TODAY)).toEqual({});
  });

  it('rejects an impossible or malformed date', () => {
    expect(validateBooking(booking({ date: '2026-02-30' }), TODAY)).toEqual({ 'booking.date': 'date.invalid' });
    expect(validateBooking(booking({ date: '2026-2-3' }), TODAY)).toEqual({ 'booking.date': 'date.invalid' });
    expect(validateBooking(booking({ date: '2028-02-29' }), TODAY)).toEqual({});
  });

  it('accepts 00:00–23:59 and rejects other times', () => {
    expect(validateBooking(booking({ startTime: '23:59' }), TODAY)).toEqual({});
    expect(validateBooking(booking({ startTime: '00:00' }), TODAY)).toEqual({});
    for (const t of ['24:00', '12:60', '9:00', '09:00:00', 'nio']) {
      expect(validateBooking(booking({ startTime: t }), TODAY), t).toEqual({ 'booking.startTime': 'time.format' });
    }
  });

  it('accepts a whole number of minutes from 5 to 480', () => {
    for (const ok of [5, 60, 480]) expect(validateBooking(booking({ durationMinutes: ok }), TODAY), String(ok)).toEqual({});
    for (const bad of [4, 481, 0, -60, Number.NaN, 30.5, Number.POSITIVE_INFINITY]) {
      expect(validateBooking(booking({ durationMinutes: bad }), TODAY), String(bad)).toEqual({ 'booking.durationMinutes': 'duration.range' });
    }
  });

  it('accepts https video links and rejects other schemes and bare hosts', () => {
    expect(validateBooking(booking({ videoLink: 'https://meet.example.se/abc-123' }), TODAY)).toEqual({});
    expect(validateBooking(booking({ videoLink: '  https://meet.example.se/x  ' }), TODAY)).toEqual({});
    for (const bad of ['javascript:alert(1)', 'meet.example', 'data:text/html,hej', 'ftp://meet.example.se']) {
      expect(validateBooking(booking({ videoLink: bad }), TODAY), bad).toEqual({ 'booking.videoLink': 'url.format' });
    }
  });

  it('reports several problems at once', () => {
    expect(validateBooking(booking({ date: '2026-04-31', startTime: '24:00', durationMinutes: 4, videoLink: 'meet.example' }), TODAY)).toEqual({
      'booking.date': 'date.invalid',
      'booking.startTime': 'time.format',
      'booking.durationMinutes': 'duration.range',
      'booking.videoLink': 'url.format',
    });
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    for (const d of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '1890-01-01']) expect(isIsoDate(d), d).toBe(true);
  });

  it('rejects impossible dates and other formats', () => {
    for (const d of [
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      '20260101',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });
});
