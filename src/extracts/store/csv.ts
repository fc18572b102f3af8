import type { TypedRecord } from '../recordsets.js';
import type { StoreColumn } from './layout.js';

/**
 * Typed records → CSV text for PostgreSQL's `COPY … WITH (FORMAT csv)`: an unquoted empty field is
 * NULL, a quoted one is an empty string; datetimes go as ISO 8601 instants (UTC offset), so the
 * server's time zone never matters. Pure and allocation-light: this runs once per record.
 */
export function encodeCsvRows(batch: readonly { line: number; record: TypedRecord }[], columns: readonly StoreColumn[]): string {
  let out = '';
  for (const { line, record } of batch) {
    out += line;
    for (const column of columns) {
      let value = record[column.field] ?? null;
      if (value === null && column.fallback) value = record[column.fallback] ?? null;
      out += ',';
      out += encodeValue(value, column.sqlType);
    }
    out += '\n';
  }
  return out;
}

const NEEDS_QUOTES = /[",\n\r]/;

export function encodeValue(value: string | number | boolean | null, sqlType: StoreColumn['sqlType']): string {
  if (value === null) return '';
  if (sqlType === 'timestamptz') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`datetime must be epoch ms, got ${String(value)}`);
    return new Date(value).toISOString();
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (value === '') return '""';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
