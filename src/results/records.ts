import type { Database } from '../db/connection.js';
import { AppError } from '../shared/errors.js';
import {
  BUILTIN_BY_CODE,
  DEFAULT_REENTRY_TOLERANCE_HOURS,
  type IndicatorDef,
  type Scope,
} from './builtins.js';
import { computeResults } from './compute-results.js';
import type { Result } from './core/types.js';
import { periodWindows } from './period.js';
import { type RecordReason, recordReason } from './record-reasons.js';
import { recordsQuery } from './records-sql.js';

/**
 * The records behind a number (SPEC §6.5 "listed with the reason wherever the number is shown",
 * §6.7 spot checks): for one indicator, unit (with everything below it), scope and period, every
 * record of the source that gave the official value, with its place in a and b and why.
 * Summed over every category, `a` and `b` of the records equal the result's a and b.
 */

export type RecordCategory = 'in_a' | 'in_b' | 'excluded';
export type RecordFilter = RecordCategory | 'all';

export interface RecordsInput {
  indicator: string;
  unit: string;
  period: string;
  scope: Scope;
  /** Default: the source whose value the result took (the decision's, else the primary). */
  source?: string;
  filter?: RecordFilter;
  /** With filter `excluded` (or all): only records excluded by this rule. */
  rule?: string;
  page?: number;
  pageSize?: number;
  reentryToleranceHours?: number;
}

export interface RecordRow {
  id: string;
  unit: string;
  /** ISO 8601; null for snapshot records. */
  at: string | null;
  category: RecordCategory;
  rules: string[];
  /** What the record adds to a and to b (1/0; components for HS-TAISUDUNG). */
  a: number;
  b: number;
  /** Seconds, for the mean-based indicators (DV-THOIGIANNOP, DV-GIAMTHOIGIAN). */
  measure: number | null;
  reason: RecordReason;
  /** The stored record, by the contract's field names. */
  record: Record<string, unknown>;
}

export interface RecordTotals {
  /** Records per category, over every page. */
  counts: Record<RecordCategory, number>;
  /** Per exclusion rule, records it hit. */
  rules: Record<string, number>;
  /** Σ of a and b over every record listed (all categories): the result's a and b. */
  a: number;
  b: number;
}

export interface RecordsPage {
  indicator: string;
  unit: string;
  period: string;
  scope: Scope;
  source: string | null;
  recordSet: string;
  /** The result these records make (null when the unit has no result for the indicator). */
  result: Result | null;
  totals: RecordTotals;
  /** Records matching the filter. */
  total: number;
  page: number;
  pageSize: number;
  items: RecordRow[];
}

interface Row {
  record_id: string;
  unit: string;
  at: Date | string | null;
  category: RecordCategory;
  rules: string[];
  a_part: number | string;
  b_part: number | string;
  measure: number | string | null;
  detail: Record<string, unknown>;
}

export async function recordsBehind(database: Database, input: RecordsInput): Promise<RecordsPage> {
  const def = indicatorOf(input.indicator);
  if (!def.scopes.includes(input.scope)) {
    throw new AppError(
      'invalid_scope',
      `Chỉ tiêu ${def.code} không có phạm vi "${input.scope}" (có: ${def.scopes.join(', ')}).`,
      `Indicator ${def.code} has no scope "${input.scope}" (it has: ${def.scopes.join(', ')}).`,
    );
  }
  const query = recordsQuery(def.code);
  if (!query) throw new Error(`no records query for ${def.code}`);
  const windows = periodWindows(input.period);
  const hours = input.reentryToleranceHours ?? DEFAULT_REENTRY_TOLERANCE_HOURS;
  const [document, units] = await Promise.all([
    computeResults(database, {
      period: input.period,
      units: [input.unit],
      indicators: [def.code],
      reentryToleranceHours: hours,
    }),
    subtree(database, input.unit),
  ]);
  const result = document.results.find((r) => r.scope === input.scope) ?? null;
  const source =
    input.source ?? result?.decision?.source ?? result?.sources[0]?.source ?? def.sources[0] ?? null;
  const page = Math.max(input.page ?? 1, 1);
  const pageSize = Math.min(Math.max(input.pageSize ?? 50, 1), 500);
  const filter = input.filter ?? 'all';
  const start = input.scope === 'month' ? windows.monthStart : windows.yearStart;
  const params = [
    start.toISOString(),
    windows.endExclusive.toISOString(),
    Math.round(hours * 3600),
    source,
    [...units],
    input.period,
  ];

  const totalsSql = `WITH r AS (${query.sql})
    SELECT category, rule, count(*)::int AS n, coalesce(sum(a_part), 0)::float8 AS a, coalesce(sum(b_part), 0)::float8 AS b
    FROM r LEFT JOIN LATERAL unnest(CASE WHEN cardinality(r.rules) = 0 THEN ARRAY[NULL::text] ELSE r.rules END) AS rule ON true
    GROUP BY GROUPING SETS ((category), (rule))`;
  const pageSql = `WITH r AS (${query.sql})
    SELECT * FROM r
    WHERE ($7::text = 'all' OR category = $7::text) AND ($8::text IS NULL OR $8::text = ANY(rules))
    ORDER BY at NULLS LAST, unit, record_id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const countSql = `WITH r AS (${query.sql})
    SELECT count(*)::int AS n FROM r
    WHERE ($7::text = 'all' OR category = $7::text) AND ($8::text IS NULL OR $8::text = ANY(rules))`;
  const rule = input.rule ?? null;
  const [totalRows, rows, counted] = await Promise.all([
    database.raw.query<{
      category: RecordCategory | null;
      rule: string | null;
      n: number;
      a: number;
      b: number;
    }>(totalsSql, params),
    database.raw.query<Row>(pageSql, [...params, filter, rule]),
    database.raw.query<{ n: number }>(countSql, [...params, filter, rule]),
  ]);

  const totals: RecordTotals = { counts: { in_a: 0, in_b: 0, excluded: 0 }, rules: {}, a: 0, b: 0 };
  for (const t of totalRows) {
    if (t.category !== null) {
      totals.counts[t.category] = Number(t.n);
      totals.a += Number(t.a);
      totals.b += Number(t.b);
    } else if (t.rule !== null) {
      totals.rules[t.rule] = Number(t.n);
    }
  }
  return {
    indicator: def.code,
    unit: input.unit,
    period: input.period,
    scope: input.scope,
    source,
    recordSet: query.recordSet,
    result,
    totals,
    total: Number(counted[0]?.n ?? 0),
    page,
    pageSize,
    items: rows.map((row) => toRecordRow(def, row, hours)),
  };
}

function toRecordRow(def: IndicatorDef, row: Row, hours: number): RecordRow {
  const rules = row.rules ?? [];
  return {
    id: row.record_id,
    unit: row.unit,
    at: row.at === null ? null : new Date(row.at).toISOString(),
    category: row.category,
    rules,
    a: Number(row.a_part),
    b: Number(row.b_part),
    measure: row.measure === null ? null : Number(row.measure),
    reason: recordReason(def, row.category, rules, hours),
    record: row.detail,
  };
}

function indicatorOf(code: string): IndicatorDef {
  const def = BUILTIN_BY_CODE.get(code);
  if (!def) {
    throw new AppError('unknown_indicator', `Không có chỉ tiêu "${code}".`, `Unknown indicator "${code}".`, {
      status: 404,
    });
  }
  return def;
}

/** The unit and every unit below it (the result of a unit covers them all: contract "Roll-up"). */
async function subtree(database: Database, unit: string): Promise<Set<string>> {
  const rows = await database.raw.query<{ code: string; parent_code: string | null }>(
    'SELECT code, parent_code FROM units',
  );
  if (!rows.some((r) => r.code === unit)) {
    throw new AppError('unknown_unit', `Không có đơn vị mã "${unit}".`, `No unit with code "${unit}".`, {
      status: 404,
    });
  }
  const children = new Map<string, string[]>();
  for (const r of rows) {
    if (r.parent_code === null) continue;
    children.set(r.parent_code, [...(children.get(r.parent_code) ?? []), r.code]);
  }
  const found = new Set<string>();
  const stack = [unit];
  while (stack.length > 0) {
    const code = stack.pop() as string;
    if (found.has(code)) continue;
    found.add(code);
    stack.push(...(children.get(code) ?? []));
  }
  return found;
}
