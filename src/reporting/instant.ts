import { isValidDate, isValidTime } from '../core/time.js';
import { AppError } from '../shared/errors.js';

/**
 * An instant from the API ('2026-05-05T17:00:00+07:00', '…Z', or without an offset = Vietnam
 * time). Never `new Date(string)`: its reading of a zoneless time depends on the server. Pure.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})?$/;

export function parseInstant(text: string, field = 'thời điểm'): number {
  const m = ISO.exec(text.trim());
  const invalid = () =>
    new AppError(
      'invalid_datetime',
      `${field} không hợp lệ: "${text}" (dạng 2026-05-05T17:00:00+07:00).`,
      `Invalid date-time "${text}" (expected ISO 8601).`,
    );
  if (!m) throw invalid();
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isValidDate(year, month, day) || !isValidTime(hour, minute, second)) throw invalid();
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  const zone = m[8];
  let offsetMinutes = 420; // Asia/Ho_Chi_Minh, UTC+7 all year
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [h, mm] = zone.slice(1).split(':').map(Number) as [number, number];
    if (h > 14 || mm > 59) throw invalid();
    offsetMinutes = sign * (h * 60 + mm);
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, ms);
  return utc.getTime() - offsetMinutes * 60_000;
}
