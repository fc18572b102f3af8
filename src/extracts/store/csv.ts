import type { TypedRecord } from '../recordsets.js';
import type { StoreColumn } from './layout.js';

/**
 * Typed records → CSV bytes for PostgreSQL's `COPY … WITH (FORMAT csv)`: an unquoted empty field is
 * NULL, a quoted one is an empty string; datetimes go as ISO 8601 instants in UTC (`…Z`), so the
 * server's time zone never matters. This runs once per record of a million-row file, so it writes
 * bytes straight into a reusable buffer: building the text as strings (one per value, joined per
 * row and per batch) cost about 2 s of CPU and as much again in garbage collection per million
 * dossiers (bench/RESULTS.md); writing bytes costs a fraction of that and leaves no garbage.
 */
export interface RecordLine {
  line: number;
  record: TypedRecord;
}

type Write = (out: CsvRowWriter, value: string | number | boolean) => void;

const COMMA = 44;
const NEWLINE = 10;
const QUOTE = 34;

export class CsvRowWriter {
  private buffer: Buffer;
  private length = 0;
  private readonly cells: { field: string; fallback: string | null; write: Write }[];

  constructor(columns: readonly StoreColumn[], initialBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
    this.cells = columns.map((c) => ({
      field: c.field,
      fallback: c.fallback ?? null,
      write: writerFor(c.sqlType),
    }));
  }

  /** Bytes written since the last reset. */
  get byteLength(): number {
    return this.length;
  }

  /** Appends one CSV row per record: the physical line, then the columns in layout order. */
  add(batch: readonly RecordLine[]): void {
    const cells = this.cells;
    for (let i = 0; i < batch.length; i++) {
      const { line, record } = batch[i] as RecordLine;
      this.integer(line);
      for (let j = 0; j < cells.length; j++) {
        const cell = cells[j] as (typeof cells)[number];
        this.byte(COMMA);
        let value = record[cell.field] ?? null;
        if (value === null && cell.fallback !== null) value = record[cell.fallback] ?? null;
        if (value !== null) cell.write(this, value);
      }
      this.byte(NEWLINE);
    }
  }

  /** The bytes written (a view: valid until the next reset or add). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  byte(b: number): void {
    this.room(1);
    this.buffer[this.length++] = b;
  }

  /** A whole number in decimal (the line number, integer fields). */
  integer(n: number): void {
    if (!Number.isSafeInteger(n)) {
      this.ascii(String(n));
      return;
    }
    this.room(17);
    let v = n;
    if (v < 0) {
      this.buffer[this.length++] = 45; // '-'
      v = -v;
    }
    let digits = 1;
    for (let t = v; t >= 10; t = Math.floor(t / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      const next = Math.floor(v / 10);
      this.buffer[--at] = 48 + (v - next * 10);
      v = next;
    } while (v > 0);
  }

  /** Text known to be ASCII with nothing to quote. */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }

  /** Any text as one CSV field: quoted when empty (not NULL) or holding `"`, `,`, CR or LF. */
  text(value: string): void {
    if (value === '') {
      this.room(2);
      this.buffer[this.length++] = QUOTE;
      this.buffer[this.length++] = QUOTE;
      return;
    }
    let plain = true;
    let ascii = true;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === QUOTE || c === COMMA || c === NEWLINE || c === 13) plain = false;
      else if (c > 127) ascii = false;
    }
    if (plain && ascii) {
      this.ascii(value);
      return;
    }
    const body = plain ? value : `"${value.replaceAll('"', '""')}"`;
    const size = Buffer.byteLength(body, 'utf8');
    this.room(size);
    this.length += this.buffer.write(body, this.length, size, 'utf8');
  }

  /** epoch ms → `YYYY-MM-DDTHH:MM:SS.mmmZ`, the same text as Date#toISOString for years 0–9999. */
  instant(ms: number): void {
    if (!Number.isInteger(ms)) throw new TypeError(`datetime must be whole epoch ms, got ${ms}`);
    const day = Math.floor(ms / DAY_MS);
    const prefix = dayPrefix(day);
    if (prefix === null) {
      this.ascii(new Date(ms).toISOString()); // years outside 0000–9999: rare, uncached
      return;
    }
    let rest = ms - day * DAY_MS;
    const milli = rest % 1000;
    rest = (rest - milli) / 1000;
    const second = rest % 60;
    rest = (rest - second) / 60;
    const minute = rest % 60;
    const hour = (rest - minute) / 60;
    this.room(24);
    const b = this.buffer;
    let at = this.length;
    for (let k = 0; k < 11; k++) b[at++] = prefix[k] as number; // 11 bytes: a loop beats Buffer#copy's native call
    b[at++] = 48 + Math.floor(hour / 10);
    b[at++] = 48 + (hour % 10);
    b[at++] = 58; // ':'
    b[at++] = 48 + Math.floor(minute / 10);
    b[at++] = 48 + (minute % 10);
    b[at++] = 58;
    b[at++] = 48 + Math.floor(second / 10);
    b[at++] = 48 + (second % 10);
    b[at++] = 46; // '.'
    b[at++] = 48 + Math.floor(milli / 100);
    b[at++] = 48 + (Math.floor(milli / 10) % 10);
    b[at++] = 48 + (milli % 10);
    b[at++] = 90; // 'Z'
    this.length = at;
  }
}

function writerFor(sqlType: StoreColumn['sqlType']): Write {
  switch (sqlType) {
    case 'timestamptz':
      return (out, value) => {
        if (typeof value !== 'number') throw new TypeError(`datetime must be epoch ms, got ${String(value)}`);
        out.instant(value);
      };
    case 'boolean':
      return (out, value) =>
        value === true ? out.byte(116) : value === false ? out.byte(102) : out.text(String(value));
    case 'integer':
      return (out, value) => (typeof value === 'number' ? out.integer(value) : out.text(String(value)));
    case 'text':
      return (out, value) => out.text(typeof value === 'string' ? value : String(value));
  }
}

/** The CSV text of records (tests, small sets); the stager uses a CsvRowWriter directly. */
export function encodeCsvRows(batch: readonly RecordLine[], columns: readonly StoreColumn[]): string {
  const writer = new CsvRowWriter(columns, 1024);
  writer.add(batch);
  return writer.bytes().toString('utf8');
}

const DAY_MS = 86_400_000;
/** 'YYYY-MM-DDT' per day number; records cluster on few days, so the cache stays small. */
const dayPrefixes = new Map<number, Uint8Array | null>();

function dayPrefix(day: number): Uint8Array | null {
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const text = new Date(day * DAY_MS).toISOString();
    prefix = /^\d{4}-/.test(text) ? Uint8Array.from(text.slice(0, 11), (c) => c.charCodeAt(0)) : null;
    if (dayPrefixes.size > 100_000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  return prefix;
}

/** epoch ms → `YYYY-MM-DDTHH:MM:SS.mmmZ`, the same text as Date#toISOString for years 0–9999. */
export function isoInstant(ms: number): string {
  const writer = new CsvRowWriter([], 32);
  writer.instant(ms);
  return writer.bytes().toString('latin1');
}
