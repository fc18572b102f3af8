import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../core/periods.js';
import {
  deadlineLabelVi,
  expectedKinds,
  listPeriods,
  periodDeadline,
  periodInfo,
  periodsWithDeadlineIn,
} from './calendar.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('reporting calendar', () => {
  it('month M−1 is due at 17:00 Vietnam time on the 12th of M (seed 000 §V.1)', () => {
    const d = periodDeadline(parsePeriod('2026-10'), []);
    expect(iso(d)).toBe('2026-11-12T10:00:00.000Z');
    expect(deadlineLabelVi(d)).toBe('17:00 ngày 12/11/2026');
    expect(iso(periodDeadline(parsePeriod('2026-12'), []))).toBe('2027-01-12T10:00:00.000Z');
    expect(iso(periodDeadline(parsePeriod('2026-Q2'), []))).toBe('2026-07-12T10:00:00.000Z');
  });

  it('a plan sets its own day and time; the strictest plan of the frequency wins', () => {
    const plans = [
      { planCode: 'A', frequency: 'monthly' as const, dueDay: 15, dueTime: '08:30' },
      { planCode: 'B', frequency: 'monthly' as const, dueDay: 10, dueTime: '17:00' },
      { planCode: 'C', frequency: 'quarterly' as const, dueDay: 5, dueTime: '17:00' },
    ];
    expect(iso(periodDeadline(parsePeriod('2026-10'), plans))).toBe('2026-11-10T10:00:00.000Z');
    expect(iso(periodDeadline(parsePeriod('2026-Q3'), plans))).toBe('2026-10-05T10:00:00.000Z');
    expect(iso(periodDeadline(parsePeriod('2026-H1'), plans))).toBe('2026-07-12T10:00:00.000Z');
    expect(expectedKinds(plans)).toEqual(['month', 'quarter']);
  });

  it('is open until the deadline, to the millisecond', () => {
    const p = parsePeriod('2026-10');
    expect(periodInfo(p, [], Date.parse('2026-11-12T10:00:00.000Z')).state).toBe('open');
    expect(periodInfo(p, [], Date.parse('2026-11-12T10:00:00.001Z')).state).toBe('closed');
    expect(periodInfo(p, [], Date.parse('2026-10-31T16:59:59.999Z')).inProgress).toBe(true);
  });

  it('lists recent and upcoming periods newest first', () => {
    const list = listPeriods(Date.parse('2026-11-05T03:00:00Z'), [], { kind: 'month', back: 2, ahead: 1 });
    expect(list.map((p) => [p.code, p.state, p.deadlineLabel])).toEqual([
      ['2026-12', 'open', '17:00 ngày 12/01/2027'],
      ['2026-11', 'open', '17:00 ngày 12/12/2026'],
      ['2026-10', 'open', '17:00 ngày 12/11/2026'],
      ['2026-09', 'closed', '17:00 ngày 12/10/2026'],
    ]);
    expect(list[2]?.label).toBe('Tháng 10/2026');
  });

  it('finds the periods whose deadline falls in a window', () => {
    const from = Date.parse('2026-11-09T00:00:00Z');
    const found = periodsWithDeadlineIn(from, from + 4 * 86_400_000, 'month', []);
    expect(found.map((p) => `${p.year}-${p.index}`)).toEqual(['2026-10']);
  });
});
