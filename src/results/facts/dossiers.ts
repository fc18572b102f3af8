import type { RawSql } from '../../db/connection.js';
import { DOSSIER_CHECKS } from '../core/types.js';
import {
  type DatedParams,
  type FactSet,
  fromMonthlyRows,
  MONTH_JOIN,
  mergeFactSets,
  monthBucket,
  num,
} from './rows.js';

// contract "Exact rules": entered late = entered_at − received_at strictly greater than the tolerance
const REENTERED = `(entered_at - received_at) > ($3::int * interval '1 second')`;

/**
 * Dossiers finished in the year to date ("finished" = status finished with finished_at in the
 * window), per source, unit and month: one scan for every indicator over finished dossiers.
 */
const FINISHED_SQL = `
SELECT source, unit_code AS unit, mb.month,
  count(*)::int AS finished,
  count(*) FILTER (WHERE finished_at < received_at)::int AS before_received,
  count(*) FILTER (WHERE digitized AND NOT re)::int AS sohoa_a,
  count(*) FILTER (WHERE digitized AND re)::int AS sohoa_ex,
  count(*) FILTER (WHERE result_electronic AND NOT re)::int AS kqdt_a,
  count(*) FILTER (WHERE result_electronic AND re)::int AS kqdt_ex,
  count(*) FILTER (WHERE fee_required)::int AS tttt_b,
  count(*) FILTER (WHERE fee_required AND paid_online AND NOT re)::int AS tttt_a,
  count(*) FILTER (WHERE fee_required AND paid_online AND re)::int AS tttt_ex,
  count(*) FILTER (WHERE due_at IS NOT NULL)::int AS dunghan_b,
  count(*) FILTER (WHERE due_at IS NOT NULL AND finished_at <= due_at AND NOT re)::int AS dunghan_a,
  count(*) FILTER (WHERE due_at IS NOT NULL AND finished_at <= due_at AND re)::int AS dunghan_ex,
  coalesce(sum(extract(epoch FROM finished_at - received_at)) FILTER (WHERE channel = 'online' AND NOT re), 0)::float8 AS online_sum,
  count(*) FILTER (WHERE channel = 'online' AND NOT re)::int AS online_n,
  coalesce(sum(extract(epoch FROM finished_at - received_at)) FILTER (WHERE channel = 'direct' AND NOT re), 0)::float8 AS direct_sum,
  count(*) FILTER (WHERE channel = 'direct' AND NOT re)::int AS direct_n,
  count(*) FILTER (WHERE channel IN ('online', 'direct') AND re)::int AS giam_ex
FROM (
  SELECT *, ${REENTERED} AS re, ${monthBucket('finished_at', 4)} FROM rec_dossiers
  WHERE status = 'finished' AND finished_at >= $1::timestamptz AND finished_at < $2::timestamptz
) d ${MONTH_JOIN}
GROUP BY 1, 2, 3`;

/** Dossiers received in the year to date, whatever their status (contract "Dossier sets"). */
const RECEIVED_SQL = `
SELECT source, unit_code AS unit, mb.month,
  count(*)::int AS received,
  count(*) FILTER (WHERE full_online AND NOT re)::int AS toantrinh_a,
  count(*) FILTER (WHERE full_online AND re)::int AS toantrinh_ex,
  coalesce(sum(components_total) FILTER (WHERE components_total > 0), 0)::float8 AS taisudung_b,
  coalesce(sum(coalesce(components_reused, 0)) FILTER (WHERE components_total > 0 AND NOT re), 0)::float8 AS taisudung_a,
  count(*) FILTER (WHERE components_total > 0 AND components_reused > 0 AND re)::int AS taisudung_ex,
  count(*) FILTER (WHERE components_total > 0 AND (components_reused > components_total OR components_reused < 0))::int AS taisudung_invalid,
  coalesce(sum(submit_seconds) FILTER (WHERE channel = 'online' AND submit_seconds IS NOT NULL AND NOT re), 0)::float8 AS nop_sum,
  count(*) FILTER (WHERE channel = 'online' AND submit_seconds IS NOT NULL AND NOT re)::int AS nop_n,
  count(*) FILTER (WHERE channel = 'online' AND submit_seconds IS NOT NULL AND re)::int AS nop_ex,
  count(*) FILTER (WHERE channel = 'online' AND submit_seconds < 0)::int AS nop_invalid,
  count(*) FILTER (WHERE status = 'finished' AND finished_at IS NULL)::int AS undated
FROM (
  SELECT *, ${REENTERED} AS re, ${monthBucket('received_at', 4)} FROM rec_dossiers
  WHERE received_at >= $1::timestamptz AND received_at < $2::timestamptz
) d ${MONTH_JOIN}
GROUP BY 1, 2, 3`;

/** Dossier-based indicators: HS-*, DV-*, and the '@dossiers' checks (T26-08's N, generated vs processed). */
export async function dossierFacts(raw: RawSql, p: DatedParams): Promise<FactSet> {
  const params = [p.yearStart, p.endExclusive, p.reentrySeconds, p.monthStarts];
  const [finished, received] = await Promise.all([
    raw.query(FINISHED_SQL, params),
    raw.query(RECEIVED_SQL, params),
  ]);
  const finishedSet = fromMonthlyRows(finished, p.periodMonth, {
    'HS-SOHOA': (r) => ({
      records: num(r.finished),
      b: num(r.finished),
      a: num(r.sohoa_a),
      reentered: num(r.sohoa_ex),
    }),
    'HS-KQDT': (r) => ({
      records: num(r.finished),
      b: num(r.finished),
      a: num(r.kqdt_a),
      reentered: num(r.kqdt_ex),
    }),
    'HS-TTTT': (r) => ({
      records: num(r.finished),
      b: num(r.tttt_b),
      a: num(r.tttt_a),
      reentered: num(r.tttt_ex),
    }),
    'HS-DUNGHAN': (r) => ({
      records: num(r.finished),
      b: num(r.dunghan_b),
      a: num(r.dunghan_a),
      reentered: num(r.dunghan_ex),
    }),
    'DV-GIAMTHOIGIAN': (r) => ({
      records: num(r.finished),
      sumOnline: num(r.online_sum),
      countOnline: num(r.online_n),
      sumDirect: num(r.direct_sum),
      countDirect: num(r.direct_n),
      reentered: num(r.giam_ex),
    }),
  });
  const finishedChecks = fromMonthlyRows(
    finished,
    p.periodMonth,
    {
      [DOSSIER_CHECKS]: (r) => ({
        finished: num(r.finished),
        finishedBeforeReceived: num(r.before_received),
      }),
    },
    false,
  );
  const receivedSet = fromMonthlyRows(received, p.periodMonth, {
    'HS-TOANTRINH': (r) => ({
      records: num(r.received),
      b: num(r.received),
      a: num(r.toantrinh_a),
      reentered: num(r.toantrinh_ex),
    }),
    'HS-TAISUDUNG': (r) => ({
      records: num(r.received),
      b: num(r.taisudung_b),
      a: num(r.taisudung_a),
      reentered: num(r.taisudung_ex),
      invalid: num(r.taisudung_invalid),
    }),
    'DV-THOIGIANNOP': (r) => ({
      records: num(r.received),
      sum: num(r.nop_sum),
      count: num(r.nop_n),
      reentered: num(r.nop_ex),
      invalid: num(r.nop_invalid),
    }),
  });
  const receivedChecks = fromMonthlyRows(
    received,
    p.periodMonth,
    { [DOSSIER_CHECKS]: (r) => ({ finishedUndated: num(r.undated) }) },
    false,
  );
  return mergeFactSets([finishedSet, finishedChecks, receivedSet, receivedChecks]);
}
