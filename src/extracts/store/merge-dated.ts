import type { RawSql } from '../../db/connection.js';
import { withBulkLoad } from './bulk-load.js';
import type { StoreLayout } from './layout.js';
import type { MergeResult, MergeTarget } from './merge.js';
import { STAGE_TABLE } from './staging.js';

/**
 * Dated records are identified by (source, id) (contract "Re-imports of dated records"): a new id
 * is imported; a different version of a known one replaces it and the earlier version goes to
 * history; an identical one is left untouched. Set-based joins rather than INSERT … ON CONFLICT,
 * whose row-by-row speculative insertion made a million-row load several times slower.
 * The staging table must hold one row per id when the source already has records.
 */
export async function mergeDated(
  raw: RawSql,
  layout: StoreLayout,
  target: MergeTarget,
  sourceHasRecords: boolean,
): Promise<MergeResult> {
  const { table, keyColumns } = layout;
  const cols = layout.columns.map((c) => c.column);
  // sorted: in key order, byte order as the key's text compares (COLLATE "C", src/db/schema/records.ts)
  const insertNew = (onlyNew: boolean, sorted: boolean) =>
    `INSERT INTO ${table} (source, import_id, ${cols.join(', ')})
     SELECT $1, $2, ${cols.map((c) => `s.${c}`).join(', ')} FROM ${STAGE_TABLE} s
     ${onlyNew ? `WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.source = $1 AND ${keyMatch(keyColumns)})` : ''}
     ${sorted ? `ORDER BY ${keyColumns.map((k) => `s.${k}`).join(', ')}` : ''}`;

  // A first load only inserts: its key is rebuilt after it rather than kept up row by row.
  return withBulkLoad(
    raw,
    table,
    target.staged,
    async ({ primaryKeyDropped }) => {
      if (!sourceHasRecords) {
        // Key order helps a key kept up row by row (its index fills page by page); with the key
        // dropped it only helps where the engine says so (MergeTarget.fileOrderFirstLoad).
        const sorted = !(primaryKeyDropped && target.fileOrderFirstLoad);
        await raw.query(insertNew(false, sorted), [target.source, target.importId]);
        return { imported: target.staged, replaced: 0, unchanged: 0, errors: [] };
      }
      const replaced = await replaceChanged(raw, layout, target);
      const [inserted] = await raw.query<{ n: string | number }>(
        `WITH ins AS (${insertNew(true, true)} RETURNING 1) SELECT count(*) AS n FROM ins`,
        [target.source, target.importId],
      );
      const imported = Number(inserted?.n ?? 0);
      return { imported, replaced, unchanged: target.staged - imported - replaced, errors: [] };
    },
    { primaryKey: !sourceHasRecords },
  );
}

export async function sourceHasRecords(
  raw: RawSql,
  layout: StoreLayout,
  source: string | null,
): Promise<boolean> {
  const rows = await raw.query(`SELECT 1 FROM ${layout.table} WHERE source = $1 LIMIT 1`, [source]);
  return rows.length > 0;
}

const keyMatch = (keys: readonly string[]) => keys.map((k) => `t.${k} = s.${k}`).join(' AND ');

/** Moves each differing current version to history, then overwrites it; returns how many. */
async function replaceChanged(raw: RawSql, layout: StoreLayout, target: MergeTarget): Promise<number> {
  const { table, historyTable, keyColumns } = layout;
  const cols = layout.columns.map((c) => c.column);
  const valueCols = cols.filter((c) => !keyColumns.includes(c));
  if (historyTable === null || valueCols.length === 0) return 0; // a signature is only its key: never "replaced"
  const changed = `t.source = $1 AND ${keyMatch(keyColumns)}
    AND (${valueCols.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${valueCols.map((c) => `s.${c}`).join(', ')})`;
  await raw.query(
    `INSERT INTO ${historyTable} (source, import_id, ${cols.join(', ')}, superseded_by_import)
     SELECT t.source, t.import_id, ${cols.map((c) => `t.${c}`).join(', ')}, $2
     FROM ${table} t JOIN ${STAGE_TABLE} s ON ${changed}`,
    [target.source, target.importId],
  );
  const [updated] = await raw.query<{ n: string | number }>(
    `WITH up AS (
       UPDATE ${table} t SET ${valueCols.map((c) => `${c} = s.${c}`).join(', ')}, import_id = $2
       FROM ${STAGE_TABLE} s WHERE ${changed} RETURNING 1)
     SELECT count(*) AS n FROM up`,
    [target.source, target.importId],
  );
  return Number(updated?.n ?? 0);
}
