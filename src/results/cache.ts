import type { Database } from '../db/connection.js';
import { yieldToEventLoop } from '../shared/yield.js';
import { computeResults } from './compute-results.js';
import type { ResultsDocument } from './core/types.js';

/**
 * Results documents per period, kept in `results_cache` and reused while the data they were
 * computed from is unchanged. The data version is read from what computeResults depends on:
 * imports (every extract, units included), reconciliation decisions and the unit tree. Invalidation
 * is by version only: a new import or decision changes it and the next read recomputes; no timers.
 */

/** Bump when the computation itself changes, so that documents cached by an older build are not reused. */
const COMPUTATION_REVISION = 'r1';

export async function resultsVersion(database: Pick<Database, 'raw'>): Promise<string> {
  const [row] = await database.raw.query<{
    imports: string;
    decisions: string;
    decision_max: string;
    units: string;
    units_at: string | null;
  }>(
    `SELECT
       (SELECT coalesce(max(id), 0) FROM imports)::text AS imports,
       (SELECT count(*) FROM reconciliation_decisions)::text AS decisions,
       (SELECT coalesce(max(id), 0) FROM reconciliation_decisions)::text AS decision_max,
       (SELECT count(*) FROM units)::text AS units,
       (SELECT max(updated_at) FROM units)::text AS units_at`,
  );
  return [
    COMPUTATION_REVISION,
    `i${row?.imports ?? 0}`,
    `d${row?.decisions ?? 0}.${row?.decision_max ?? 0}`,
    `u${row?.units ?? 0}.${row?.units_at ?? ''}`,
  ].join(':');
}

/** The results of a period: the cached document when its version is current, else computed and stored. */
export async function getResults(app: { database: Database }, period: string): Promise<ResultsDocument> {
  const version = await resultsVersion(app.database);
  return resultsAt(app.database, period, version);
}

/** Several periods at one data version (a dashboard's months), computed where not cached. */
export async function getResultsForPeriods(
  app: { database: Database },
  periods: readonly string[],
): Promise<Map<string, ResultsDocument>> {
  const version = await resultsVersion(app.database);
  const out = new Map<string, ResultsDocument>();
  // one at a time: each computation already runs its queries in parallel, and PGlite is single-connection;
  // requests waiting meanwhile get in between two months
  for (const period of [...new Set(periods)]) {
    out.set(period, await resultsAt(app.database, period, version));
    await yieldToEventLoop();
  }
  return out;
}

async function resultsAt(database: Database, period: string, version: string): Promise<ResultsDocument> {
  const [cached] = await database.raw.query<{ document: ResultsDocument | string }>(
    'SELECT document FROM results_cache WHERE period = $1 AND version = $2',
    [period, version],
  );
  if (cached)
    return typeof cached.document === 'string'
      ? (JSON.parse(cached.document) as ResultsDocument)
      : cached.document;
  const document = await computeResults(database, { period });
  await database.raw.query(
    `INSERT INTO results_cache (period, version, document, computed_at) VALUES ($1, $2, $3::jsonb, now())
     ON CONFLICT (period) DO UPDATE SET version = EXCLUDED.version, document = EXCLUDED.document, computed_at = EXCLUDED.computed_at`,
    [period, version, JSON.stringify(document)],
  );
  return document;
}
