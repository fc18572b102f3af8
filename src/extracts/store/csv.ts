import type { TypedRecord } from '../recordsets.js';
import type { StoreColumn } from './layout.js';

/**
 * Typed records → CSV text for PostgreSQL's `COPY … WITH (FORMAT csv)`: an unquoted empty field is
 * NULL, a quoted one is an empty string; datetimes go as ISO 8601 instants in UTC (`…Z`), so the
 * server's time zone never matters. Pure; this runs once per record of a million-row file, hence
 * the hand-made date formatting (Date#toISOString alone would take seconds).
 */
export type RowEncoder = (batch: readonly { line: number; record: TypedRecord }[]) => string;

export function csvRowEncoder(columns: readonly StoreColumn[]): RowEncoder {
  const cells = columns.map((c) => ({
    field: c.field,
    fallback: c.fallback ?? null,
    encode: valueEncoder(c.sqlType),
  }));
  const width = cells.length + 1;
  // Arrays joined once per row and per batch: building one long string by `+=` leaves ropes of
  // millions of pieces for the garbage collector and was 2–3× slower on a million rows.
  return (batch) => {
    const rows: string[] = new Array(batch.length + 1);
    const parts: string[] = new Array(width);
    for (let i = 0; i < batch.length; i++) {
      const { line, record } = batch[i] as { line: number; record: TypedRecord };
      parts[0] = String(line);
      for (let j = 1; j < width; j++) {
        const cell = cells[j - 1] as (typeof cells)[number];
        let value = record[cell.field] ?? null;
        if (value === null && cell.fallback !== null) value = record[cell.fallback] ?? null;
        parts[j] = value === null ? '' : cell.encode(value);
      }
      rows[i] = parts.join(',');
    }
    rows[batch.length] = '';
    return rows.join('\n');
  };
}

export function encodeCsvRows(
  batch: readonly { line: number; record: TypedRecord }[],
  columns: readonly StoreColumn[],
): string {
  return csvRowEncoder(columns)(batch);
}

type NonNull = string | number | boolean;

function valueEncoder(sqlType: StoreColumn['sqlType']): (value: NonNull) => string {
  switch (sqlType) {
    case 'timestamptz':
      return (value) => {
        if (typeof value !== 'number') throw new TypeError(`datetime must be epoch ms, got ${String(value)}`);
        return isoInstant(value);
      };
    case 'boolean':
      return (value) => (value === true ? 't' : value === false ? 'f' : encodeText(String(value)));
    case 'integer':
      return (value) => (typeof value === 'number' ? String(value) : encodeText(String(value)));
    case 'text':
      return (value) => encodeText(typeof value === 'string' ? value : String(value));
  }
}

const NEEDS_QUOTES = /[",\n\r]/;

function encodeText(value: string): string {
  if (value === '') return '""';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const DAY_MS = 86_400_000;
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** 'YYYY-MM-DDT' per day number; records cluster on few days, so the cache stays small. */
const dayPrefix = new Map<number, string>();

/** epoch ms → `YYYY-MM-DDTHH:MM:SS.mmmZ`, the same text as Date#toISOString for years 0–9999. */
export function isoInstant(ms: number): string {
  if (!Number.isInteger(ms)) throw new TypeError(`datetime must be whole epoch ms, got ${ms}`);
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefix.get(day);
  if (prefix === undefined) {
    const text = new Date(day * DAY_MS).toISOString();
    if (!/^\d{4}-/.test(text)) return new Date(ms).toISOString(); // years outside 0000–9999: rare, uncached
    prefix = text.slice(0, 11);
    if (dayPrefix.size > 100_000) dayPrefix.clear();
    dayPrefix.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  return `${prefix}${TWO[hour]}:${TWO[minute]}:${TWO[second]}.${THREE[milli]}Z`;
}
