import type { Scope } from '../builtins.js';
import type { Fact, HistoryFact, Measures } from '../core/types.js';

/** What an aggregation query gives back: facts for the scopes, and the earlier months for the outlier control. */
export interface FactSet {
  facts: Fact[];
  history: HistoryFact[];
}

export type SqlRow = Record<string, unknown>;

/** Counts and sums arrive as number or (int8, numeric) string depending on engine and type: read both. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number from SQL: ${String(value)}`);
  return n;
}

export function text(value: unknown): string {
  return String(value);
}

/** How one indicator reads its measures from a row of a family query. */
export type MeasureMap = Record<string, (row: SqlRow) => Partial<Measures>>;

/**
 * Rows grouped by (source, unit, month of the year) → month-scope facts (the period's month),
 * ytd facts (every month up to it) and history (the months before it).
 */
export function fromMonthlyRows(
  rows: readonly SqlRow[],
  periodMonth: number,
  map: MeasureMap,
  withHistory = true,
): FactSet {
  const set: FactSet = { facts: [], history: [] };
  for (const row of rows) {
    const source = text(row.source);
    const unit = text(row.unit);
    const month = num(row.month);
    for (const [indicator, read] of Object.entries(map)) {
      const measures = read(row);
      set.facts.push({ indicator, source, unit, scope: 'ytd', measures });
      if (month === periodMonth) set.facts.push({ indicator, source, unit, scope: 'month', measures });
      else if (withHistory && month < periodMonth)
        set.history.push({ indicator, source, unit, month, measures });
    }
  }
  return set;
}

/** Rows grouped by (source, unit) for one scope. */
export function fromScopeRows(rows: readonly SqlRow[], scope: Scope, map: MeasureMap): FactSet {
  const set: FactSet = { facts: [], history: [] };
  for (const row of rows) {
    for (const [indicator, read] of Object.entries(map)) {
      set.facts.push({
        indicator,
        source: text(row.source),
        unit: text(row.unit),
        scope,
        measures: read(row),
      });
    }
  }
  return set;
}

export function mergeFactSets(sets: readonly FactSet[]): FactSet {
  return { facts: sets.flatMap((s) => s.facts), history: sets.flatMap((s) => s.history) };
}

/**
 * SQL for "the month of the year of ts", given `$n` = the month starts of the year up to the period
 * (Vietnam time; see monthStarts): a binary search over them. Select it as `bucket` in the inner
 * query and group by `mb.month` through MONTH_JOIN: grouping on an expression of a timestamp makes
 * PostgreSQL expect one group per distinct timestamp and sort 1M rows to disk, while a join to the
 * twelve months tells it there are at most 12 × units groups, so it hashes (5× faster measured).
 */
export const monthBucket = (column: string, param: number) =>
  `width_bucket(${column}, $${param}::timestamptz[]) AS bucket`;
export const MONTH_JOIN = 'JOIN generate_series(1, 12) AS mb(month) ON mb.month = d.bucket';

/** The first instants of months 1…periodMonth of the year, ISO, for monthBucket. */
export function monthStarts(year: number, periodMonth: number): string[] {
  return Array.from({ length: periodMonth }, (_, i) =>
    new Date(Date.UTC(year, i, 1) - 7 * 3600 * 1000).toISOString(),
  );
}

/** The window parameters every dated query takes. */
export interface DatedParams {
  /** Inclusive start of the year-to-date window (ISO). */
  yearStart: string;
  /** Exclusive end of the period (ISO). */
  endExclusive: string;
  /** Re-entry tolerance in seconds (contract: 24 h by default). */
  reentrySeconds: number;
  periodMonth: number;
  /** monthStarts(year, periodMonth) */
  monthStarts: string[];
}
