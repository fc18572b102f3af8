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

export async function withBulkLoad<T>(
  raw: RawSql,
  table: string,
  staged: number,
  load: () => Promise<T>,
  minRows = MIN_ROWS,
): Promise<T> {
  if (staged < minRows || !(await isLargeNextTo(raw, table))) return load();
  const indexes = await raw.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i WHERE i.indrelid = $1::regclass AND NOT i.indisprimary AND NOT i.indisunique
     ORDER BY 1`,
    [table],
  );
  for (const index of indexes) await raw.query(`DROP INDEX ${index.name}`);
  const result = await load();
  for (const index of indexes) await raw.query(index.def);
  return result;
}

/** The staged rows are at least half as many bytes as the table already holds. */
async function isLargeNextTo(raw: RawSql, table: string): Promise<boolean> {
  const [sizes] = await raw.query<{ stage: string | number; target: string | number }>(
    `SELECT pg_relation_size('${STAGE_TABLE}') AS stage, pg_relation_size($1::regclass) AS target`,
    [table],
  );
  return 2 * Number(sizes?.stage ?? 0) >= Number(sizes?.target ?? 0);
}
