/**
 * The baseline of issue 4 §8: the dossier file loaded into a plain typed table, then one SQL
 * GROUP BY computing the counts behind every dossier indicator — per unit, per month and per basis
 * (`r` received in the month: HS-TOANTRINH, HS-TAISUDUNG, DV-THOIGIANNOP; `f` finished in the month:
 * HS-SOHOA, HS-KQDT, HS-TTTT, HS-DUNGHAN, DV-GIAMTHOIGIAN), with the re-entry exclusion — for the
 * year 2026 in Vietnam time, like `tiendo compute --period 2026-12`. The same text runs on the
 * PostgreSQL server (through psql) and on bare PGlite.
 */

/** Session settings: the file's dd/mm/yyyy dates are Vietnamese local times. */
export const SESSION_SQL = "SET TimeZone = 'Asia/Ho_Chi_Minh'; SET DateStyle = 'ISO, DMY';";

/** Columns in the order of bench/generate-dossiers.ts's header. */
export const CREATE_TABLE_SQL = `CREATE TABLE dossiers (
  dossier_id text, unit_code text, procedure_code text, channel text, full_online boolean,
  received_at timestamptz, entered_at timestamptz, due_at timestamptz, finished_at timestamptz,
  status text, result_electronic boolean, digitized boolean, fee_required boolean, paid_online boolean,
  submit_seconds integer, components_total integer, components_reused integer);`;

const YEAR = "received_at >= '2026-01-01 00:00+07' AND received_at < '2027-01-01 00:00+07'";
const FINISHED_YEAR =
  "status = 'finished' AND finished_at >= '2026-01-01 00:00+07' AND finished_at < '2027-01-01 00:00+07'";

export const GROUP_BY_SQL = `SELECT d.unit_code, k.basis, k.month,
  count(*) AS records,
  count(*) FILTER (WHERE re) AS reentered,
  count(*) FILTER (WHERE k.basis = 'f' AND digitized AND NOT re) AS sohoa_a,
  count(*) FILTER (WHERE k.basis = 'f' AND result_electronic AND NOT re) AS kqdt_a,
  count(*) FILTER (WHERE k.basis = 'f' AND fee_required) AS tttt_b,
  count(*) FILTER (WHERE k.basis = 'f' AND fee_required AND paid_online AND NOT re) AS tttt_a,
  count(*) FILTER (WHERE k.basis = 'f' AND due_at IS NOT NULL) AS dunghan_b,
  count(*) FILTER (WHERE k.basis = 'f' AND finished_at <= due_at AND NOT re) AS dunghan_a,
  sum(extract(epoch FROM finished_at - received_at)) FILTER (WHERE k.basis = 'f' AND channel = 'online' AND NOT re) AS online_seconds,
  count(*) FILTER (WHERE k.basis = 'f' AND channel = 'online' AND NOT re) AS online_n,
  sum(extract(epoch FROM finished_at - received_at)) FILTER (WHERE k.basis = 'f' AND channel = 'direct' AND NOT re) AS direct_seconds,
  count(*) FILTER (WHERE k.basis = 'f' AND channel = 'direct' AND NOT re) AS direct_n,
  count(*) FILTER (WHERE k.basis = 'r' AND full_online AND NOT re) AS toantrinh_a,
  sum(components_total) FILTER (WHERE k.basis = 'r' AND components_total > 0) AS taisudung_b,
  sum(components_reused) FILTER (WHERE k.basis = 'r' AND components_total > 0 AND NOT re) AS taisudung_a,
  sum(submit_seconds) FILTER (WHERE k.basis = 'r' AND channel = 'online' AND NOT re) AS submit_seconds,
  count(submit_seconds) FILTER (WHERE k.basis = 'r' AND channel = 'online' AND NOT re) AS submit_n
FROM (SELECT *, coalesce(entered_at, received_at) - received_at > interval '24 hours' AS re FROM dossiers) d
CROSS JOIN LATERAL (VALUES
  ('r', CASE WHEN ${YEAR} THEN extract(month FROM received_at)::int END),
  ('f', CASE WHEN ${FINISHED_YEAR} THEN extract(month FROM finished_at)::int END)) k(basis, month)
WHERE k.month IS NOT NULL
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3;`;
