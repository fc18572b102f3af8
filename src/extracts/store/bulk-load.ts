import type { RawSql } from '../../db/connection.js';
import { STAGE_TABLE } from './staging.js';

/**
 * Loading a million rows into a table whose secondary indexes (received_at, finished_at, …) are
 * kept up to date row by row is three to four times slower than loading it bare and rebuilding
 * them (measured on PostgreSQL 15: 1M dossiers 10.5 s against 1.5 s + 2 × 0.5 s). So when an
 * import is large next to the table, its secondary indexes are dropped and recreated inside the
 * import's transaction: a failure or a kill rolls the DDL back with everything else. The key
 * (primary) index stays, so lookups by id keep working. While the transaction runs, readers of
 * that one table wait for it (the DDL locks it) — seconds, once in a while, for a big extract.
 */
const MIN_ROWS = 100_000;

export interface BulkLoadOptions {
  /** Rows staged below which indexes stay (tests lower it). */
  minRows?: number;
  /**
   * Also drop the primary key and add it back after the load — only for a load that inserts rows
   * in key order and looks nothing up by key. Maintaining a text key row by row (one WAL record per
   * insertion) cost 3.5–4.5 s for 1M dossiers; building it afterwards over the rows already in key
   * order costs 0.4–0.6 s (bench/RESULTS.md). A repeated key then fails the rebuild with the same
   * unique violation (23505) an insertion would have raised. Skipped when a foreign key refers to
   * the table.
   */
  primaryKey?: boolean;
}

/** What withBulkLoad dropped for the load (the load may then insert in any order). */
export interface BulkLoadState {
  primaryKeyDropped: boolean;
}

export async function withBulkLoad<T>(
  raw: RawSql,
  table: string,
  staged: number,
  load: (state: BulkLoadState) => Promise<T>,
  options: BulkLoadOptions = {},
): Promise<T> {
  if (staged < (options.minRows ?? MIN_ROWS) || !(await isLargeNextTo(raw, table)))
    return load({ primaryKeyDropped: false });
  const dropped = await dropIndexes(raw, table, options);
  const result = await load({ primaryKeyDropped: dropped.primaryKeyDropped });
  await dropped.restore();
  return result;
}

export interface DroppedIndexes extends BulkLoadState {
  /**
   * Adds the key and the indexes back and analyses the table. A repeated key fails with a unique
   * violation (23505), as an insertion would have.
   */
  restore(): Promise<void>;
}

/** Drops the table's secondary indexes (and its primary key when asked and droppable) for a bulk load. */
export async function dropIndexes(
  raw: RawSql,
  table: string,
  options: Pick<BulkLoadOptions, 'primaryKey'> = {},
): Promise<DroppedIndexes> {
  const indexes = await raw.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i WHERE i.indrelid = $1::regclass AND NOT i.indisprimary AND NOT i.indisunique
     ORDER BY 1`,
    [table],
  );
  const keys = options.primaryKey ? await droppablePrimaryKey(raw, table) : [];
  for (const key of keys) await raw.query(`ALTER TABLE ${table} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await raw.query(`DROP INDEX ${index.name}`);
  return {
    primaryKeyDropped: keys.length > 0,
    async restore() {
      for (const key of keys) await raw.query(`ALTER TABLE ${table} ADD CONSTRAINT ${key.name} ${key.def}`);
      for (const index of indexes) await raw.query(index.def);
      // The table changed by half or more: fresh statistics before the first computation reads it
      // (1M dossiers, compute without → with: PostgreSQL 1.45 → 0.95–1.1 s, PGlite 2.9 → 1.9 s, for
      // ≈0.3 s here; autovacuum would only get to it later, PGlite has none). Rolls back with the import.
      await raw.query(`ANALYZE ${table}`);
    },
  };
}

async function droppablePrimaryKey(raw: RawSql, table: string): Promise<{ name: string; def: string }[]> {
  return raw.query<{ name: string; def: string }>(
    `SELECT quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS def
     FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype = 'p'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.confrelid = c.conrelid AND f.contype = 'f')`,
    [table],
  );
}

/** The staged rows are at least half as many bytes as the table already holds. */
async function isLargeNextTo(raw: RawSql, table: string): Promise<boolean> {
  const [sizes] = await raw.query<{ stage: string | number; target: string | number }>(
    `SELECT pg_relation_size('${STAGE_TABLE}') AS stage, pg_relation_size($1::regclass) AS target`,
    [table],
  );
  return 2 * Number(sizes?.stage ?? 0) >= Number(sizes?.target ?? 0);
}
