import type { RawSql } from '../../db/connection.js';
import type { RowSink } from '../read/index.js';
import type { TypedValue } from '../read/typing.js';
import { BinaryRowWriter } from './copy-binary.js';
import type { StoreLayout } from './layout.js';

/** The per-import staging table: created in the import's transaction and dropped at its end. */
export const STAGE_TABLE = 'import_stage';

/**
 * Rows go to the server in COPY payloads of about this many bytes: few round trips, flat memory (two
 * buffers at most: one on its way, one being filled).
 */
const CHUNK_BYTES = 2 * 1024 * 1024;

/** The reader's sink that streams rows into the staging table. */
export interface Stager extends RowSink {
  /** The table the rows go to. */
  readonly table: string;
  /** Rows handed to the server so far. */
  readonly sent: number;
  /** Sends what is buffered and waits for the server; resolves with the number of rows staged. */
  finish(): Promise<number>;
  /** Waits for a COPY still on its way, ignoring its outcome (the import is being abandoned). */
  settle(): Promise<void>;
}

/**
 * Creates the staging table (typed like the target, plus the source line) and returns a sink that
 * writes each row as binary COPY bytes at once and streams them into it. One payload may be on its
 * way to the server while the reader parses the next, so parsing and loading overlap on
 * PostgreSQL; the reader waits whenever the next payload is full before the server took the last
 * (backpressure).
 */
export async function createStager(raw: RawSql, layout: StoreLayout): Promise<Stager> {
  // Key text compared as in the record table (byte order), so that the merge's joins use its index.
  const columnDefs = layout.columns
    .map((c) => `${c.field} ${c.sqlType}${c.byteOrder ? ' COLLATE "C"' : ''}`)
    .join(', ');
  await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer NOT NULL, ${columnDefs}) ON COMMIT DROP`);
  return copySink(
    raw,
    STAGE_TABLE,
    ['line', ...layout.columns.map((c) => c.field)],
    () => new BinaryRowWriter(layout.columns, { line: true }, CHUNK_BYTES + (CHUNK_BYTES >> 2)),
  );
}

/** A RowSink that COPYs rows into `table` in binary payloads, two buffers in turn. */
export function copySink(
  raw: RawSql,
  table: string,
  copyColumns: readonly string[],
  newWriter: () => BinaryRowWriter,
): Stager {
  // Two writers in turn: the one being sent must not change until its COPY is done.
  let filling = newWriter();
  let spare = newWriter();
  let sent = 0;
  let inFlight: Promise<void> = Promise.resolve();

  const flush = async () => {
    await inFlight; // one COPY at a time on the connection; `spare` is free again after it
    if (filling.rows === 0) return;
    const payload = filling;
    filling = spare;
    spare = payload;
    filling.reset();
    sent += payload.rows;
    inFlight = raw.copyFrom(table, [...copyColumns], [payload.payload()], { format: 'binary' });
    // Keep a failure observed even if no one awaits this payload before the next one.
    inFlight.catch(() => {});
  };

  return {
    table,
    row(line: number, values: readonly TypedValue[]) {
      filling.row(line, values);
    },
    get full() {
      return filling.byteLength >= CHUNK_BYTES;
    },
    drain: flush,
    get sent() {
      return sent;
    },
    async finish() {
      await flush();
      await inFlight;
      return sent;
    },
    async settle() {
      await inFlight.catch(() => {});
    },
  };
}
