import type { RawSql } from '../db/connection.js';
import { DOSSIER_SOURCES, RATING_SOURCES } from '../results/builtins.js';
import { applicableSnapshot } from '../results/facts/procedures.js';

/**
 * The SQL behind the online public-service quality page (seed 004): the procedure catalogue by
 * online level from the applicable `procedures` snapshot, and dossiers and ratings grouped by
 * procedure. One source each (the contract's primary: the first that has data), so that a dossier
 * present in two systems is counted once.
 */

export interface CatalogueRow {
  source: string;
  unit: string | null;
  total: number;
  full: number;
  partial: number;
  none: number;
  eligible: number;
  eform: number;
  eformOnline: number;
}

export async function procedureCatalogue(raw: RawSql, period: string): Promise<CatalogueRow[]> {
  const rows = await raw.query<Record<string, unknown>>(
    `WITH snap AS (${applicableSnapshot('rec_procedures')})
     SELECT p.source, nullif(p.managing_unit_code, '') AS unit,
       count(*)::int AS total,
       count(*) FILTER (WHERE online_level = 'full')::int AS "full",
       count(*) FILTER (WHERE online_level = 'partial')::int AS partial,
       count(*) FILTER (WHERE online_level = 'none' OR online_level IS NULL)::int AS "none",
       count(*) FILTER (WHERE eligible_full_online)::int AS eligible,
       count(*) FILTER (WHERE eform_autofill)::int AS eform,
       count(*) FILTER (WHERE eform_autofill AND online_level IN ('full', 'partial'))::int AS eform_online
     FROM rec_procedures p JOIN snap USING (source, import_id)
     GROUP BY 1, 2`,
    [period],
  );
  return rows.map((r) => ({
    source: String(r.source),
    unit: r.unit === null ? null : String(r.unit),
    total: Number(r.total),
    full: Number(r.full),
    partial: Number(r.partial),
    none: Number(r.none),
    eligible: Number(r.eligible),
    eform: Number(r.eform),
    eformOnline: Number(r.eform_online),
  }));
}

export async function procedureNames(
  raw: RawSql,
  period: string,
  source: string,
): Promise<Map<string, { name: string; level: string | null; onlineLevel: string | null; eform: boolean }>> {
  const rows = await raw.query<{
    procedure_code: string;
    name: string | null;
    level: string | null;
    online_level: string | null;
    eform_autofill: boolean;
  }>(
    `WITH snap AS (${applicableSnapshot('rec_procedures')})
     SELECT procedure_code, name, level, online_level, eform_autofill FROM rec_procedures p JOIN snap USING (source, import_id) WHERE p.source = $2`,
    [period, source],
  );
  return new Map(
    rows.map((r) => [
      r.procedure_code,
      {
        name: r.name ?? r.procedure_code,
        level: r.level,
        onlineLevel: r.online_level,
        eform: r.eform_autofill,
      },
    ]),
  );
}

export interface Window {
  start: Date;
  end: Date;
}

/** The first source, in the contract's order, with records of `table` for the units in the window. */
export async function primarySource(
  raw: RawSql,
  table: 'rec_dossiers' | 'rec_ratings',
  column: 'received_at' | 'rated_at',
  units: readonly string[],
  window: Window,
): Promise<string | null> {
  const rows = await raw.query<{ source: string }>(
    `SELECT DISTINCT source FROM ${table} WHERE unit_code = ANY($1::text[]) AND ${column} >= $2 AND ${column} < $3`,
    [[...units], window.start.toISOString(), window.end.toISOString()],
  );
  const present = new Set(rows.map((r) => r.source));
  const order: readonly string[] = table === 'rec_dossiers' ? DOSSIER_SOURCES : RATING_SOURCES;
  return order.find((s) => present.has(s)) ?? [...present].sort()[0] ?? null;
}

export interface ProcedureDossiers {
  procedure: string;
  received: number;
  online: number;
  fullOnline: number;
  submitSum: number;
  submitCount: number;
  finished: number;
  onlineSum: number;
  onlineCount: number;
  directSum: number;
  directCount: number;
}

// contract "Exact rules": a dossier entered more than the tolerance after it was received is left out of the means
const RE = `(entered_at - received_at) > ($5::int * interval '1 second')`;

export async function dossiersByProcedure(
  raw: RawSql,
  source: string,
  units: readonly string[],
  window: Window,
  toleranceSeconds: number,
): Promise<ProcedureDossiers[]> {
  const params = [source, [...units], window.start.toISOString(), window.end.toISOString(), toleranceSeconds];
  const [received, finished] = await Promise.all([
    raw.query<Record<string, unknown>>(
      `SELECT coalesce(procedure_code, '') AS procedure, count(*)::int AS received,
         count(*) FILTER (WHERE channel = 'online')::int AS online,
         count(*) FILTER (WHERE full_online)::int AS full_online,
         coalesce(sum(submit_seconds) FILTER (WHERE channel = 'online' AND submit_seconds >= 0 AND NOT ${RE}), 0)::float8 AS submit_sum,
         count(*) FILTER (WHERE channel = 'online' AND submit_seconds >= 0 AND NOT ${RE})::int AS submit_n
       FROM rec_dossiers WHERE source = $1 AND unit_code = ANY($2::text[]) AND received_at >= $3 AND received_at < $4
       GROUP BY 1`,
      params,
    ),
    raw.query<Record<string, unknown>>(
      `SELECT coalesce(procedure_code, '') AS procedure, count(*)::int AS finished,
         coalesce(sum(extract(epoch FROM finished_at - received_at)) FILTER (WHERE channel = 'online' AND NOT ${RE}), 0)::float8 AS online_sum,
         count(*) FILTER (WHERE channel = 'online' AND NOT ${RE})::int AS online_n,
         coalesce(sum(extract(epoch FROM finished_at - received_at)) FILTER (WHERE channel = 'direct' AND NOT ${RE}), 0)::float8 AS direct_sum,
         count(*) FILTER (WHERE channel = 'direct' AND NOT ${RE})::int AS direct_n
       FROM rec_dossiers WHERE source = $1 AND unit_code = ANY($2::text[]) AND status = 'finished' AND finished_at >= $3 AND finished_at < $4
       GROUP BY 1`,
      params,
    ),
  ]);
  const byCode = new Map<string, ProcedureDossiers>();
  const entry = (code: string) => {
    let e = byCode.get(code);
    if (!e) {
      e = {
        procedure: code,
        received: 0,
        online: 0,
        fullOnline: 0,
        submitSum: 0,
        submitCount: 0,
        finished: 0,
        onlineSum: 0,
        onlineCount: 0,
        directSum: 0,
        directCount: 0,
      };
      byCode.set(code, e);
    }
    return e;
  };
  for (const r of received) {
    const e = entry(String(r.procedure));
    e.received = Number(r.received);
    e.online = Number(r.online);
    e.fullOnline = Number(r.full_online);
    e.submitSum = Number(r.submit_sum);
    e.submitCount = Number(r.submit_n);
  }
  for (const r of finished) {
    const e = entry(String(r.procedure));
    e.finished = Number(r.finished);
    e.onlineSum = Number(r.online_sum);
    e.onlineCount = Number(r.online_n);
    e.directSum = Number(r.direct_sum);
    e.directCount = Number(r.direct_n);
  }
  return [...byCode.values()];
}

export async function ratingsByProcedure(
  raw: RawSql,
  source: string,
  units: readonly string[],
  window: Window,
): Promise<Map<string, { ratings: number; satisfied: number }>> {
  const rows = await raw.query<{ procedure: string; n: number; ok: number }>(
    `SELECT coalesce(procedure_code, '') AS procedure, count(*)::int AS n,
       count(*) FILTER (WHERE level IN ('satisfied', 'very_satisfied'))::int AS ok
     FROM rec_ratings WHERE source = $1 AND unit_code = ANY($2::text[]) AND rated_at >= $3 AND rated_at < $4
     GROUP BY 1`,
    [source, [...units], window.start.toISOString(), window.end.toISOString()],
  );
  return new Map(rows.map((r) => [r.procedure, { ratings: Number(r.n), satisfied: Number(r.ok) }]));
}
