import type { Basis } from './builtins.js';
import { applicableSnapshot } from './facts/procedures.js';

/**
 * For each built-in indicator, the SQL that lists the records behind its a and b — the same
 * predicates as the aggregations in ./facts (a record listed here is a record counted there), one
 * row a record with its place in the number:
 *
 *   record_id, unit, at (the date that placed it), category ('in_a' | 'in_b' | 'excluded'),
 *   rules (exclusion rules that hit it), a_part, b_part (what it adds to a and b), measure
 *   (seconds, for the mean-based indicators), detail (the stored record, as JSON).
 *
 * Parameters: $1 window start (ISO; for snapshots unused), $2 window end exclusive (ISO),
 * $3 re-entry tolerance in seconds, $4 source, $5 the units (the unit and everything below it),
 * $6 the period (YYYY-MM, for snapshots).
 */
export interface RecordsQuery {
  recordSet: string;
  sql: string;
}

// contract "Exact rules": entered late = strictly more than the tolerance after received/created
const DOSSIER_RE = `(d.entered_at - d.received_at) > ($3::int * interval '1 second')`;
const IN_UNITS = (column: string) => `${column} = ANY($5::text[])`;
const TIMING =
  '$1::text IS NOT NULL AND $2::text IS NOT NULL AND $3::int IS NOT NULL AND $6::text IS NOT NULL';

/** A numerator condition and, optionally, the subset of the records that forms b. */
interface RatioOnDossiers {
  window: 'finished' | 'received';
  inB: string;
  qualifies: string;
}

const FINISHED_WINDOW = `d.status = 'finished' AND d.finished_at >= $1::timestamptz AND d.finished_at < $2::timestamptz`;
const RECEIVED_WINDOW = `d.received_at >= $1::timestamptz AND d.received_at < $2::timestamptz`;

const DOSSIER_RATIOS: Record<string, RatioOnDossiers> = {
  'HS-SOHOA': { window: 'finished', inB: 'true', qualifies: 'd.digitized' },
  'HS-KQDT': { window: 'finished', inB: 'true', qualifies: 'd.result_electronic' },
  'HS-TTTT': { window: 'finished', inB: 'd.fee_required', qualifies: 'd.paid_online' },
  'HS-DUNGHAN': { window: 'finished', inB: 'd.due_at IS NOT NULL', qualifies: 'd.finished_at <= d.due_at' },
  'HS-TOANTRINH': { window: 'received', inB: 'true', qualifies: 'd.full_online' },
};

/** A dossier ratio: qualifying and not re-entered → a; qualifying and re-entered → excluded. */
function dossierRatio(r: RatioOnDossiers): string {
  const at = r.window === 'finished' ? 'd.finished_at' : 'd.received_at';
  return `
SELECT d.dossier_id AS record_id, d.unit_code AS unit, ${at} AS at,
  CASE WHEN ${r.qualifies} AND NOT re THEN 'in_a' WHEN ${r.qualifies} AND re THEN 'excluded' ELSE 'in_b' END AS category,
  CASE WHEN ${r.qualifies} AND re THEN ARRAY['reentered'] ELSE ARRAY[]::text[] END AS rules,
  CASE WHEN ${r.qualifies} AND NOT re THEN 1 ELSE 0 END AS a_part, 1 AS b_part, NULL::float8 AS measure,
  to_jsonb(d) - 'import_id' - 're' AS detail
FROM (SELECT *, ${DOSSIER_RE} AS re FROM rec_dossiers d
      WHERE d.source = $4 AND ${IN_UNITS('d.unit_code')} AND ${r.window === 'finished' ? FINISHED_WINDOW : RECEIVED_WINDOW}) d
WHERE ${r.inB} AND ${TIMING}`;
}

/** HS-TAISUDUNG: Σ components_reused / Σ components_total; a re-entered dossier keeps its total in b and adds 0 to a. */
const TAISUDUNG = `
SELECT d.dossier_id AS record_id, d.unit_code AS unit, d.received_at AS at,
  CASE WHEN coalesce(d.components_reused, 0) > 0 AND NOT re THEN 'in_a'
       WHEN coalesce(d.components_reused, 0) > 0 AND re THEN 'excluded' ELSE 'in_b' END AS category,
  CASE WHEN coalesce(d.components_reused, 0) > 0 AND re THEN ARRAY['reentered'] ELSE ARRAY[]::text[] END AS rules,
  CASE WHEN re THEN 0 ELSE coalesce(d.components_reused, 0) END AS a_part, d.components_total AS b_part, NULL::float8 AS measure,
  to_jsonb(d) - 'import_id' - 're' AS detail
FROM (SELECT *, ${DOSSIER_RE} AS re FROM rec_dossiers d
      WHERE d.source = $4 AND ${IN_UNITS('d.unit_code')} AND ${RECEIVED_WINDOW}) d
WHERE d.components_total > 0 AND ${TIMING}`;

/** Mean-based indicators: the records the mean is taken over are listed as b; re-entered ones are left out. */
const meanOver = (window: 'finished' | 'received', population: string, measure: string) => `
SELECT d.dossier_id AS record_id, d.unit_code AS unit, ${window === 'finished' ? 'd.finished_at' : 'd.received_at'} AS at,
  CASE WHEN re THEN 'excluded' ELSE 'in_b' END AS category,
  CASE WHEN re THEN ARRAY['reentered'] ELSE ARRAY[]::text[] END AS rules,
  0 AS a_part, 0 AS b_part, (${measure})::float8 AS measure,
  to_jsonb(d) - 'import_id' - 're' AS detail
FROM (SELECT *, ${DOSSIER_RE} AS re FROM rec_dossiers d
      WHERE d.source = $4 AND ${IN_UNITS('d.unit_code')} AND ${window === 'finished' ? FINISHED_WINDOW : RECEIVED_WINDOW}) d
WHERE ${population} AND ${TIMING}`;

/** T26-01: documents of the window, state secrets left out; paper in parallel and re-entry exclude from a. */
const DOCUMENTS = `
SELECT d.doc_id AS record_id, d.unit_code AS unit, d.created_at AS at,
  CASE WHEN d.fully_electronic AND NOT d.paper_parallel AND NOT re THEN 'in_a'
       WHEN d.fully_electronic THEN 'excluded' ELSE 'in_b' END AS category,
  CASE WHEN d.fully_electronic THEN array_remove(ARRAY[CASE WHEN re THEN 'reentered' END, CASE WHEN d.paper_parallel THEN 'paper_parallel' END], NULL)
       ELSE ARRAY[]::text[] END AS rules,
  CASE WHEN d.fully_electronic AND NOT d.paper_parallel AND NOT re THEN 1 ELSE 0 END AS a_part, 1 AS b_part, NULL::float8 AS measure,
  to_jsonb(d) - 'import_id' - 're' AS detail
FROM (SELECT *, (d.entered_at - d.created_at) > ($3::int * interval '1 second') AS re FROM rec_documents d
      WHERE d.source = $4 AND ${IN_UNITS('d.unit_code')} AND NOT d.state_secret
        AND d.created_at >= $1::timestamptz AND d.created_at < $2::timestamptz) d
WHERE ${TIMING}`;

const RATINGS = `
SELECT r.rating_id AS record_id, r.unit_code AS unit, r.rated_at AS at,
  CASE WHEN r.level IN ('very_satisfied', 'satisfied') THEN 'in_a' ELSE 'in_b' END AS category, ARRAY[]::text[] AS rules,
  CASE WHEN r.level IN ('very_satisfied', 'satisfied') THEN 1 ELSE 0 END AS a_part, 1 AS b_part, NULL::float8 AS measure,
  to_jsonb(r) - 'import_id' AS detail
FROM rec_ratings r
WHERE r.source = $4 AND ${IN_UNITS('r.unit_code')} AND r.rated_at >= $1::timestamptz AND r.rated_at < $2::timestamptz AND ${TIMING}`;

/** T26-09 is a count: every product is in a, b is null. */
const PRODUCTS = `
SELECT p.product_id AS record_id, p.unit_code AS unit, p.commercialized_at AS at, 'in_a' AS category, ARRAY[]::text[] AS rules,
  1 AS a_part, 0 AS b_part, NULL::float8 AS measure, to_jsonb(p) - 'import_id' AS detail
FROM rec_products p
WHERE p.source = $4 AND ${IN_UNITS('p.unit_code')} AND p.commercialized_at >= $1::timestamptz AND p.commercialized_at < $2::timestamptz AND ${TIMING}`;

const snapshotRatio = (inB: string, qualifies: string) => `
WITH snap AS (${applicableSnapshot('rec_procedures').replaceAll('$1', '$6')})
SELECT p.procedure_code AS record_id, p.managing_unit_code AS unit, NULL::timestamptz AS at,
  CASE WHEN ${qualifies} THEN 'in_a' ELSE 'in_b' END AS category, ARRAY[]::text[] AS rules,
  CASE WHEN ${qualifies} THEN 1 ELSE 0 END AS a_part, 1 AS b_part, NULL::float8 AS measure,
  to_jsonb(p) - 'import_id' AS detail
FROM rec_procedures p JOIN snap USING (source, import_id)
WHERE p.source = $4 AND ${IN_UNITS('p.managing_unit_code')} AND ${inB} AND ${TIMING}`;

const COMPONENTS = `
WITH psnap AS (${applicableSnapshot('rec_procedures').replaceAll('$1', '$6')}),
     csnap AS (${applicableSnapshot('rec_procedure_components').replaceAll('$1', '$6')}),
     proc AS (SELECT p.source, p.procedure_code, p.managing_unit_code, p.production_business_related
              FROM rec_procedures p JOIN psnap USING (source, import_id))
SELECT c.procedure_code || ' / ' || c.component_code AS record_id, proc.managing_unit_code AS unit, NULL::timestamptz AS at,
  CASE WHEN c.provided_once THEN 'in_a' ELSE 'in_b' END AS category, ARRAY[]::text[] AS rules,
  CASE WHEN c.provided_once THEN 1 ELSE 0 END AS a_part, 1 AS b_part, NULL::float8 AS measure,
  to_jsonb(c) - 'import_id' AS detail
FROM rec_procedure_components c JOIN csnap USING (source, import_id)
JOIN proc ON proc.source = c.source AND proc.procedure_code = c.procedure_code
WHERE c.source = $4 AND ${IN_UNITS('proc.managing_unit_code')} AND proc.production_business_related AND ${TIMING}`;

// contract "Staff": cán bộ, công chức, viên chức; active at the end = left_at empty or after it
const STAFF_IN_B = `s.category IN ('can_bo', 'cong_chuc', 'vien_chuc') AND (s.left_at IS NULL OR s.left_at >= $2::timestamptz)`;

const staffRatio = (inB: string, qualifies: string) => `
WITH snap AS (${applicableSnapshot('rec_staff').replaceAll('$1', '$6')})
SELECT s.staff_id AS record_id, s.unit_code AS unit, NULL::timestamptz AS at,
  CASE WHEN ${qualifies} THEN 'in_a' ELSE 'in_b' END AS category, ARRAY[]::text[] AS rules,
  CASE WHEN ${qualifies} THEN 1 ELSE 0 END AS a_part, 1 AS b_part, NULL::float8 AS measure,
  to_jsonb(s) - 'import_id' AS detail
FROM rec_staff s JOIN snap USING (source, import_id)
WHERE s.source = $4 AND ${IN_UNITS('s.unit_code')} AND ${STAFF_IN_B} AND ${inB} AND ${TIMING}`;

/** CKS-SUDUNG, as ./facts/staff.ts: a = a certificate valid in the window with a signature in it while valid. */
const SIGNATURES = `
WITH snap AS (${applicableSnapshot('rec_staff').replaceAll('$1', '$6')}),
valid AS (
  SELECT c.source, c.cert_id, c.staff_id, c.issued_at, c.revoked_at FROM rec_certificates c
  WHERE c.staff_id IS NOT NULL AND c.issued_at < $2::timestamptz AND (c.revoked_at IS NULL OR c.revoked_at >= $1::timestamptz)),
holding AS (SELECT DISTINCT staff_id FROM valid),
signing AS (
  SELECT DISTINCT v.staff_id FROM valid v
  WHERE EXISTS (
    SELECT 1 FROM rec_signatures g
    WHERE g.source = v.source AND g.cert_id = v.cert_id
      AND g.signed_at >= $1::timestamptz AND g.signed_at < $2::timestamptz
      AND g.signed_at >= v.issued_at AND (v.revoked_at IS NULL OR g.signed_at <= v.revoked_at)))
SELECT s.staff_id AS record_id, s.unit_code AS unit, NULL::timestamptz AS at,
  CASE WHEN u.staff_id IS NOT NULL THEN 'in_a' WHEN h.staff_id IS NOT NULL THEN 'excluded' ELSE 'in_b' END AS category,
  CASE WHEN u.staff_id IS NULL AND h.staff_id IS NOT NULL THEN ARRAY['unused_certificate'] ELSE ARRAY[]::text[] END AS rules,
  CASE WHEN u.staff_id IS NOT NULL THEN 1 ELSE 0 END AS a_part, 1 AS b_part, NULL::float8 AS measure,
  to_jsonb(s) - 'import_id' AS detail
FROM rec_staff s JOIN snap USING (source, import_id)
LEFT JOIN holding h ON h.staff_id = s.staff_id
LEFT JOIN signing u ON u.staff_id = s.staff_id
WHERE s.source = $4 AND ${IN_UNITS('s.unit_code')} AND ${STAFF_IN_B} AND ${TIMING}`;

const QUERIES: Record<string, RecordsQuery> = {
  'T26-01': { recordSet: 'documents', sql: DOCUMENTS },
  'T26-02': {
    recordSet: 'procedures',
    sql: snapshotRatio('p.eligible_full_online', `p.online_level = 'full'`),
  },
  'T26-03': { recordSet: 'procedures', sql: snapshotRatio('p.local_legal_basis', `p.online_level = 'full'`) },
  'T26-04': { recordSet: 'procedure_components', sql: COMPONENTS },
  'T26-05': { recordSet: 'staff', sql: staffRatio('true', 's.digital_skills_trained_at < $2::timestamptz') },
  'T26-06': {
    recordSet: 'staff',
    sql: staffRatio('s.it_specialist', 's.data_governance_trained_at < $2::timestamptz'),
  },
  'T26-07': {
    recordSet: 'procedures',
    sql: snapshotRatio(
      'p.business_related AND p.eligible_full_online',
      `p.online_level IN ('full', 'partial')`,
    ),
  },
  'T26-08': { recordSet: 'ratings', sql: RATINGS },
  'T26-09': { recordSet: 'products', sql: PRODUCTS },
  'HS-TAISUDUNG': { recordSet: 'dossiers', sql: TAISUDUNG },
  'DV-THOIGIANNOP': {
    recordSet: 'dossiers',
    sql: meanOver('received', `d.channel = 'online' AND d.submit_seconds IS NOT NULL`, 'd.submit_seconds'),
  },
  'DV-GIAMTHOIGIAN': {
    recordSet: 'dossiers',
    sql: meanOver(
      'finished',
      `d.channel IN ('online', 'direct')`,
      'extract(epoch FROM d.finished_at - d.received_at)',
    ),
  },
  'CKS-SUDUNG': { recordSet: 'staff', sql: SIGNATURES },
  ...Object.fromEntries(
    Object.entries(DOSSIER_RATIOS).map(([code, ratio]) => [
      code,
      { recordSet: 'dossiers', sql: dossierRatio(ratio) },
    ]),
  ),
};

export function recordsQuery(indicator: string): RecordsQuery | undefined {
  return QUERIES[indicator];
}

/** The bases whose records have no date of their own (a snapshot at the period's end). */
export const SNAPSHOT_BASES: ReadonlySet<Basis> = new Set(['procedures', 'procedure_components', 'staff']);
