import type { RawSql } from '../../db/connection.js';
import type { RowError } from '../recordsets.js';
import type { MergeResult, MergeTarget } from './merge.js';
import { STAGE_TABLE } from './staging.js';

/**
 * contract "Units": re-importing a code updates its name, kind and parent; a parent may come from
 * the same file or an earlier import; several roots may coexist. The tree must stay a tree, so a
 * parent that exists nowhere or a loop is a bad row, found once the file is merged (and then rolled back).
 */
export async function mergeUnits(raw: RawSql, target: MergeTarget): Promise<MergeResult> {
  const [row] = await raw.query<{ imported: string | number; replaced: string | number }>(
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
  const imported = Number(row?.imported ?? 0);
  const replaced = Number(row?.replaced ?? 0);
  const errors = [...(await unitsWithoutParent(raw)), ...(await unitsInLoop(raw))].sort(
    (a, b) => a.line - b.line,
  );
  return { imported, replaced, unchanged: target.staged - imported - replaced, errors };
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

async function unitsInLoop(raw: RawSql): Promise<RowError[]> {
  // Walk up from every staged unit; meeting the start again means the file closed a loop.
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
    vi: `Đơn vị "${r.unit_code}" nằm trong một vòng lặp cấp trên – cấp dưới (cây đơn vị không được có vòng lặp).`,
    en: `Unit "${r.unit_code}" is part of a parent loop (the unit tree cannot have loops).`,
  }));
}
