import { AppError } from '../shared/errors.js';

/**
 * Vietnam time without the server's zone: Asia/Ho_Chi_Minh is UTC+07:00 all year (no daylight
 * saving since 1975), so a wall-clock time is exactly the UTC instant minus seven hours and
 * integer arithmetic on epoch milliseconds is exact.
 */
export const VN_OFFSET_MINUTES = 420;
const OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
export const DAY_MS = 86_400_000;

export interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Chủ nhật (Sunday) … 6 = Thứ bảy (Saturday), as Date#getDay. */
  weekday: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day: 31/02 and 29/02 of a common year are not. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isValidTime(hour: number, minute: number, second: number): boolean {
  const inRange = (v: number, max: number) => Number.isInteger(v) && v >= 0 && v <= max;
  return inRange(hour, 23) && inRange(minute, 59) && inRange(second, 59);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function invalidDate(text: string): AppError {
  return new AppError('invalid_date', `Ngày giờ không hợp lệ: ${text}.`, `Invalid date or time: ${text}.`);
}

/** Epoch ms of a wall-clock time in Vietnam. Throws AppError('invalid_date') for 31/02, 24:00 and the like. */
export function vnWallClockToInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  if (!isValidDate(year, month, day) || !isValidTime(hour, minute, second)) {
    throw invalidDate(`${pad2(day)}/${pad2(month)}/${year} ${pad2(hour)}:${pad2(minute)}:${pad2(second)}`);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, 0);
  return utc.getTime() - OFFSET_MS;
}

export function instantToVnParts(ms: number): VnParts {
  if (!Number.isFinite(ms)) throw invalidDate(String(ms));
  const d = new Date(ms + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** 'dd/mm/yyyy' in Vietnam time. */
export function formatVnDate(ms: number): string {
  const p = instantToVnParts(ms);
  return `${pad2(p.day)}/${pad2(p.month)}/${String(p.year).padStart(4, '0')}`;
}

/** 'dd/mm/yyyy HH:mm' in Vietnam time. */
export function formatVnDateTime(ms: number): string {
  const p = instantToVnParts(ms);
  return `${formatVnDate(ms)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** A calendar day as 'YYYY-MM-DD' (the form dates are stored and compared in). */
export function isoDate(year: number, month: number, day: number): string {
  if (!isValidDate(year, month, day)) throw invalidDate(`${pad2(day)}/${pad2(month)}/${year}`);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The Vietnam calendar day of an instant, 'YYYY-MM-DD'. */
export function vnIsoDateOf(ms: number): string {
  const p = instantToVnParts(ms);
  return isoDate(p.year, p.month, p.day);
}

/** Parses a strict 'YYYY-MM-DD' (no time, no zone); null when it is not a real day. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** First instant (00:00:00 Vietnam time) of a 'YYYY-MM-DD' day. */
export function vnDayStart(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw invalidDate(iso);
  return vnWallClockToInstant(d.year, d.month, d.day);
}

/** The last day of a month as 'YYYY-MM-DD'. */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/**
 * The place-and-date line of Decree 30/2020/NĐ-CP: 'Sơn La, ngày 05 tháng 01 năm 2026'. Days below
 * 10 and months 1 and 2 take a leading zero, other months do not ('ngày 29 tháng 6 năm 2026';
 * "tháng 09" is a known error of public generators).
 */
export function decree30Date(place: string, year: number, month: number, day: number): string {
  if (!isValidDate(year, month, day)) throw invalidDate(`${pad2(day)}/${pad2(month)}/${year}`);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** decree30Date of the Vietnam calendar day of an instant. */
export function decree30DateOf(place: string, ms: number): string {
  const p = instantToVnParts(ms);
  return decree30Date(place, p.year, p.month, p.day);
}
