import type { TypedValue } from '../read/typing.js';
import type { StoreColumn } from './layout.js';

/**
 * Typed rows → PostgreSQL's binary COPY format (`COPY … FROM … WITH (FORMAT binary)`), written as
 * bytes into a reusable buffer. Binary rather than CSV because the server then parses nothing: for
 * 1M dossiers its COPY took 1.2 s against 2.7 s for the same rows as CSV text (most of it reading
 * the ISO datetimes), and writing an instant as 8 bytes is cheaper here than formatting it
 * (bench/RESULTS.md). Each chunk is a whole COPY payload: signature, rows, trailer.
 *
 * Field encodings (PostgreSQL's send/recv functions): text = UTF-8 bytes; boolean = 1 byte;
 * integer = int4 and bigint = int8, big-endian; timestamptz = int8 microseconds since
 * 2000-01-01T00:00:00Z; NULL = length −1.
 */

const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]; // PGCOPY\n\377\r\n\0
const HEADER_BYTES = SIGNATURE.length + 8; // + flags (int4 0) + header extension length (int4 0)
/** Milliseconds from 1970-01-01 to PostgreSQL's epoch, 2000-01-01 (UTC). */
const PG_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;

/** A value every row carries (the import's source and id when rows go straight to a record table). */
export interface ConstantField {
  sqlType: 'text' | 'bigint';
  value: string | number;
}

export interface BinaryRowOptions {
  /** Starts each row with the source line as an int4 (the staging table's `line`). */
  line: boolean;
  /** Fields written after the line and before the columns, the same in every row. */
  constants?: readonly ConstantField[];
}

type Write = (out: BinaryRowWriter, value: string | number | boolean) => void;

export class BinaryRowWriter {
  private buffer: Buffer;
  private length = 0;
  private rowCount = 0;
  private readonly fieldCount: number;
  private readonly constantBytes: Buffer;
  private readonly writes: readonly Write[];
  /** Per column, the index of the column whose value stands in when it is empty, or −1. */
  private readonly fallbacks: readonly number[];

  constructor(
    columns: readonly StoreColumn[],
    private readonly options: BinaryRowOptions,
    initialBytes = 1 << 20,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(initialBytes, 64));
    const constants = options.constants ?? [];
    this.fieldCount = (options.line ? 1 : 0) + constants.length + columns.length;
    this.writes = columns.map((c) => writerFor(c.sqlType));
    this.fallbacks = columns.map((c) =>
      c.fallback === undefined ? -1 : columns.findIndex((o) => o.field === c.fallback),
    );
    this.constantBytes = encodeConstants(constants);
    this.reset();
  }

  /** Rows written since the last reset. */
  get rows(): number {
    return this.rowCount;
  }

  /** Bytes written since the last reset, the signature included. */
  get byteLength(): number {
    return this.length;
  }

  /** Starts a new payload (signature and header). */
  reset(): void {
    this.length = 0;
    this.rowCount = 0;
    this.room(HEADER_BYTES);
    for (const b of SIGNATURE) this.buffer[this.length++] = b;
    this.int32(0);
    this.int32(0);
  }

  /** Appends one row: the values of the columns in layout order (a typed row of the reader). */
  row(line: number, values: readonly TypedValue[]): void {
    this.room(2 + 8 + this.constantBytes.length);
    this.int16(this.fieldCount);
    if (this.options.line) {
      this.int32(4);
      this.int32(line);
    }
    if (this.constantBytes.length > 0) {
      this.constantBytes.copy(this.buffer, this.length);
      this.length += this.constantBytes.length;
    }
    const writes = this.writes;
    for (let i = 0; i < writes.length; i++) {
      let value = values[i] ?? null;
      if (value === null) {
        const fallback = this.fallbacks[i] as number;
        if (fallback !== -1) value = values[fallback] ?? null;
      }
      if (value === null) {
        this.room(4);
        this.int32(-1);
      } else (writes[i] as Write)(this, value);
    }
    this.rowCount++;
  }

  /** The payload so far with its trailer: a view, valid until the next reset or row. */
  payload(): Buffer {
    this.room(2);
    this.buffer[this.length] = 0xff;
    this.buffer[this.length + 1] = 0xff; // int16 −1: end of data (not counted: rows may follow)
    return this.buffer.subarray(0, this.length + 2);
  }

  private room(bytes: number): void {
    if (this.length + bytes + 2 <= this.buffer.length) return; // + 2: the trailer always fits
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes + 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  private int16(n: number): void {
    const b = this.buffer;
    b[this.length++] = (n >>> 8) & 0xff;
    b[this.length++] = n & 0xff;
  }

  private int32(n: number): void {
    const b = this.buffer;
    b[this.length++] = (n >>> 24) & 0xff;
    b[this.length++] = (n >>> 16) & 0xff;
    b[this.length++] = (n >>> 8) & 0xff;
    b[this.length++] = n & 0xff;
  }

  /** A safe integer as a big-endian int8. */
  private int64(n: number): void {
    const high = Math.floor(n / TWO_32);
    this.int32(high | 0);
    this.int32(n - high * TWO_32);
  }

  /** A field: its length, then its bytes. ASCII (ids, codes, enum values) in one pass over the text. */
  text(value: string): void {
    const chars = value.length;
    this.room(4 + chars);
    const b = this.buffer;
    const start = this.length + 4;
    let at = start;
    for (let i = 0; i < chars; i++) {
      const c = value.charCodeAt(i);
      if (c > 127) {
        at = -1;
        break;
      }
      b[at++] = c;
    }
    if (at !== -1) {
      this.int32(chars);
      this.length = at;
      return;
    }
    const size = Buffer.byteLength(value, 'utf8');
    this.room(4 + size);
    this.int32(size);
    this.length += this.buffer.write(value, this.length, size, 'utf8');
  }

  boolean(value: boolean): void {
    this.room(5);
    this.int32(1);
    this.buffer[this.length++] = value ? 1 : 0;
  }

  integer(value: number): void {
    if (!Number.isInteger(value) || value < -2_147_483_648 || value > 2_147_483_647)
      throw new TypeError(`integer field out of range: ${value}`);
    this.room(8);
    this.int32(4);
    this.int32(value);
  }

  /** Epoch milliseconds as timestamptz: microseconds since 2000-01-01 (exact for every year 1–9999). */
  instant(ms: number): void {
    if (!Number.isInteger(ms)) throw new TypeError(`datetime must be whole epoch ms, got ${ms}`);
    // ms × 1000 can pass 2^53 (years beyond ≈2255): split ms into whole seconds and the rest first.
    const sinceEpoch = ms - PG_EPOCH_MS;
    const seconds = Math.floor(sinceEpoch / 1000);
    const micros = (sinceEpoch - seconds * 1000) * 1000; // 0 … 999,000
    // seconds × 10^6 + micros as two 32-bit halves: seconds × 10^6 = (sh·2^32 + sl) × 10^6
    const sh = Math.floor(seconds / TWO_32);
    const sl = seconds - sh * TWO_32;
    const lowProduct = sl * 1_000_000 + micros; // < 2^52: exact
    const carry = Math.floor(lowProduct / TWO_32);
    this.room(12);
    this.int32(8);
    this.int32((sh * 1_000_000 + carry) | 0);
    this.int32(lowProduct - carry * TWO_32);
  }

  bigint(value: number): void {
    if (!Number.isSafeInteger(value))
      throw new TypeError(`bigint field must be a safe integer, got ${value}`);
    this.room(12);
    this.int32(8);
    this.int64(value);
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
      return (out, value) => {
        if (typeof value !== 'boolean') throw new TypeError(`flag must be boolean, got ${String(value)}`);
        out.boolean(value);
      };
    case 'integer':
      return (out, value) => {
        if (typeof value !== 'number') throw new TypeError(`integer must be a number, got ${String(value)}`);
        out.integer(value);
      };
    case 'text':
      return (out, value) => out.text(typeof value === 'string' ? value : String(value));
  }
}

function encodeConstants(constants: readonly ConstantField[]): Buffer {
  if (constants.length === 0) return Buffer.alloc(0);
  const writer = new BinaryRowWriter([], { line: false }, 64);
  const start = writer.byteLength;
  for (const c of constants) {
    if (c.sqlType === 'bigint') writer.bigint(Number(c.value));
    else writer.text(String(c.value));
  }
  return Buffer.from(writer.payload().subarray(start, writer.byteLength));
}
