import { AppError } from '../shared/errors.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), whatever the server's zone. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

export interface PeriodWindows {
  period: string;
  year: number;
  /** 1–12 */
  month: number;
  /** First instant of 1 January (Vietnam time). */
  yearStart: Date;
  /** First instant of the period's month. */
  monthStart: Date;
  /**
   * First instant after the period: windows are [start, endExclusive). The contract's "both ends
   * inclusive to the second" ends at 23:59:59 of the last day; this also keeps its fractions of a second.
   */
  endExclusive: Date;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

/** 'YYYY-MM' → the period's windows in Vietnam time. Throws a usage AppError otherwise. */
export function periodWindows(period: string): PeriodWindows {
  const match = PERIOD.exec(period);
  if (!match) {
    throw new AppError(
      'usage',
      `Kỳ báo cáo "${period}" không hợp lệ: cần dạng YYYY-MM, ví dụ 2026-03.`,
      `Invalid period "${period}": expected YYYY-MM, e.g. 2026-03.`,
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const vietnamMidnight = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1) - VIETNAM_OFFSET_MS);
  return {
    period,
    year,
    month,
    yearStart: vietnamMidnight(year, 1),
    monthStart: vietnamMidnight(year, month),
    endExclusive: vietnamMidnight(year, month + 1),
  };
}
