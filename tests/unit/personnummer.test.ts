import { describe, it, expect } from 'vitest';
import { luhnCheckDigit, parseIdNumber, validateBirthDate } from '../../src/domain/personnummer';

const TODAY = '2026-11-23';

/*
 * Check digits below were worked out by hand (Luhn: digits at 0-based even
 * positions ×2, digit sums added, check = (10 - sum % 10) % 10) and
 * cross-checked with an independent implementation outside this project.
 *
 *   811218987 → 8·2=16→7, 1, 1·2=2, 2, 1·2=2, 8, 9·2=18→9, 8, 7·2=14→5
 *               7+1+2+2+2+8+9+8+5 = 44 → check 6   (811218-9876)
 *   701063239 → 14→5, 0, 2, 0, 12→3, 3, 4, 3, 18→9 = 29 → check 1 (701063-2391)
 *   121212121 → 2,2,2,2,2,2,2,2,2 = 18 → check 2   (121212-1212)
 *   640823323 → 12→3, 4, 0, 8, 4, 3, 6, 2, 6 = 36 → check 4 (640823-3234)
 *   201212123 → 4, 0, 2, 2, 2, 2, 2, 2, 6 = 22 → check 8 (201212-1238)
 *   991231123 → 18→9, 9, 2, 2, 6, 1, 2, 2, 6 = 39 → check 1 (991231-1231)
 *   261123123 → 4, 6, 2, 1, 4, 3, 2, 2, 6 = 30 → check 0 (261123-1230)
 *   261124123 → 4, 6, 2, 1, 4, 4, 2, 2, 6 = 31 → check 9 (261124-1239)
 *   000229123 → 0, 0, 0, 2, 4, 9, 2, 2, 6 = 25 → check 5 (000229-1235)
 *   040229123 → 0, 4, 0, 2, 4, 9, 2, 2, 6 = 29 → check 1 (040229-1231)
 *   230229123 → 4, 3, 0, 2, 4, 9, 2, 2, 6 = 32 → check 8 (230229-1238)
 *   010191123 → 0, 1, 0, 1, 18→9, 1, 2, 2, 6 = 22 → check 8 (010191-1238)
 *   500101555 → 10→1, 0, 0, 1, 0, 1, 10→1, 5, 10→1 = 10 → check 0 (500101-5550)
 *   123456789 → 2, 2, 6, 4, 10→1, 6, 14→5, 8, 18→9 = 43 → check 7
 *   000000000 → 0 → check 0
 *   Date-failure cases also carry a correct check digit so only the date can fail:
 *   810230-1234, 810132-1233, 811318-9875, 810018-9870, 811200-9876,
 *   010192-1237, 010491-1235, 010160-1235, 990101-0109, 261124-1239.
 */

function expectOk(input: string, today = TODAY) {
  const result = parseIdNumber(input, today);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got error '${result.error}'`);
  return result.value;
}

function expectError(input: string, today = TODAY) {
  const result = parseIdNumber(input, today);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to fail, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('luhnCheckDigit', () => {
  it('computes known check digits', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
    expect(luhnCheckDigit('701063239')).toBe(1);
    expect(luhnCheckDigit('121212121')).toBe(2);
    expect(luhnCheckDigit('640823323')).toBe(4);
    expect(luhnCheckDigit('500101555')).toBe(0);
    expect(luhnCheckDigit('123456789')).toBe(7);
    expect(luhnCheckDigit('000000000')).toBe(0);
  });

  it('rejects input that is not exactly 9 digits', () => {
    expect(() => luhnCheckDigit('81121898')).toThrow(RangeError);
    expect(() => luhnCheckDigit('8112189876')).toThrow(RangeError);
    expect(() => luhnCheckDigit('81121898x')).toThrow(RangeError);
  });
});

describe('parseIdNumber: valid personnummer', () => {
  it('accepts 10 digits with a hyphen', () => {
    expect(expectOk('811218-9876')).toEqual({
      kind: 'personnummer',
      normalized: '19811218-9876',
      birthDate: '1981-12-18',
    });
  });

  it('accepts 10 digits without a separator', () => {
    expect(expectOk('8112189876')).toEqual({
      kind: 'personnummer',
      normalized: '19811218-9876',
      birthDate: '1981-12-18',
    });
  });

  it('accepts 12 digits with and without a separator', () => {
    const expected = { kind: 'personnummer', normalized: '19811218-9876', birthDate: '1981-12-18' };
    expect(expectOk('19811218-9876')).toEqual(expected);
    expect(expectOk('198112189876')).toEqual(expected);
    // For 12 digits '+' is only a separator: it does not move the century.
    expect(expectOk('19811218+9876')).toEqual(expected);
  });

  it('accepts other published-style test numbers', () => {
    expect(expectOk('121212-1212').birthDate).toBe('2012-12-12');
    expect(expectOk('640823-3234').birthDate).toBe('1964-08-23');
    expect(expectOk('500101-5550').normalized).toBe('19500101-5550');
  });

  it('trims surrounding whitespace', () => {
    expect(expectOk('  811218-9876\t').normalized).toBe('19811218-9876');
    expect(expectOk('\n198112189876 ').normalized).toBe('19811218-9876');
  });
});

describe('parseIdNumber: century of 10-digit numbers', () => {
  it('picks the current century when the date is not after today', () => {
    expect(expectOk('201212-1238').birthDate).toBe('2020-12-12');
    // Born today: still this century.
    expect(expectOk('261123-1230').birthDate).toBe('2026-11-23');
  });

  it('picks the previous century when this century would be in the future', () => {
    expect(expectOk('991231-1231').birthDate).toBe('1999-12-31');
    // Tomorrow in 2026 is in the future, so 1926.
    expect(expectOk('261124-1239').birthDate).toBe('1926-11-24');
  });

  it("pushes the century back 100 years with '+' (centenarians)", () => {
    expect(expectOk('201212+1238')).toEqual({
      kind: 'personnummer',
      normalized: '19201212-1238',
      birthDate: '1920-12-12',
    });
    expect(expectOk('811218+9876').normalized).toBe('18811218-9876');
    expect(expectOk('261124+1239').birthDate).toBe('1826-11-24');
  });

  it('depends on today', () => {
    // Same digits, different today: 201212 is in the future on 2020-12-11.
    expect(expectOk('201212-1238', '2020-12-11').birthDate).toBe('1920-12-12');
    expect(expectOk('201212-1238', '2020-12-12').birthDate).toBe('2020-12-12');
  });
});

describe('parseIdNumber: samordningsnummer', () => {
  it('accepts day + 60 and reports the real birth date', () => {
    expect(expectOk('701063-2391')).toEqual({
      kind: 'samordningsnummer',
      normalized: '19701063-2391',
      birthDate: '1970-10-03',
    });
    expect(expectOk('197010632391').kind).toBe('samordningsnummer');
  });

  it('accepts day 91 (31st) and rejects days outside 61–91 or invalid for the month', () => {
    expect(expectOk('010191-1238').birthDate).toBe('2001-01-31');
    // Day 92 → 32nd. Checksum is right (010192123 → 0,1,0,1,18→9,2,2,2,6 = 23 → 7) so only the date can fail.
    expect(luhnCheckDigit('010192123')).toBe(7);
    expect(expectError('010192-1237')).toBe('date');
    // April 31 as samordningsnummer (day 91 in month 04).
    expect(expectError('010491-1235')).toBe('date');
    // Day 60 → day 00.
    expect(expectError('010160-1235')).toBe('date');
  });
});

describe('parseIdNumber: checksum', () => {
  it('rejects a wrong check digit', () => {
    expect(expectError('811218-9870')).toBe('checksum');
    expect(expectError('19811218-9877')).toBe('checksum');
    expect(expectError('701063-2390')).toBe('checksum');
  });

  it('uses only the last 10 digits for the checksum (century is not included)', () => {
    // If the century were included the check digit would differ; 20811218... is in the future, so use 1881.
    expect(expectOk('18811218-9876').birthDate).toBe('1881-12-18');
  });
});

describe('parseIdNumber: dates', () => {
  it('rejects Feb 30', () => {
    expect(expectError('810230-1234')).toBe('date');
  });

  it('rejects month 13, month 00 and day 00', () => {
    // Check digits are correct, so only the date can fail.
    expect(expectError('811318-9875')).toBe('date');
    expect(expectError('810018-9870')).toBe('date');
    expect(expectError('811200-9876')).toBe('date');
    expect(expectError('19811318-9875')).toBe('date');
  });

  it('rejects day 32', () => {
    expect(expectError('810132-1233')).toBe('date');
  });

  it('reports a bad date before a bad checksum', () => {
    // 811318-9870 has both a bad month and a wrong check digit (would be 5): 'date' wins.
    expect(expectError('811318-9870')).toBe('date');
  });

  it('accepts Feb 29 in a leap year and rejects it in a non-leap year', () => {
    expect(expectOk('040229-1231').birthDate).toBe('2004-02-29');
    expect(expectOk('000229-1235').birthDate).toBe('2000-02-29'); // 2000 is divisible by 400
    expect(expectOk('20000229-1235').birthDate).toBe('2000-02-29');
    expect(expectError('230229-1238')).toBe('date');
    expect(expectError('20230229-1238')).toBe('date');
    // '+' makes it 1900, which is not a leap year (divisible by 100, not 400).
    expect(expectError('000229+1235')).toBe('date');
    expect(expectError('19000229-1235')).toBe('date');
  });

  it('rejects a 12-digit birth date after today', () => {
    expect(expectError('20261124-1239')).toBe('future');
    expect(expectError('20990101-0109')).toBe('future');
    expect(expectOk('20261123-1230').birthDate).toBe('2026-11-23');
  });
});

describe('parseIdNumber: format', () => {
  it.each([
    '',
    '   ',
    'abc',
    '81121-89876',
    '811218-987', // too short
    '81121898', // too short
    '81121898761', // 11 digits
    '1981121898761', // 13 digits
    '19811218-98761',
    '811218--9876',
    '811218 9876', // inner space
    '8112 18-9876',
    '811218/9876',
    '811218_9876',
    '811218-987a',
    'x811218-9876',
    '1981-12-18-9876',
    '198112-18-9876',
    '+8112189876',
    '8112189876-',
    '１２１２１２-１２１２', // full-width digits
  ])('rejects %j', (input) => {
    expect(expectError(input)).toBe('format');
  });
});

describe('parseIdNumber: today', () => {
  it('throws on a malformed today', () => {
    expect(() => parseIdNumber('811218-9876', '2026-13-01')).toThrow(RangeError);
    expect(() => parseIdNumber('811218-9876', '20261123')).toThrow(RangeError);
  });
});

describe('validateBirthDate', () => {
  it('accepts real past dates and today', () => {
    expect(validateBirthDate('1981-12-18', TODAY)).toBeNull();
    expect(validateBirthDate('2026-11-23', TODAY)).toBeNull();
    expect(validateBirthDate('1890-01-01', TODAY)).toBeNull();
    expect(validateBirthDate('2000-02-29', TODAY)).toBeNull();
    expect(validateBirthDate('2024-02-29', TODAY)).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(validateBirthDate('2023-02-29', TODAY)).toBe('date');
    expect(validateBirthDate('1900-02-29', TODAY)).toBe('date');
    expect(validateBirthDate('1981-02-30', TODAY)).toBe('date');
    expect(validateBirthDate('1981-04-31', TODAY)).toBe('date');
    expect(validateBirthDate('1981-13-01', TODAY)).toBe('date');
    expect(validateBirthDate('1981-00-10', TODAY)).toBe('date');
    expect(validateBirthDate('1981-01-00', TODAY)).toBe('date');
  });

  it('rejects dates before 1890', () => {
    expect(validateBirthDate('1889-12-31', TODAY)).toBe('date');
    expect(validateBirthDate('0001-01-01', TODAY)).toBe('date');
  });

  it('rejects dates after today', () => {
    expect(validateBirthDate('2026-11-24', TODAY)).toBe('future');
    expect(validateBirthDate('2100-01-01', TODAY)).toBe('future');
  });

  it('rejects anything that is not YYYY-MM-DD', () => {
    for (const input of ['', '19811218', '1981-12-8', '81-12-18', '1981/12/18', '18-12-1981', 'abcd-ef-gh', '1981-12-18T00:00']) {
      expect(validateBirthDate(input, TODAY)).toBe('format');
    }
  });
});
