import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { readCatalogue, rootUnit } from '../dashboard/catalogue.js';
import { resultView } from '../dashboard/indicator-view.js';
import { checkPeriod } from '../dashboard/province.js';
import { latestDataPeriod, resolveUnitView } from '../dashboard/scope.js';
import { indexResults, resultKey, type Scope, targetText } from '../dashboard/values.js';
import {
  BUILTIN_BY_CODE,
  DEFAULT_REENTRY_TOLERANCE_HOURS,
  DOSSIER_SOURCES,
  targetForDocument,
} from '../results/builtins.js';
import { getResults } from '../results/cache.js';
import { periodWindows } from '../results/period.js';
import {
  dossiersByProcedure,
  primarySource,
  procedureCatalogue,
  procedureNames,
  ratingsByProcedure,
} from './queries.js';
import { procedureQuality, summariseCatalogue, topAndBottom } from './summary.js';

/** Seed 004's indicators, in the order the page shows them. */
export const SERVICE_INDICATORS = ['DV-THOIGIANNOP', 'DV-GIAMTHOIGIAN', 'T26-08', 'HS-TOANTRINH'] as const;

/**
 * The online public-service quality page (seed 004, issue 5 §3), for a unit (the province by default)
 * and a period: the catalogue by online level, auto-filled forms, the three quality indicators with
 * their targets, per unit below it and per procedure.
 */
export async function serviceQuality(
  app: AppContext,
  actor: Actor,
  query: { period?: string; unit?: string; scope?: 'month' | 'ytd'; source?: string; limit?: number },
) {
  const catalogue = await readCatalogue(app.database.db);
  const view = resolveUnitView(actor, catalogue, query.unit);
  const period = query.period
    ? checkPeriod(query.period)
    : await latestDataPeriod(app.database.raw, app.now());
  const scope: Scope = query.scope ?? 'month';
  const windows = periodWindows(period);
  const window = {
    start: scope === 'month' ? windows.monthStart : windows.yearStart,
    end: windows.endExclusive,
  };
  const units = [...view.subtree];

  // the catalogue: at the root every procedure of the snapshot, elsewhere those the units below manage
  const catalogueRows = await procedureCatalogue(app.database.raw, period);
  const catalogueSource =
    query.source ??
    DOSSIER_SOURCES.find((s) => catalogueRows.some((r) => r.source === s)) ??
    catalogueRows[0]?.source ??
    null;
  const isRoot = view.unit.code === rootUnit(catalogue);
  const ofSource = catalogueRows.filter(
    (r) => r.source === catalogueSource && (isRoot || (r.unit !== null && view.subtree.has(r.unit))),
  );
  const byManagingUnit = view.children.flatMap((child) => {
    const below = new Set(
      [...view.subtree].filter((u) => u === child.code || isUnder(catalogue.units, u, child.code)),
    );
    const rows = ofSource.filter((r) => r.unit !== null && below.has(r.unit));
    return rows.length === 0
      ? []
      : [{ unit: child.code, unitName: child.name, ...summariseCatalogue(rows, catalogueSource) }];
  });

  const doc = await getResults(app, period);
  const index = indexResults(doc);
  const indicator = (code: string, unit: string) => {
    const def = BUILTIN_BY_CODE.get(code);
    const r = index.get(resultKey(code, unit, scope));
    const target = def ? targetForDocument(def.target) : null;
    return {
      indicator: code,
      name: def?.name ?? code,
      target: target ? { ...target, text: targetText(code, target) } : null,
      result: r ? resultView(r, period) : null,
    };
  };

  const [dossierSource, ratingSource] = await Promise.all([
    primarySource(app.database.raw, 'rec_dossiers', 'received_at', units, window),
    primarySource(app.database.raw, 'rec_ratings', 'rated_at', units, window),
  ]);
  const [dossiers, ratings, names] = await Promise.all([
    dossierSource
      ? dossiersByProcedure(
          app.database.raw,
          dossierSource,
          units,
          window,
          DEFAULT_REENTRY_TOLERANCE_HOURS * 3600,
        )
      : [],
    ratingSource
      ? ratingsByProcedure(app.database.raw, ratingSource, units, window)
      : new Map<string, { ratings: number; satisfied: number }>(),
    catalogueSource ? procedureNames(app.database.raw, period, catalogueSource) : new Map(),
  ]);
  const codes = new Set([...dossiers.map((d) => d.procedure), ...ratings.keys()]);
  const empty = {
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
  const procedures = [...codes]
    .map((code) =>
      procedureQuality(
        dossiers.find((d) => d.procedure === code) ?? { procedure: code, ...empty },
        ratings.get(code),
        names.get(code),
      ),
    )
    .sort((x, y) => y.received - x.received || x.procedure.localeCompare(y.procedure));

  return {
    period,
    scope,
    unit: { code: view.unit.code, name: view.unit.name },
    sources: { catalogue: catalogueSource, dossiers: dossierSource, ratings: ratingSource },
    catalogue: { ...summariseCatalogue(ofSource, catalogueSource), byUnit: byManagingUnit },
    indicators: SERVICE_INDICATORS.map((code) => indicator(code, view.unit.code)),
    units: view.children.map((child) => ({
      unit: child.code,
      unitName: child.name,
      indicators: SERVICE_INDICATORS.map((code) => indicator(code, child.code)),
    })),
    procedures: {
      total: procedures.length,
      ...topAndBottom(procedures),
      items: procedures.slice(0, query.limit ?? 200),
    },
  };
}

function isUnder(
  units: ReadonlyMap<string, { parentCode: string | null }>,
  code: string,
  ancestor: string,
): boolean {
  let at = units.get(code)?.parentCode ?? null;
  for (let guard = 0; at !== null && guard < 50; guard++) {
    if (at === ancestor) return true;
    at = units.get(at)?.parentCode ?? null;
  }
  return false;
}
