import type { RawSql } from '../../db/connection.js';
import type { RowError } from '../recordsets.js';
import type { StoreLayout } from './layout.js';
import { STAGE_TABLE } from './staging.js';

/** What a merge did, counted over distinct records (a repeated id counts once). */
export interface MergeCounts {
  imported: number;
  replaced: number;
  unchanged: number;
  /** Rows dropped because a later row of the same file has the same id. */
  duplicates: number;
  /** Bad rows only the database can see (units: a parent that exists nowhere, a cycle). */
  errors: RowError[];
}

export interface MergeTarget {
  importId: number;
  source: string | null;
  period: string | null;
  /** Rows in the staging table. */
  staged: number;
  now: Date;
}

/**
 * Moves the staged rows into the record tables with set-based SQL (no per-row statements).
 * Runs inside the import's transaction. A file that repeats an id is only detected when the
 * set-based statement trips over it; then the merge is undone to a savepoint, the earlier rows
 * of each id are dropped (decision: duplicate-ids-in-one-file) and the merge runs again.
 */
export async function mergeStaged(raw: RawSql, layout: StoreLayout, target: MergeTarget): Promise<MergeCounts> {
  await raw.query('SAVEPOINT before_merge');
  try {
    const counts = await mergeOnce(raw, layout, target);
    await raw.query('RELEASE SAVEPOINT before_merge');
    return { ...counts, duplicates: 0 };
  } catch (error) {
    if (!isDuplicateInStatement(error)) throw error;
    await raw.query('ROLLBACK TO SAVEPOINT before_merge');
  }
  const duplicates = await dropEarlierDuplicates(raw, layout);
  const counts = await mergeOnce(raw, layout, { ...target, staged: target.staged - duplicates });
  await raw.query('RELEASE SAVEPOINT before_merge');
  return { ...counts, duplicates };
}

function isDuplicateInStatement(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  // 23505 unique_violation (plain INSERT), 21000 "ON CONFLICT DO UPDATE command cannot affect row a second time"
  return code === '23505' || code === '21000';
}

async function dropEarlierDuplicates(raw: RawSql, layout: StoreLayout): Promise<number> {
  const same = layout.keyColumns.map((k) => `a.${stageField(layout, k)} = b.${stageField(layout, k)}`).join(' AND ');
  const rows = await raw.query<{ n: string | number }>(
    `WITH gone AS (DELETE FROM ${STAGE_TABLE} a USING ${STAGE_TABLE} b WHERE ${same} AND a.line < b.line RETURNING a.line)
     SELECT count(DISTINCT line) AS n FROM gone`,
  );
  return Number(rows[0]?.n ?? 0);
}

function stageField(layout: StoreLayout, column: string): string {
  return layout.columns.find((c) => c.column === column)?.field ?? column;
}

async function mergeOnce(raw: RawSql, layout: StoreLayout, target: MergeTarget): Promise<Omit<MergeCounts, 'duplicates'>> {
  switch (layout.kind) {
    case 'dated':
      return mergeDated(raw, layout, target);
    case 'snapshot':
      return insertSnapshot(raw, layout, target);
    case 'units':
      return mergeUnits(raw, layout, target);
  }
}

/**
 * Dated records are identified by (source, id): a new id is imported; a different version of a known
 * one replaces it and the old version goes to history; an identical one is left untouched.
 */
async function mergeDated(raw: RawSql, layout: StoreLayout, target: MergeTarget) {
  const { table, historyTable, keyColumns } = layout;
  const cols = layout.columns.map((c) => c.column);
  const valueCols = cols.filter((c) => !keyColumns.includes(c));
  const keyMatch = keyColumns.map((k) => `t.${k} = s.${k}`).join(' AND ');

  // contract "Re-imports of dated records": the earlier version is kept in history
  if (historyTable) {
    const differs = `(${valueCols.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${valueCols.map((c) => `s.${c}`).join(', ')})`;
    await raw.query(
      `INSERT INTO ${historyTable} (source, import_id, ${cols.join(', ')}, superseded_by_import)
       SELECT t.source, t.import_id, ${cols.map((c) => `t.${c}`).join(', ')}, $2
       FROM ${table} t JOIN ${STAGE_TABLE} s ON t.source = $1 AND ${keyMatch}
       WHERE ${differs}`,
      [target.source, target.importId],
    );
  }

  const onConflict =
    valueCols.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${[...valueCols, 'import_id'].map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
         WHERE (${valueCols.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${valueCols.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  const rows = await raw.query<{ imported: string | number; replaced: string | number }>(
    `WITH up AS (
       INSERT INTO ${table} (source, import_id, ${cols.join(', ')})
       SELECT $1, $2, ${cols.join(', ')} FROM ${STAGE_TABLE}
       ON CONFLICT (source, ${keyColumns.join(', ')}) ${onConflict}
       RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted) AS imported, count(*) FILTER (WHERE NOT inserted) AS replaced FROM up`,
    [target.source, target.importId],
  );
  return countsFrom(rows[0], target.staged);
}

/** A snapshot set's import is a whole new snapshot for (source, period); earlier ones stay. */
async function insertSnapshot(raw: RawSql, layout: StoreLayout, target: MergeTarget) {
  const cols = layout.columns.map((c) => c.column);
  await raw.query(
    `INSERT INTO ${layout.table} (import_id, source, period, ${cols.join(', ')})
     SELECT $1, $2, $3, ${cols.join(', ')} FROM ${STAGE_TABLE}`,
    [target.importId, target.source, target.period],
  );
  return { imported: target.staged, replaced: 0, unchanged: 0, errors: [] };
}

/**
 * contract "Units": re-importing a code updates its name, kind and parent; a parent may come from
 * the same file or an earlier import; several roots may coexist. The tree must stay a tree.
 */
async function mergeUnits(raw: RawSql, _layout: StoreLayout, target: MergeTarget) {
  const rows = await raw.query<{ imported: string | number; replaced: string | number }>(
    `WITH up AS (
       INSERT INTO units (code, name, kind, parent_code, created_at, updated_at)
       SELECT unit_code, name, kind, parent_code, $1, $1 FROM ${STAGE_TABLE}
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
         parent_code = EXCLUDED.parent_code, updated_at = EXCLUDED.updated_at
       WHERE (units.name, units.kind, units.parent_code) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.parent_code)
       RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted) AS imported, count(*) FILTER (WHERE NOT inserted) AS replaced FROM up`,
    [target.now.toISOString()],
  );
  const errors = [...(await unitsWithoutParent(raw)), ...(await unitsInCycle(raw))].sort((a, b) => a.line - b.line);
  return { ...countsFrom(rows[0], target.staged), errors };
}

async function unitsWithoutParent(raw: RawSql): Promise<RowError[]> {
  const rows = await raw.query<{ line: number; unit_code: string; parent_code: string }>(
    `SELECT s.line, s.unit_code, s.parent_code FROM ${STAGE_TABLE} s
     WHERE s.parent_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM units u WHERE u.code = s.parent_code)`,
  );
  return rows.map((r) => ({
    line: r.line,
    vi: `Đơn vị cấp trên "${r.parent_code}" của đơn vị "${r.unit_code}" không có trong tệp và chưa được nhập trước đó.`,
    en: `Parent unit "${r.parent_code}" of unit "${r.unit_code}" is neither in the file nor imported before.`,
  }));
}

async function unitsInCycle(raw: RawSql): Promise<RowError[]> {
  // Walk up from every staged unit; reaching the start again means the file closed a loop.
  const rows = await raw.query<{ line: number; unit_code: string }>(
    `WITH RECURSIVE up (start, code) AS (
       SELECT s.unit_code, s.parent_code FROM ${STAGE_TABLE} s WHERE s.parent_code IS NOT NULL
       UNION
       SELECT up.start, u.parent_code FROM up JOIN units u ON u.code = up.code
       WHERE u.parent_code IS NOT NULL AND up.code <> up.start)
     SELECT s.line, s.unit_code FROM ${STAGE_TABLE} s
     WHERE EXISTS (SELECT 1 FROM up WHERE up.start = s.unit_code AND up.code = s.unit_code)`,
  );
  return rows.map((r) => ({
    line: r.line,
    vi: `Đơn vị "${r.unit_code}" nằm trong một vòng lặp cấp trên – cấp dưới (cây đơn vị không được có chu trình).`,
    en: `Unit "${r.unit_code}" is part of a parent loop (the unit tree cannot have cycles).`,
  }));
}

function countsFrom(row: { imported: string | number; replaced: string | number } | undefined, staged: number) {
  const imported = Number(row?.imported ?? 0);
  const replaced = Number(row?.replaced ?? 0);
  return { imported, replaced, unchanged: staged - imported - replaced, errors: [] as RowError[] };
}
