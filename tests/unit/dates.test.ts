import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { addMinutesToTime, localIsoDate } from '../../src/domain/dates';

describe('localIsoDate', () => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env.TZ;
  });
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('formats a local date as YYYY-MM-DD with zero padding', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 12, 0))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(localIsoDate(new Date(2024, 1, 29, 0, 0))).toBe('2024-02-29');
  });

  it('uses the local calendar day, not the UTC one', () => {
    process.env.TZ = 'Europe/Stockholm';
    // 22:30 UTC on 30 June is 00:30 on 1 July in Stockholm (UTC+2 in summer).
    expect(localIsoDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    // 23:30 UTC on 31 December is 00:30 on 1 January in Stockholm (UTC+1 in winter).
    expect(localIsoDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // Just before local midnight it is still the same day.
    expect(localIsoDate(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15');

    process.env.TZ = 'America/New_York';
    // 03:00 UTC on 1 March is 22:00 on 28 February in New York (UTC−5).
    expect(localIsoDate(new Date('2026-03-01T03:00:00Z'))).toBe('2026-02-28');
  });
});

describe('addMinutesToTime', () => {
  it('adds minutes within the same day', () => {
    expect(addMinutesToTime('09:00', 60)).toBe('10:00');
    expect(addMinutesToTime('09:45', 30)).toBe('10:15');
    expect(addMinutesToTime('00:00', 5)).toBe('00:05');
    expect(addMinutesToTime('13:07', 0)).toBe('13:07');
    expect(addMinutesToTime('08:00', 480)).toBe('16:00');
  });

  it('wraps past midnight', () => {
    expect(addMinutesToTime('23:30', 45)).toBe('00:15');
    expect(addMinutesToTime('23:59', 1)).toBe('00:00');
    expect(addMinutesToTime('22:00', 480)).toBe('06:00');
    expect(addMinutesToTime('12:00', 24 * 60)).toBe('12:00');
    expect(addMinutesToTime('12:00', 2 * 24 * 60 + 90)).toBe('13:30');
  });

  it('wraps backwards for negative minutes', () => {
    expect(addMinutesToTime('10:00', -30)).toBe('09:30');
    expect(addMinutesToTime('00:10', -20)).toBe('23:50');
  });

  it('rounds fractional minutes', () => {
    expect(addMinutesToTime('09:00', 29.6)).toBe('09:30');
    expect(addMinutesToTime('09:00', 29.4)).toBe('09:29');
  });

  it('returns an empty string when the start is not a time', () => {
    for (const start of ['', '9:00', '09:0', '0900', '09.00', 'nio', ' 09:00', '09:00 ', '24:00', '25:10', '12:60', '12:99']) {
      expect(addMinutesToTime(start, 30), JSON.stringify(start)).toBe('');
    }
  });

  it('returns an empty string when the minutes are not a finite number', () => {
    expect(addMinutesToTime('09:00', Number.NaN)).toBe('');
    expect(addMinutesToTime('09:00', Number.POSITIVE_INFINITY)).toBe('');
    expect(addMinutesToTime('09:00', Number.NEGATIVE_INFINITY)).toBe('');
  });
});
