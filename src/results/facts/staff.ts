import type { RawSql } from '../../db/connection.js';
import type { Scope } from '../builtins.js';
import { applicableSnapshot } from './procedures.js';
import { type FactSet, fromScopeRows, mergeFactSets, num } from './rows.js';

// contract "Staff": cán bộ, công chức, viên chức — not người lao động
const COUNTED = `category IN ('can_bo', 'cong_chuc', 'vien_chuc')`;
// contract "Exact rules": active at the end = left_at empty or after it ($2 = the instant after the period)
const ACTIVE = `(left_at IS NULL OR left_at >= $2::timestamptz)`;

/** T26-05 and T26-06 on the applicable staff snapshot, as of the period's end. */
const STAFF_SQL = `
WITH snap AS (${applicableSnapshot('rec_staff')})
SELECT s.source, s.unit_code AS unit,
  count(*)::int AS records,
  count(*) FILTER (WHERE ${ACTIVE} AND ${COUNTED})::int AS t05_b,
  count(*) FILTER (WHERE ${ACTIVE} AND ${COUNTED} AND digital_skills_trained_at < $2::timestamptz)::int AS t05_a,
  count(*) FILTER (WHERE ${ACTIVE} AND ${COUNTED} AND it_specialist)::int AS t06_b,
  count(*) FILTER (WHERE ${ACTIVE} AND ${COUNTED} AND it_specialist AND data_governance_trained_at < $2::timestamptz)::int AS t06_a
FROM rec_staff s JOIN snap USING (source, import_id)
GROUP BY 1, 2`;

/**
 * CKS-SUDUNG for the window [$3, $2): b = staff active at the period's end; a = those holding a
 * certificate valid at some moment of the window with at least one signature of it in the window,
 * made while it was valid; unused_certificate = holders of a valid certificate with no such signature.
 * Set-based (certificates once, signatures by their key) so it stays fast with many staff.
 */
const SIGNATURES_SQL = `
WITH snap AS (${applicableSnapshot('rec_staff')}),
valid AS (
  SELECT c.source, c.cert_id, c.staff_id, c.issued_at, c.revoked_at FROM rec_certificates c
  WHERE c.staff_id IS NOT NULL AND c.issued_at < $2::timestamptz AND (c.revoked_at IS NULL OR c.revoked_at >= $3::timestamptz)),
holding AS (SELECT DISTINCT staff_id FROM valid),
signing AS (
  SELECT DISTINCT v.staff_id FROM valid v
  WHERE EXISTS (
    SELECT 1 FROM rec_signatures g
    WHERE g.source = v.source AND g.cert_id = v.cert_id
      AND g.signed_at >= $3::timestamptz AND g.signed_at < $2::timestamptz
      AND g.signed_at >= v.issued_at AND (v.revoked_at IS NULL OR g.signed_at <= v.revoked_at)))
SELECT s.source, s.unit_code AS unit,
  count(*)::int AS records,
  count(*) FILTER (WHERE ${ACTIVE} AND ${COUNTED})::int AS b,
  count(*) FILTER (WHERE ${ACTIVE} AND ${COUNTED} AND u.staff_id IS NOT NULL)::int AS a,
  count(*) FILTER (WHERE ${ACTIVE} AND ${COUNTED} AND h.staff_id IS NOT NULL AND u.staff_id IS NULL)::int AS unused
FROM rec_staff s JOIN snap USING (source, import_id)
LEFT JOIN holding h ON h.staff_id = s.staff_id
LEFT JOIN signing u ON u.staff_id = s.staff_id
GROUP BY 1, 2`;

export interface StaffParams {
  period: string;
  endExclusive: string;
  monthStart: string;
  yearStart: string;
}

export async function staffFacts(raw: RawSql, p: StaffParams): Promise<FactSet> {
  const rows = await raw.query(STAFF_SQL, [p.period, p.endExclusive]);
  return fromScopeRows(rows, 'snapshot', {
    'T26-05': (r) => ({ records: num(r.records), b: num(r.t05_b), a: num(r.t05_a) }),
    'T26-06': (r) => ({ records: num(r.records), b: num(r.t06_b), a: num(r.t06_a) }),
  });
}

export async function signatureFacts(raw: RawSql, p: StaffParams): Promise<FactSet> {
  const windows: [Scope, string][] = [
    ['month', p.monthStart],
    ['ytd', p.yearStart],
  ];
  const sets = await Promise.all(
    windows.map(async ([scope, start]) => {
      const rows = await raw.query(SIGNATURES_SQL, [p.period, p.endExclusive, start]);
      return fromScopeRows(rows, scope, {
        'CKS-SUDUNG': (r) => ({
          records: num(r.records),
          b: num(r.b),
          a: num(r.a),
          unused_certificate: num(r.unused),
        }),
      });
    }),
  );
  return mergeFactSets(sets);
}
