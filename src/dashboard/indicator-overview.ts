import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { BUILTIN_BY_CODE, targetForDocument } from '../results/builtins.js';
import { getResultsForPeriods } from '../results/cache.js';
import { notFound } from '../shared/errors.js';
import { assignedText, readCatalogue } from './catalogue.js';
import {
  type BreakdownSort,
  indicatorName,
  monthPeriods,
  resultView,
  sortUnitValues,
  statusCounts,
  trajectoryOf,
  unitValues,
} from './indicator-view.js';
import { checkPeriod } from './province.js';
import { indicatorEntriesOf, loadSubmittedReports } from './reported.js';
import { latestDataPeriod, resolveUnitView } from './scope.js';
import { unitIndicatorRows } from './unit-indicators.js';
import { indexResults, judgedScope, monthlyScope, resultKey, STATUS_VI, targetText } from './values.js';

/**
 * The indicator page (issue 5 §2): definition, formula and sources from the catalogue; every unit's
 * value (sortable); the monthly history of the unit looked at (the province by default); and for
 * every number the query of GET /api/v1/results/records that lists the records behind it.
 */
export async function indicatorOverview(
  app: AppContext,
  actor: Actor,
  code: string,
  query: { period?: string; unit?: string; sort?: BreakdownSort },
) {
  const catalogue = await readCatalogue(app.database.db);
  const entry =
    catalogue.indicatorsByCode.get(code) ?? catalogue.indicators.find((i) => i.computation === code);
  const def = BUILTIN_BY_CODE.get(entry?.computation ?? code);
  if (!entry && !def) throw notFound('chỉ tiêu', 'Indicator', code);
  const view = resolveUnitView(actor, catalogue, query.unit);
  const period = query.period
    ? checkPeriod(query.period)
    : await latestDataPeriod(app.database.raw, app.now());
  const sort = query.sort ?? 'worst';
  const plan = entry ? catalogue.plans.find((p) => p.code === entry.planCode) : undefined;
  const tracking = entry ? catalogue.units.get(entry.trackingUnitCode) : undefined;
  const definition = {
    code: entry?.code ?? code,
    name: entry?.name ?? indicatorName(catalogue, code),
    kind: entry?.kind ?? def?.kind ?? null,
    unitOfMeasure: entry?.unitOfMeasure ?? null,
    computation: def?.code ?? null,
    manual: entry?.manual ?? false,
    isPublic: entry?.isPublic ?? false,
    plan: plan ? { code: plan.code, title: plan.title, number: plan.number } : null,
    group: entry?.group ?? [],
    formula: entry?.definition.formula ?? null,
    targets: entry?.targets ?? [],
    contractTarget: def
      ? { ...targetForDocument(def.target), text: targetText(def.code, targetForDocument(def.target)) }
      : null,
    baseline: entry?.definition.baseline ?? null,
    sources: entry?.definition.sources ?? def?.sources ?? [],
    sourceText: entry?.definition.sourceText ?? null,
    trackingUnit: tracking
      ? { code: tracking.code, name: tracking.name }
      : entry
        ? { code: entry.trackingUnitCode, name: entry.trackingUnitCode }
        : null,
    frequency: entry?.definition.frequency ?? null,
    risk: (entry?.definition.risk as string | undefined) ?? (def?.highRisk ? 'high' : 'normal'),
    aggregation: entry?.definition.aggregation ?? null,
    assignedText: entry ? assignedText(catalogue, entry.assignedRefs) : null,
    notes: entry?.definition.notes ?? null,
    // other catalogue indicators computed the same way (same numbers, other plans' targets)
    sameComputation: def
      ? catalogue.indicators
          .filter((i) => i.computation === def.code && i.code !== entry?.code)
          .map((i) => ({ code: i.code, planCode: i.planCode, name: i.name }))
      : [],
  };

  if (!def) {
    // a manual indicator: what each unit reported for the period, judged against its own target
    if (!entry) throw notFound('chỉ tiêu', 'Indicator', code);
    const assigned = [...(catalogue.assignments.get(entry.code)?.keys() ?? [])].filter((u) =>
      view.subtree.has(u),
    );
    const reports = await loadSubmittedReports(app.database.raw, {
      upTo: period,
      from: period,
      units: assigned,
    });
    const reported = indicatorEntriesOf(reports, period);
    const units = assigned.flatMap((u) => {
      const [row] = unitIndicatorRows({ catalogue, unit: u, period, doc: undefined, reported }).filter(
        (r) => r.code === entry.code,
      );
      const unit = catalogue.units.get(u);
      return row && unit ? [{ unit: u, unitName: unit.name, unitKind: unit.kind, ...row }] : [];
    });
    const vi = new Intl.Collator('vi');
    units.sort(
      (x, y) =>
        (sort === 'name'
          ? 0
          : { chua_dat: 0, chua_danh_gia: 1, dat: 2 }[x.status] -
            { chua_dat: 0, chua_danh_gia: 1, dat: 2 }[y.status]) || vi.compare(x.unitName, y.unitName),
    );
    return {
      period,
      unit: { code: view.unit.code, name: view.unit.name },
      definition,
      counts: statusCounts(units),
      current: null,
      trajectory: null,
      history: [],
      units,
    };
  }

  const docs = await getResultsForPeriods(app, monthPeriods(period));
  const doc = docs.get(period);
  const index = indexResults(doc);
  const scope = judgedScope(def);
  const current = index.get(resultKey(def.code, view.unit.code, scope));
  const visibleUnits = [...view.subtree].flatMap((u) => {
    const info = catalogue.units.get(u);
    return info && u !== view.unit.code ? [info] : [];
  });
  const units = sortUnitValues(unitValues(def, visibleUnits, doc, period, sort), sort, def.code);
  const history = monthPeriods(period).map((p, i) => {
    const idx = indexResults(docs.get(p));
    const month = idx.get(resultKey(def.code, view.unit.code, monthlyScope(def)));
    const judged = idx.get(resultKey(def.code, view.unit.code, scope));
    return {
      period: p,
      month: i + 1,
      monthly: month ? resultView(month, p) : null,
      cumulative: judged ? resultView(judged, p) : null,
    };
  });
  return {
    period,
    unit: { code: view.unit.code, name: view.unit.name },
    definition,
    counts: statusCounts(units),
    current: current ? { ...resultView(current, period), statusLabel: STATUS_VI[current.status] } : null,
    trajectory: trajectoryOf(def, view.unit.code, docs, period),
    history,
    units,
  };
}
