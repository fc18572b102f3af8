import type { RawSql } from '../../db/connection.js';
import { type DatedParams, type FactSet, fromMonthlyRows, MONTH_JOIN, monthBucket, num } from './rows.js';

/** T26-08: ratings of the window; a = satisfied or very satisfied, b = all (SPEC §5 row 8). */
const RATINGS_SQL = `
SELECT source, unit_code AS unit, mb.month,
  count(*)::int AS b,
  count(*) FILTER (WHERE level IN ('very_satisfied', 'satisfied'))::int AS a
FROM (
  SELECT source, unit_code, level, ${monthBucket('rated_at', 3)} FROM rec_ratings
  WHERE rated_at >= $1::timestamptz AND rated_at < $2::timestamptz
) d ${MONTH_JOIN}
GROUP BY 1, 2, 3`;

/** T26-09: products commercialised in the year to date (a count). */
const PRODUCTS_SQL = `
SELECT source, unit_code AS unit, mb.month, count(*)::int AS n
FROM (
  SELECT source, unit_code, ${monthBucket('commercialized_at', 3)} FROM rec_products
  WHERE commercialized_at >= $1::timestamptz AND commercialized_at < $2::timestamptz
) d ${MONTH_JOIN}
GROUP BY 1, 2, 3`;

export async function ratingFacts(raw: RawSql, p: DatedParams): Promise<FactSet> {
  const rows = await raw.query(RATINGS_SQL, [p.yearStart, p.endExclusive, p.monthStarts]);
  return fromMonthlyRows(rows, p.periodMonth, {
    'T26-08': (r) => ({ records: num(r.b), b: num(r.b), a: num(r.a) }),
  });
}

export async function productFacts(raw: RawSql, p: DatedParams): Promise<FactSet> {
  const rows = await raw.query(PRODUCTS_SQL, [p.yearStart, p.endExclusive, p.monthStarts]);
  return fromMonthlyRows(
    rows,
    p.periodMonth,
    { 'T26-09': (r) => ({ records: num(r.n), a: num(r.n) }) },
    false,
  );
}
