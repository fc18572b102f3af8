import type { RawSql } from '../../db/connection.js';
import type { RowError } from '../recordsets.js';
import { withBulkLoad } from './bulk-load.js';
import type { StoreLayout } from './layout.js';
import { mergeDated, sourceHasRecords } from './merge-dated.js';
import { mergeUnits } from './merge-units.js';
import { STAGE_TABLE } from './staging.js';

/** What a merge did, counted over distinct records (an id repeated in the file counts once). */
export interface MergeResult {
  imported: number;
  replaced: number;
  unchanged: number;
  /** Bad rows only the database can see (units: a parent that exists nowhere, a loop). */
  errors: RowError[];
}

export interface MergeCounts extends MergeResult {
  /** Rows dropped because a later row of the same file has the same id. */
  duplicates: number;
}

export interface MergeTarget {
  importId: number;
  source: string | null;
  period: string | null;
  /** Rows in the staging table. */
  staged: number;
  now: Date;
  /**
   * A first bulk load whose key is rebuilt afterwards goes in file order rather than key order.
   * PostgreSQL: the wide-row sort cost more than it saved (1M dossiers: sorted insert 2.8–5.3 s +
   * key 0.4–0.7 s against 0.9–1.2 s + 1.3–3.4 s). PGlite: the reverse (3.2 + 0.6 s against
   * 1.7 + 3.2 s), so it keeps key order (bench/RESULTS.md).
   */
  fileOrderFirstLoad?: boolean;
}

/**
 * Moves the staged rows into the record tables with set-based SQL (no per-row statements), inside
 * the import's transaction. decision duplicate-ids-in-one-file: the later row of an id wins. Where
 * a repeated id would go unnoticed (updating a source's existing records) the earlier rows are
 * dropped first; elsewhere a repeat shows as a unique violation, and only then is the merge undone
 * to a savepoint, the file deduplicated and the merge run again — no cost for the usual clean file.
 */
export async function mergeStaged(
  raw: RawSql,
  layout: StoreLayout,
  target: MergeTarget,
): Promise<MergeCounts> {
  if (layout.kind === 'dated' && (await sourceHasRecords(raw, layout, target.source))) {
    const duplicates = await dropEarlierDuplicates(raw, layout);
    const result = await mergeDated(raw, layout, { ...target, staged: target.staged - duplicates }, true);
    return { ...result, duplicates };
  }
  await raw.query('SAVEPOINT before_merge');
  try {
    const result = await mergeOnce(raw, layout, target);
    await raw.query('RELEASE SAVEPOINT before_merge');
    return { ...result, duplicates: 0 };
  } catch (error) {
    if (!isRepeatedKey(error)) throw error;
    await raw.query('ROLLBACK TO SAVEPOINT before_merge');
  }
  const duplicates = await dropEarlierDuplicates(raw, layout);
  const result = await mergeOnce(raw, layout, { ...target, staged: target.staged - duplicates });
  await raw.query('RELEASE SAVEPOINT before_merge');
  return { ...result, duplicates };
}

function mergeOnce(raw: RawSql, layout: StoreLayout, target: MergeTarget): Promise<MergeResult> {
  switch (layout.kind) {
    case 'dated':
      return mergeDated(raw, layout, target, false);
    case 'snapshot':
      return insertSnapshot(raw, layout, target);
    case 'units':
      return mergeUnits(raw, target);
  }
}

function isRepeatedKey(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  // 23505 unique_violation; 21000 "ON CONFLICT DO UPDATE command cannot affect row a second time"
  return code === '23505' || code === '21000';
}

async function dropEarlierDuplicates(raw: RawSql, layout: StoreLayout): Promise<number> {
  const fields = layout.keyColumns.map((k) => layout.columns.find((c) => c.column === k)?.field ?? k);
  // Looking is cheaper than deleting through a self-join: most files repeat nothing.
  const repeats = await raw.query(
    `SELECT 1 FROM ${STAGE_TABLE} GROUP BY ${fields.join(', ')} HAVING count(*) > 1 LIMIT 1`,
  );
  if (repeats.length === 0) return 0;
  const [row] = await raw.query<{ n: string | number }>(
    `WITH gone AS (
       DELETE FROM ${STAGE_TABLE} a USING ${STAGE_TABLE} b
       WHERE ${fields.map((f) => `a.${f} = b.${f}`).join(' AND ')} AND a.line < b.line RETURNING a.line)
     SELECT count(DISTINCT line) AS n FROM gone`,
  );
  return Number(row?.n ?? 0);
}

/** A snapshot set's import is a whole new snapshot for (source, period); earlier ones stay. */
async function insertSnapshot(raw: RawSql, layout: StoreLayout, target: MergeTarget): Promise<MergeResult> {
  const cols = layout.columns.map((c) => c.column);
  await withBulkLoad(raw, layout.table, target.staged, () =>
    raw.query(
      `INSERT INTO ${layout.table} (import_id, source, period, ${cols.join(', ')})
       SELECT $1, $2, $3, ${cols.join(', ')} FROM ${STAGE_TABLE} ORDER BY ${layout.keyColumns.join(', ')}`,
      [target.importId, target.source, target.period],
    ),
  );
  return { imported: target.staged, replaced: 0, unchanged: 0, errors: [] };
}
