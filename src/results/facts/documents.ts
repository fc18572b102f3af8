import type { RawSql } from '../../db/connection.js';
import { type DatedParams, type FactSet, fromMonthlyRows, MONTH_JOIN, monthBucket, num } from './rows.js';

/**
 * T26-01 over documents created in the year to date, state secrets left out (contract table).
 * a = handled fully electronically, not circulated on paper in parallel, not entered late
 * (seed 000 §II.4); excluded counts the fully electronic ones each rule took out.
 */
const DOCUMENTS_SQL = `
SELECT source, unit_code AS unit, mb.month,
  count(*)::int AS b,
  count(*) FILTER (WHERE fully_electronic AND NOT paper_parallel AND NOT re)::int AS a,
  count(*) FILTER (WHERE fully_electronic AND re)::int AS reentered,
  count(*) FILTER (WHERE fully_electronic AND paper_parallel)::int AS paper_parallel
FROM (
  SELECT *, (entered_at - created_at) > ($3::int * interval '1 second') AS re, ${monthBucket('created_at', 4)} FROM rec_documents
  WHERE NOT state_secret AND created_at >= $1::timestamptz AND created_at < $2::timestamptz
) d ${MONTH_JOIN}
GROUP BY 1, 2, 3`;

export async function documentFacts(raw: RawSql, p: DatedParams): Promise<FactSet> {
  const rows = await raw.query(DOCUMENTS_SQL, [p.yearStart, p.endExclusive, p.reentrySeconds, p.monthStarts]);
  return fromMonthlyRows(rows, p.periodMonth, {
    'T26-01': (r) => ({
      records: num(r.b),
      b: num(r.b),
      a: num(r.a),
      reentered: num(r.reentered),
      paper_parallel: num(r.paper_parallel),
    }),
  });
}
