import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  inWindow,
  isLate,
  lastNPeriods,
  nextPeriod,
  type Period,
  parsePeriod,
  periodCode,
  periodEndDate,
  periodLabelEn,
  periodLabelVi,
  periodOfInstant,
  periodsBetween,
  periodWindow,
  previousPeriod,
  reportDeadline,
  tryParsePeriod,
  ytdWindow,
} from './periods.js';

const utc = (iso: string) => Date.parse(iso);
const codes = (ps: Period[]) => ps.map(periodCode);

describe('parsePeriod / periodCode', () => {
  it.each([
    ['2026-03', { kind: 'month', year: 2026, index: 3 }],
    ['2026-12', { kind: 'month', year: 2026, index: 12 }],
    ['2026-Q2', { kind: 'quarter', year: 2026, index: 2 }],
    ['2026-H1', { kind: 'half', year: 2026, index: 1 }],
    ['2026', { kind: 'year', year: 2026, index: 1 }],
  ])('%s', (code, period) => {
    expect(parsePeriod(code)).toEqual(period);
    expect(periodCode(period as Period)).toBe(code);
  });

  it('accepts a lower-case q or h and surrounding spaces', () => {
    expect(periodCode(parsePeriod(' 2026-q4 '))).toBe('2026-Q4');
    expect(periodCode(parsePeriod('2026-h2'))).toBe('2026-H2');
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-Q5',
    '2026-Q0',
    '2026-H3',
    '26-03',
    '2026-3',
    '2026/03',
    'tháng 3',
    '',
  ])('refuses %j', (code) => {
    expect(() => parsePeriod(code)).toThrow(/Kỳ báo cáo không hợp lệ/);
    expect(tryParsePeriod(code)).toBeNull();
  });
});

describe('periodWindow', () => {
  it.each([
    ['2026-03', '2026-02-28T17:00:00Z', '2026-03-31T17:00:00Z'],
    ['2026-02', '2026-01-31T17:00:00Z', '2026-02-28T17:00:00Z'],
    ['2028-02', '2028-01-31T17:00:00Z', '2028-02-29T17:00:00Z'],
    ['2026-12', '2026-11-30T17:00:00Z', '2026-12-31T17:00:00Z'],
    ['2026-Q2', '2026-03-31T17:00:00Z', '2026-06-30T17:00:00Z'],
    ['2026-Q4', '2026-09-30T17:00:00Z', '2026-12-31T17:00:00Z'],
    ['2026-H2', '2026-06-30T17:00:00Z', '2026-12-31T17:00:00Z'],
    ['2026', '2025-12-31T17:00:00Z', '2026-12-31T17:00:00Z'],
  ])('%s is [%s, %s)', (code, start, end) => {
    expect(periodWindow(parsePeriod(code))).toEqual({ start: utc(start), end: utc(end) });
  });

  it('holds the last second of the month and not the first of the next', () => {
    const w = periodWindow(parsePeriod('2026-03'));
    expect(inWindow(utc('2026-03-31T16:59:59Z'), w)).toBe(true); // 31/03 23:59:59 VN
    expect(inWindow(utc('2026-03-31T16:59:59.999Z'), w)).toBe(true);
    expect(inWindow(utc('2026-03-31T17:00:00Z'), w)).toBe(false); // 01/4 00:00 VN
    expect(inWindow(utc('2026-02-28T17:00:00Z'), w)).toBe(true); // 01/3 00:00 VN
    expect(inWindow(utc('2026-02-28T16:59:59Z'), w)).toBe(false);
  });

  it('ytd runs from 1 January to the end of the period', () => {
    expect(ytdWindow(parsePeriod('2026-03'))).toEqual({
      start: utc('2025-12-31T17:00:00Z'),
      end: utc('2026-03-31T17:00:00Z'),
    });
    expect(ytdWindow(parsePeriod('2026-Q3'))).toEqual({
      start: utc('2025-12-31T17:00:00Z'),
      end: utc('2026-09-30T17:00:00Z'),
    });
  });

  it('gives the last day', () => {
    expect(periodEndDate(parsePeriod('2026-02'))).toBe('2026-02-28');
    expect(periodEndDate(parsePeriod('2026-Q3'))).toBe('2026-09-30');
    expect(periodEndDate(parsePeriod('2026'))).toBe('2026-12-31');
  });
});

describe('navigation', () => {
  it.each([
    ['2026-01', '2025-12', '2026-02'],
    ['2026-12', '2026-11', '2027-01'],
    ['2026-Q1', '2025-Q4', '2026-Q2'],
    ['2026-H2', '2026-H1', '2027-H1'],
    ['2026', '2025', '2027'],
  ])('%s: previous %s, next %s', (code, prev, next) => {
    expect(periodCode(previousPeriod(parsePeriod(code)))).toBe(prev);
    expect(periodCode(nextPeriod(parsePeriod(code)))).toBe(next);
  });

  it('lists periods between two, both included', () => {
    expect(codes(periodsBetween(parsePeriod('2025-11'), parsePeriod('2026-02')))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(codes(periodsBetween(parsePeriod('2026-03'), parsePeriod('2026-01')))).toEqual([]);
    expect(() => periodsBetween(parsePeriod('2026-03'), parsePeriod('2026-Q1'))).toThrow(/khác loại/);
  });

  it('takes the last n periods', () => {
    expect(codes(lastNPeriods(parsePeriod('2026-02'), 3))).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(codes(lastNPeriods(parsePeriod('2026-Q1'), 1))).toEqual(['2026-Q1']);
    expect(lastNPeriods(parsePeriod('2026-Q1'), 0)).toEqual([]);
    expect(comparePeriods(parsePeriod('2025-12'), parsePeriod('2026-01'))).toBeLessThan(0);
  });

  it.each([
    ['2026-02-28T16:59:59Z', 'month', '2026-02'],
    ['2026-02-28T17:00:00Z', 'month', '2026-03'],
    ['2026-03-31T17:00:00Z', 'quarter', '2026-Q2'],
    ['2026-06-30T16:59:59Z', 'half', '2026-H1'],
    ['2025-12-31T17:00:00Z', 'year', '2026'],
  ] as const)('the period of %s (%s) is %s', (iso, kind, code) => {
    expect(periodCode(periodOfInstant(utc(iso), kind))).toBe(code);
  });
});

describe('reportDeadline', () => {
  it.each([
    // seed 000 §V: before 17:00 on the 12th of the following month, Vietnam time
    ['2026-03', '2026-04-12T10:00:00Z'],
    ['2026-12', '2027-01-12T10:00:00Z'],
    ['2026-Q1', '2026-04-12T10:00:00Z'],
    ['2026-Q4', '2027-01-12T10:00:00Z'],
    ['2026-H1', '2026-07-12T10:00:00Z'],
    ['2026', '2027-01-12T10:00:00Z'],
  ])('%s is due %s', (code, iso) => {
    expect(reportDeadline(parsePeriod(code))).toBe(utc(iso));
  });

  it('follows a plan’s own rule and clamps the day to the month', () => {
    expect(reportDeadline(parsePeriod('2026-01'), { dueDay: 31, dueTime: '08:30', monthsAfter: 1 })).toBe(
      utc('2026-02-28T01:30:00Z'),
    );
    expect(reportDeadline(parsePeriod('2026-03'), { dueDay: 25, dueTime: '17:00', monthsAfter: 0 })).toBe(
      utc('2026-03-25T10:00:00Z'),
    );
    expect(() =>
      reportDeadline(parsePeriod('2026-03'), { dueDay: 12, dueTime: '25:00', monthsAfter: 1 }),
    ).toThrow(/không hợp lệ/);
  });

  it('is late only strictly after the deadline', () => {
    const due = reportDeadline(parsePeriod('2026-03'));
    expect(isLate(due - 1, due)).toBe(false);
    expect(isLate(due, due)).toBe(false);
    expect(isLate(due + 1, due)).toBe(true);
  });
});

describe('labels', () => {
  it.each([
    ['2026-03', 'Tháng 3/2026', 'March 2026'],
    ['2026-12', 'Tháng 12/2026', 'December 2026'],
    ['2026-Q2', 'Quý II/2026', 'Q2 2026'],
    ['2026-Q4', 'Quý IV/2026', 'Q4 2026'],
    ['2026-H1', '6 tháng đầu năm 2026', 'First half of 2026'],
    ['2026-H2', '6 tháng cuối năm 2026', 'Second half of 2026'],
    ['2026', 'Năm 2026', 'Year 2026'],
  ])('%s → %s / %s', (code, vi, en) => {
    expect(periodLabelVi(parsePeriod(code))).toBe(vi);
    expect(periodLabelEn(parsePeriod(code))).toBe(en);
  });
});
