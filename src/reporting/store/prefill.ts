import { type Period, periodCode, periodMonths } from '../../core/periods.js';
import type { Database } from '../../db/connection.js';
import { BUILTIN_BY_CODE } from '../../results/builtins.js';
import { getResults } from '../../results/cache.js';
import type { Result } from '../../results/core/types.js';
import type { FormIndicator } from '../content.js';

/**
 * Seed 000 §V.1: a report carries the numbers extracted from the source systems. When a version is
 * opened, the results engine computes each built-in indicator for the unit; the value is put in
 * the draft with its extract reference (import id, SHA-256 of the primary source's file).
 */
export interface ExtractedValue {
  a: number | null;
  b: number | null;
  value: number | null;
  status: string;
  scope: string;
  source: string;
  importId: number;
  sha256: string;
}
export type Extracted = Record<string, ExtractedValue>;

/** SPEC §3: annual targets are judged year-to-date, snapshot indicators at the period's end. */
const SCOPE_PREFERENCE = ['ytd', 'snapshot', 'month'] as const;

const RECORD_SET_OF_BASIS: Record<string, string> = {
  dossiers_finished: 'dossiers',
  dossiers_received: 'dossiers',
};
const SNAPSHOT_SETS = new Set(['procedures', 'procedure_components', 'staff']);

/** The month whose results stand for the period: the period's last month (ytd and snapshots end there). */
export function resultsMonth(period: Period): string {
  return periodCode({ kind: 'month', year: period.year, index: periodMonths(period).last });
}

function pick(results: readonly Result[], code: string): Result | undefined {
  for (const scope of SCOPE_PREFERENCE) {
    const found = results.find((r) => r.indicator === code && r.scope === scope);
    if (found) return found;
  }
  return undefined;
}

/** The extract behind a source's value: the latest of its record set (for snapshots, the one in force). */
async function extractOf(database: Database, recordSet: string, source: string, month: string) {
  const snapshot = SNAPSHOT_SETS.has(recordSet);
  const rows = await database.raw.query<{ id: number; sha256: string }>(
    `SELECT id::int AS id, sha256 FROM imports
      WHERE record_set = $1 AND source = $2 ${snapshot ? 'AND period <= $3' : ''}
      ORDER BY ${snapshot ? 'period DESC,' : ''} id DESC LIMIT 1`,
    snapshot ? [recordSet, source, month] : [recordSet, source],
  );
  return rows[0];
}

export async function extractedValues(
  database: Database,
  unitCode: string,
  period: Period,
  indicators: readonly FormIndicator[],
): Promise<Extracted> {
  const builtins = indicators.filter((i) => BUILTIN_BY_CODE.has(i.code));
  if (builtins.length === 0) return {};
  const month = resultsMonth(period);
  // The province's document for the month, from the results cache (warmed at start, recomputed only
  // when the data changed): opening a report no longer computes every result for one unit's sake.
  const document = await getResults({ database }, month);
  const unitResults = document.results.filter((r) => r.unit === unitCode);
  const out: Extracted = {};
  for (const indicator of builtins) {
    const result = pick(unitResults, indicator.code);
    const definition = BUILTIN_BY_CODE.get(indicator.code);
    if (!result || !definition || (result.a === null && result.value === null)) continue;
    // the official value is the decided source's, else the primary's that has data (contract: sources, primary first)
    const source =
      result.decision?.source ?? result.sources.find((s) => s.a !== null)?.source ?? definition.sources[0];
    if (!source) continue;
    const recordSet = RECORD_SET_OF_BASIS[definition.basis] ?? definition.basis;
    const extract = await extractOf(database, recordSet, source, month);
    if (!extract) continue;
    out[indicator.code] = {
      a: result.a,
      b: result.b,
      value: result.value,
      status: result.status,
      scope: result.scope,
      source,
      importId: extract.id,
      sha256: extract.sha256,
    };
  }
  return out;
}
