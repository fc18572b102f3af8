import type { RawSql } from '../../db/connection.js';
import { CsvRowWriter, type RecordLine } from './csv.js';
import type { StoreLayout } from './layout.js';

/** The per-import staging table: created in the import's transaction and dropped at its end. */
export const STAGE_TABLE = 'import_stage';

/**
 * Rows go to the server in COPY chunks of about this many bytes: few round trips, flat memory (two
 * chunks at most: one on its way, one being filled).
 */
const CHUNK_BYTES = 2 * 1024 * 1024;

export interface Stager {
  /** Adds a batch of records (in file order, with their physical line numbers). */
  add(batch: readonly RecordLine[]): Promise<void>;
  /** Sends what is buffered and waits for the server; resolves with the number of rows staged. */
  finish(): Promise<number>;
  /** Waits for a COPY still on its way, ignoring its outcome (the import is being abandoned). */
  settle(): Promise<void>;
}

/**
 * Creates the staging table (typed like the target, plus the source line) and returns a writer that
 * streams records into it with COPY. One chunk may be on its way to the server while the reader
 * parses the next, so parsing and loading overlap on PostgreSQL; the reader waits whenever the
 * next chunk is full before the server took the last (backpressure).
 */
export async function createStager(raw: RawSql, layout: StoreLayout): Promise<Stager> {
  const columnDefs = layout.columns.map((c) => `${c.field} ${c.sqlType}`).join(', ');
  await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer NOT NULL, ${columnDefs}) ON COMMIT DROP`);
  const copyColumns = ['line', ...layout.columns.map((c) => c.field)];
  // Two buffers in turn: the one being sent must not change until its COPY is done.
  let filling = new CsvRowWriter(layout.columns, CHUNK_BYTES + (CHUNK_BYTES >> 2));
  let spare = new CsvRowWriter(layout.columns, CHUNK_BYTES + (CHUNK_BYTES >> 2));
  let rows = 0;
  let inFlight: Promise<void> = Promise.resolve();

  const flush = async () => {
    await inFlight; // one COPY at a time on the connection; `spare` is free again after it
    if (filling.byteLength === 0) return;
    const sent = filling;
    filling = spare;
    spare = sent;
    filling.reset();
    inFlight = raw.copyFrom(STAGE_TABLE, copyColumns, [sent.bytes()]);
    // Keep a failure observed even if no one awaits this chunk before the next one.
    inFlight.catch(() => {});
  };

  return {
    async add(batch) {
      if (batch.length === 0) return;
      filling.add(batch);
      rows += batch.length;
      if (filling.byteLength >= CHUNK_BYTES) await flush();
    },
    async finish() {
      await flush();
      await inFlight;
      return rows;
    },
    async settle() {
      await inFlight.catch(() => {});
    },
  };
}
