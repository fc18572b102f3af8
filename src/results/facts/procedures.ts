import type { RawSql } from '../../db/connection.js';
import { type FactSet, fromScopeRows, mergeFactSets, num } from './rows.js';

/**
 * The applicable snapshot of a snapshot table, per source (contract "Primary source"): the one with
 * the latest --period not after the period, and for equal periods the latest import.
 */
export const applicableSnapshot = (table: string) => `
  SELECT DISTINCT ON (source) source, import_id FROM ${table}
  WHERE period <= $1 ORDER BY source, period DESC, import_id DESC`;

/**
 * T26-02, T26-03, T26-07 per managing unit (contract "Procedures"): every procedure is held by one
 * managing unit, so the roll-up counts it once; the numerator is a subset of the denominator.
 */
const PROCEDURES_SQL = `
WITH snap AS (${applicableSnapshot('rec_procedures')})
SELECT p.source, p.managing_unit_code AS unit,
  count(*)::int AS records,
  count(*) FILTER (WHERE eligible_full_online)::int AS t02_b,
  count(*) FILTER (WHERE eligible_full_online AND online_level = 'full')::int AS t02_a,
  count(*) FILTER (WHERE local_legal_basis)::int AS t03_b,
  count(*) FILTER (WHERE local_legal_basis AND online_level = 'full')::int AS t03_a,
  count(*) FILTER (WHERE business_related AND eligible_full_online)::int AS t07_b,
  count(*) FILTER (WHERE business_related AND eligible_full_online AND online_level IN ('full', 'partial'))::int AS t07_a
FROM rec_procedures p JOIN snap USING (source, import_id)
WHERE p.managing_unit_code IS NOT NULL AND p.managing_unit_code <> ''
GROUP BY 1, 2`;

/**
 * T26-04: components of production/business procedures, placed under the procedure's managing unit
 * from the same source's applicable procedures snapshot (a component whose procedure is not in it
 * has no unit and is left out: docs/decisions/results-computation.md).
 */
const COMPONENTS_SQL = `
WITH psnap AS (${applicableSnapshot('rec_procedures')}),
     csnap AS (${applicableSnapshot('rec_procedure_components')}),
     proc AS (
       SELECT p.source, p.procedure_code, p.managing_unit_code, p.production_business_related
       FROM rec_procedures p JOIN psnap USING (source, import_id)
       WHERE p.managing_unit_code IS NOT NULL AND p.managing_unit_code <> '')
SELECT c.source, proc.managing_unit_code AS unit,
  count(*)::int AS records,
  count(*) FILTER (WHERE proc.production_business_related)::int AS b,
  count(*) FILTER (WHERE proc.production_business_related AND c.provided_once)::int AS a
FROM rec_procedure_components c
JOIN csnap USING (source, import_id)
JOIN proc ON proc.source = c.source AND proc.procedure_code = c.procedure_code
GROUP BY 1, 2`;

export async function procedureFacts(raw: RawSql, period: string): Promise<FactSet> {
  const [procedures, components] = await Promise.all([
    raw.query(PROCEDURES_SQL, [period]),
    raw.query(COMPONENTS_SQL, [period]),
  ]);
  return mergeFactSets([
    fromScopeRows(procedures, 'snapshot', {
      'T26-02': (r) => ({ records: num(r.records), b: num(r.t02_b), a: num(r.t02_a) }),
      'T26-03': (r) => ({ records: num(r.records), b: num(r.t03_b), a: num(r.t03_a) }),
      'T26-07': (r) => ({ records: num(r.records), b: num(r.t07_b), a: num(r.t07_a) }),
    }),
    fromScopeRows(components, 'snapshot', {
      'T26-04': (r) => ({ records: num(r.records), b: num(r.b), a: num(r.a) }),
    }),
  ]);
}
