import type { RawSql } from '../../db/connection.js';
import { dropIndexes } from './bulk-load.js';
import { BinaryRowWriter } from './copy-binary.js';
import type { StoreLayout } from './layout.js';
import { sourceHasRecords } from './merge-dated.js';
import { copySink, type Stager } from './staging.js';

/**
 * A source's first big extract, COPYed straight into its record table instead of into the staging
 * table and then INSERTed: a first load only inserts, so the staging table's copy of every row buys
 * nothing. The table's key and indexes are dropped before the COPY and built after it, all inside
 * the import's transaction (a rejection, a crash or a kill rolls the DDL and the rows back).
 * 1M dossiers (bench/RESULTS.md, in-process profile): PostgreSQL import 7.7 → 6.7 s (COPY into the
 * stage 1.2 s + INSERT 1.5 s against COPY into the table 1.5 s); PGlite 16.4 → 12.4 s (its sorted
 * INSERT from the stage took 5.8 s; the key over unsorted rows 3.4 s against 0.8 s sorted).
 * Only for a local file: with its key dropped the table is locked against readers until the import
 * commits, seconds for a file on disk, but as long as the network takes for an upload or a push.
 *
 * Everything unusual goes back to the general path: the load is undone to a savepoint and the caller
 * stages the file again (`abandon`). That is the case when the file repeats an id (the key cannot be
 * built; the later row must win, which only the staged merge knows) and when the same bytes were
 * imported before (recorded as unchanged by the staged path).
 */

/** Below this size an extract is staged: the key and indexes of a populated table are not rebuilt for it. */
export const DIRECT_MIN_BYTES = 16 * 1024 * 1024;
const SAVEPOINT = 'direct_load';
const CHUNK_BYTES = 2 * 1024 * 1024;

export interface DirectLoad {
  /** The import's id, taken before the rows (each row carries it). */
  readonly importId: number;
  /** The reader's sink: rows go to the record table as they are read. */
  readonly sink: Stager;
  /** Builds the key and indexes; the rows loaded, or null when the file repeats an id (load undone). */
  complete(): Promise<number | null>;
  /** Undoes the load (rows and DDL) to the savepoint taken before it. */
  abandon(): Promise<void>;
}

export interface DirectLoadRequest {
  source: string | null;
  /** The size in bytes of the extract's file; undefined for bytes arriving over the network. */
  sizeBytes: number | undefined;
  /** Lowers DIRECT_MIN_BYTES (tests). */
  minBytes?: number;
}

/** Starts a direct load when it pays: a dated set, a source without records, an extract big next to the table. */
export async function openDirectLoad(
  raw: RawSql,
  layout: StoreLayout,
  request: DirectLoadRequest,
): Promise<DirectLoad | null> {
  const size = request.sizeBytes;
  if (layout.kind !== 'dated' || request.source === null || size === undefined) return null;
  if (size < (request.minBytes ?? DIRECT_MIN_BYTES)) return null;
  if (await sourceHasRecords(raw, layout, request.source)) return null;
  const [table] = await raw.query<{ bytes: string | number }>(
    'SELECT pg_relation_size($1::regclass) AS bytes',
    [layout.table],
  );
  if (2 * size < Number(table?.bytes ?? 0)) return null;

  await raw.query(`SAVEPOINT ${SAVEPOINT}`);
  // Taken from the sequence rather than by inserting the imports row first: the row is written
  // once, complete, after the file is read; an id skipped by a rolled-back import is harmless.
  const [next] = await raw.query<{ id: string | number }>(
    "SELECT nextval(pg_get_serial_sequence('imports', 'id')) AS id",
  );
  const importId = Number(next?.id);
  const dropped = await dropIndexes(raw, layout.table, { primaryKey: true });
  if (!dropped.primaryKeyDropped) {
    // A foreign key refers to the table: a repeated id would then fail mid-COPY. Stage instead.
    await raw.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    await raw.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    return null;
  }
  const columns = ['source', 'import_id', ...layout.columns.map((c) => c.column)];
  const constants = [
    { sqlType: 'text' as const, value: request.source },
    { sqlType: 'bigint' as const, value: importId },
  ];
  const sink = copySink(
    raw,
    layout.table,
    columns,
    () => new BinaryRowWriter(layout.columns, { line: false, constants }, CHUNK_BYTES + (CHUNK_BYTES >> 2)),
  );
  const undo = async () => {
    await sink.settle();
    await raw.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    await raw.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  };

  return {
    importId,
    sink,
    async complete() {
      const rows = await sink.finish();
      try {
        await dropped.restore();
      } catch (error) {
        if ((error as { code?: unknown }).code !== '23505') throw error;
        await undo();
        return null;
      }
      await raw.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      return rows;
    },
    abandon: undo,
  };
}
