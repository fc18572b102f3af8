import { AppError } from '../shared/errors.js';
import { daysInMonth, instantToVnParts, isValidTime, vnWallClockToInstant } from './time.js';

/**
 * A reporting period (kỳ báo cáo). Codes: '2026-03' (month), '2026-Q2' (quarter), '2026-H1'
 * (half-year), '2026' (year; index is always 1).
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';
export interface Period {
  kind: PeriodKind;
  year: number;
  index: number;
}

/** A half-open window of epoch ms: start ≤ t < end. */
export interface Window {
  start: number;
  end: number;
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

function invalidPeriod(text: string): AppError {
  return new AppError(
    'invalid_period',
    `Kỳ báo cáo không hợp lệ: "${text}" (dạng 2026-03, 2026-Q2, 2026-H1 hoặc 2026).`,
    `Invalid period "${text}" (expected 2026-03, 2026-Q2, 2026-H1 or 2026).`,
  );
}

function checked(p: Period): Period {
  const ok =
    Number.isInteger(p.year) &&
    p.year >= 1000 &&
    p.year <= 9999 &&
    Number.isInteger(p.index) &&
    p.index >= 1 &&
    p.index <= COUNT[p.kind];
  if (!ok) throw invalidPeriod(JSON.stringify(p));
  return p;
}

export function parsePeriod(code: string): Period {
  const text = code.trim();
  let m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return checkedOr(text, { kind: 'month', year: Number(m[1]), index: Number(m[2]) });
  m = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (m) return checkedOr(text, { kind: 'quarter', year: Number(m[1]), index: Number(m[2]) });
  m = /^(\d{4})-H([12])$/i.exec(text);
  if (m) return checkedOr(text, { kind: 'half', year: Number(m[1]), index: Number(m[2]) });
  m = /^(\d{4})$/.exec(text);
  if (m) return checkedOr(text, { kind: 'year', year: Number(m[1]), index: 1 });
  throw invalidPeriod(code);
}

function checkedOr(text: string, p: Period): Period {
  try {
    return checked(p);
  } catch {
    throw invalidPeriod(text);
  }
}

/** parsePeriod, or null instead of an error. */
export function tryParsePeriod(code: string): Period | null {
  try {
    return parsePeriod(code);
  } catch {
    return null;
  }
}

export function periodCode(p: Period): string {
  checked(p);
  switch (p.kind) {
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'half':
      return `${p.year}-H${p.index}`;
    case 'year':
      return String(p.year);
  }
}

/** First and last calendar month (1–12) covered by a period. */
export function periodMonths(p: Period): { first: number; last: number } {
  checked(p);
  const first = (p.index - 1) * MONTHS[p.kind] + 1;
  return { first, last: first + MONTHS[p.kind] - 1 };
}

/** Last day of the period, 'YYYY-MM-DD'. */
export function periodEndDate(p: Period): string {
  const { last } = periodMonths(p);
  return `${p.year}-${String(last).padStart(2, '0')}-${String(daysInMonth(p.year, last)).padStart(2, '0')}`;
}

function monthStart(year: number, month: number): number {
  // month may run past 12: carry into the next year.
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return vnWallClockToInstant(y, m, 1);
}

/**
 * The period's window in Vietnam time, start inclusive, end exclusive (the first instant of the
 * next period). The contract says "both ends inclusive to the second"; for whole-second
 * timestamps `t ≤ last second` and `t < next start` select the same records, and this form also
 * keeps sub-second timestamps of the last second inside.
 */
export function periodWindow(p: Period): Window {
  const { first, last } = periodMonths(p);
  return { start: monthStart(p.year, first), end: monthStart(p.year, last + 1) };
}

/** Contract: scope `ytd` is 1 January 00:00 (Vietnam) to the period's end. */
export function ytdWindow(p: Period): Window {
  return { start: vnWallClockToInstant(p.year, 1, 1), end: periodWindow(p).end };
}

export function inWindow(ms: number, w: Window): boolean {
  return ms >= w.start && ms < w.end;
}

function ordinal(p: Period): number {
  return p.year * COUNT[p.kind] + (p.index - 1);
}

function fromOrdinal(kind: PeriodKind, n: number): Period {
  return checked({ kind, year: Math.floor(n / COUNT[kind]), index: (n % COUNT[kind]) + 1 });
}

export function shiftPeriod(p: Period, by: number): Period {
  checked(p);
  return fromOrdinal(p.kind, ordinal(p) + by);
}

export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

function sameKind(a: Period, b: Period): void {
  if (a.kind !== b.kind) {
    throw new AppError(
      'period_kind_mismatch',
      `Hai kỳ báo cáo khác loại: ${periodCode(a)} và ${periodCode(b)}.`,
      `Periods of different kinds: ${periodCode(a)} and ${periodCode(b)}.`,
    );
  }
}

/** Negative, zero or positive as a is before, equal to or after b (same kind). */
export function comparePeriods(a: Period, b: Period): number {
  sameKind(a, b);
  return ordinal(a) - ordinal(b);
}

/** Every period from `from` to `to`, both included, oldest first; [] when from is after to. */
export function periodsBetween(from: Period, to: Period): Period[] {
  sameKind(from, to);
  const out: Period[] = [];
  for (let n = ordinal(from); n <= ordinal(to); n++) out.push(fromOrdinal(from.kind, n));
  return out;
}

/** The n periods ending with p, oldest first. */
export function lastNPeriods(p: Period, n: number): Period[] {
  if (!Number.isInteger(n) || n < 0)
    throw new AppError('invalid_count', `Số kỳ không hợp lệ: ${n}.`, `Invalid count: ${n}.`);
  return n === 0 ? [] : periodsBetween(shiftPeriod(p, -(n - 1)), p);
}

/** The period of the given kind containing an instant (Vietnam calendar). */
export function periodOfInstant(ms: number, kind: PeriodKind): Period {
  const { year, month } = instantToVnParts(ms);
  return checked({ kind, year, index: Math.floor((month - 1) / MONTHS[kind]) + 1 });
}

export interface DeadlineRule {
  /** Day of the month the report is due (clamped to the month's last day). */
  dueDay: number;
  /** 'HH:mm' Vietnam time. */
  dueTime: string;
  /** Months after the period's last month: 1 = the month that follows the period. */
  monthsAfter: number;
}

/** Seed 000 §V: units update before 17:00 on the 12th of each month. */
export const DEFAULT_DEADLINE_RULE: DeadlineRule = { dueDay: 12, dueTime: '17:00', monthsAfter: 1 };

/**
 * When the report of period p is due: the monthly report for month M at 17:00 on the 12th of
 * M+1, a quarter's on the 12th of the month after the quarter, and so on (configurable per plan).
 */
export function reportDeadline(p: Period, rule: DeadlineRule = DEFAULT_DEADLINE_RULE): number {
  const time = /^(\d{2}):(\d{2})$/.exec(rule.dueTime);
  const hour = Number(time?.[1]);
  const minute = Number(time?.[2]);
  const badRule =
    !time ||
    !isValidTime(hour, minute, 0) ||
    !Number.isInteger(rule.dueDay) ||
    rule.dueDay < 1 ||
    rule.dueDay > 31 ||
    !Number.isInteger(rule.monthsAfter) ||
    rule.monthsAfter < 0;
  if (badRule) {
    throw new AppError(
      'invalid_deadline_rule',
      'Quy định thời hạn báo cáo không hợp lệ.',
      'Invalid reporting deadline rule.',
      {
        details: rule,
      },
    );
  }
  const { last } = periodMonths(p);
  const monthIndex = p.year * 12 + (last - 1) + rule.monthsAfter;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(rule.dueDay, daysInMonth(year, month));
  return vnWallClockToInstant(year, month, day, hour, minute);
}

/** Late means strictly after the deadline: a report stamped at 17:00:00.000 on the 12th is on time. */
export function isLate(submittedAt: number, deadline: number): boolean {
  return submittedAt > deadline;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 'Tháng 3/2026', 'Quý II/2026', '6 tháng đầu năm 2026', '6 tháng cuối năm 2026', 'Năm 2026'. */
export function periodLabelVi(p: Period): string {
  checked(p);
  switch (p.kind) {
    case 'month':
      return `Tháng ${p.index}/${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
  }
}

/** 'March 2026', 'Q2 2026', 'First half of 2026', 'Year 2026'. */
export function periodLabelEn(p: Period): string {
  checked(p);
  switch (p.kind) {
    case 'month':
      return `${MONTHS_EN[p.index - 1]} ${p.year}`;
    case 'quarter':
      return `Q${p.index} ${p.year}`;
    case 'half':
      return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
    case 'year':
      return `Year ${p.year}`;
  }
}
