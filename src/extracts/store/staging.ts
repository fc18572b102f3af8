import type { RawSql } from '../../db/connection.js';
import type { TypedRecord } from '../recordsets.js';
import { csvRowEncoder } from './csv.js';
import type { StoreLayout } from './layout.js';

/** The per-import staging table: created in the import's transaction and dropped at its end. */
export const STAGE_TABLE = 'import_stage';

/** Rows are sent to the server in COPY chunks of about this many characters: few round trips, flat memory. */
const CHUNK_CHARS = 4 * 1024 * 1024;

export interface Stager {
  /** Adds a batch of records (in file order, with their physical line numbers). */
  add(batch: readonly { line: number; record: TypedRecord }[]): Promise<void>;
  /** Sends what is buffered and waits for the server; resolves with the number of rows staged. */
  finish(): Promise<number>;
  /** Waits for a COPY still on its way, ignoring its outcome (the import is being abandoned). */
  settle(): Promise<void>;
}

/**
 * Creates the staging table (typed like the target, plus the source line) and returns a writer that
 * streams records into it with COPY. One chunk may be on its way to the server while the reader
 * parses the next, so parsing and loading overlap on PostgreSQL.
 */
export async function createStager(raw: RawSql, layout: StoreLayout): Promise<Stager> {
  const columnDefs = layout.columns.map((c) => `${c.field} ${c.sqlType}`).join(', ');
  await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer NOT NULL, ${columnDefs}) ON COMMIT DROP`);
  const copyColumns = ['line', ...layout.columns.map((c) => c.field)];
  const encode = csvRowEncoder(layout.columns);

  let buffer = '';
  let rows = 0;
  let inFlight: Promise<void> = Promise.resolve();

  const flush = async () => {
    const chunk = buffer;
    buffer = '';
    await inFlight; // one COPY at a time on the connection
    if (chunk.length === 0) return;
    inFlight = raw.copyFrom(STAGE_TABLE, copyColumns, [chunk]);
    // Keep a failure observed even if no one awaits this chunk before the next one.
    inFlight.catch(() => {});
  };

  return {
    async add(batch) {
      if (batch.length === 0) return;
      buffer += encode(batch);
      rows += batch.length;
      if (buffer.length >= CHUNK_CHARS) await flush();
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
