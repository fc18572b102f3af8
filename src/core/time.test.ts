import { describe, expect, it } from 'vitest';
import {
  decree30Date,
  decree30DateOf,
  formatVnDate,
  formatVnDateTime,
  instantToVnParts,
  isValidDate,
  lastDayOfMonth,
  parseIsoDate,
  VN_OFFSET_MINUTES,
  vnDayStart,
  vnIsoDateOf,
  vnWallClockToInstant,
} from './time.js';

describe('isValidDate', () => {
  it.each([
    [2026, 2, 28, true],
    [2026, 2, 29, false],
    [2024, 2, 29, true],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2026, 2, 31, false],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, 1, 0, false],
    [2026, 1.5, 1, false],
  ])('%i-%i-%i → %s', (y, m, d, ok) => {
    expect(isValidDate(y, m, d)).toBe(ok);
  });
});

describe('vnWallClockToInstant', () => {
  it('is UTC minus seven hours', () => {
    expect(VN_OFFSET_MINUTES).toBe(420);
    expect(vnWallClockToInstant(2026, 3, 1)).toBe(Date.parse('2026-02-28T17:00:00Z'));
    expect(vnWallClockToInstant(2026, 4, 12, 17, 0, 0)).toBe(Date.parse('2026-04-12T10:00:00Z'));
    expect(vnWallClockToInstant(2026, 12, 31, 23, 59, 59)).toBe(Date.parse('2026-12-31T16:59:59Z'));
  });

  it('handles years below 100 literally', () => {
    expect(instantToVnParts(vnWallClockToInstant(50, 1, 1)).year).toBe(50);
  });

  it.each([
    [2026, 2, 31, 0, 0, 0],
    [2026, 1, 1, 24, 0, 0],
    [2026, 1, 1, 0, 60, 0],
    [2026, 1, 1, 0, 0, 60],
  ])('refuses %i-%i-%i %i:%i:%i', (y, m, d, hh, mi, ss) => {
    expect(() => vnWallClockToInstant(y, m, d, hh, mi, ss)).toThrow(/Ngày giờ không hợp lệ/);
  });
});

describe('instantToVnParts', () => {
  it('reads the Vietnam wall clock whatever the server zone', () => {
    expect(instantToVnParts(Date.parse('2026-02-28T17:00:00Z'))).toEqual({
      year: 2026,
      month: 3,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      weekday: 0, // 01/3/2026 is a Sunday
    });
    expect(instantToVnParts(Date.parse('2026-12-31T16:59:59Z'))).toMatchObject({
      year: 2026,
      month: 12,
      day: 31,
      hour: 23,
    });
    expect(instantToVnParts(Date.parse('2026-12-31T17:00:00Z'))).toMatchObject({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
    });
  });

  it('round-trips every hour of a leap day', () => {
    for (let h = 0; h < 24; h++) {
      const ms = vnWallClockToInstant(2028, 2, 29, h, 7, 9);
      expect(instantToVnParts(ms)).toMatchObject({
        year: 2028,
        month: 2,
        day: 29,
        hour: h,
        minute: 7,
        second: 9,
      });
    }
  });
});

describe('formatting', () => {
  const ms = vnWallClockToInstant(2026, 1, 5, 8, 3);
  it('formats dates and times', () => {
    expect(formatVnDate(ms)).toBe('05/01/2026');
    expect(formatVnDateTime(ms)).toBe('05/01/2026 08:03');
    expect(vnIsoDateOf(ms)).toBe('2026-01-05');
    // 23:30 UTC on 4 January is already the 5th in Vietnam.
    expect(formatVnDateTime(Date.parse('2026-01-04T23:30:00Z'))).toBe('05/01/2026 06:30');
  });

  it('parses ISO days strictly', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-2-28')).toBeNull();
    expect(parseIsoDate('2026-02-28T00:00')).toBeNull();
    expect(vnDayStart('2026-03-01')).toBe(Date.parse('2026-02-28T17:00:00Z'));
    expect(() => vnDayStart('2026-02-30')).toThrow(/không hợp lệ/);
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
    expect(lastDayOfMonth(2026, 6)).toBe('2026-06-30');
  });
});

describe('decree30Date', () => {
  it.each([
    [2026, 1, 5, 'Sơn La, ngày 05 tháng 01 năm 2026'],
    [2026, 2, 28, 'Sơn La, ngày 28 tháng 02 năm 2026'],
    [2026, 6, 29, 'Sơn La, ngày 29 tháng 6 năm 2026'],
    [2026, 9, 9, 'Sơn La, ngày 09 tháng 9 năm 2026'],
    [2026, 12, 10, 'Sơn La, ngày 10 tháng 12 năm 2026'],
  ])('%i-%i-%i → %s', (y, m, d, text) => {
    expect(decree30Date('Sơn La', y, m, d)).toBe(text);
  });

  it('uses the Vietnam day of an instant', () => {
    expect(decree30DateOf('Sơn La', Date.parse('2026-04-15T18:00:00Z'))).toBe(
      'Sơn La, ngày 16 tháng 4 năm 2026',
    );
  });

  it('refuses an impossible day', () => {
    expect(() => decree30Date('Sơn La', 2026, 2, 30)).toThrow(/không hợp lệ/);
  });
});
