import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { vnIsoDateOf } from '../core/time.js';
import { getResultsForPeriods } from '../results/cache.js';
import { readCatalogue } from './catalogue.js';
import { flagSummary } from './flags.js';
import { indicatorName, monthPeriods, statusCounts } from './indicator-view.js';
import { checkPeriod } from './province.js';
import { indicatorEntriesOf, latestTaskEntries, loadSubmittedReports } from './reported.js';
import { latestDataPeriod, resolveUnitView } from './scope.js';
import { taskCounts, taskRows } from './task-rows.js';
import { unitTimelinessHistory } from './timeliness.js';
import { unitIndicatorRows } from './unit-indicators.js';

/**
 * A unit's scorecard (issue 5 §2): its assigned indicators against its own targets with their
 * trend, the tasks it leads with status and timing, its timeliness over the last twelve periods,
 * and the open flags on its numbers.
 */
export async function unitScorecard(app: AppContext, actor: Actor, code: string, query: { period?: string }) {
  const catalogue = await readCatalogue(app.database.db);
  const view = resolveUnitView(actor, catalogue, code);
  const now = app.now();
  const period = query.period ? checkPeriod(query.period) : await latestDataPeriod(app.database.raw, now);
  const docs = await getResultsForPeriods(app, monthPeriods(period));
  const reports = await loadSubmittedReports(app.database.raw, { upTo: period, units: [code] });
  const indicators = unitIndicatorRows({
    catalogue,
    unit: code,
    period,
    doc: docs.get(period),
    reported: indicatorEntriesOf(reports, period),
    trendDocs: docs,
  });
  const today = vnIsoDateOf(now.getTime());
  const tasks = taskRows(catalogue, latestTaskEntries(reports), new Set([code]), today);
  return {
    period,
    asOf: today,
    unit: {
      code: view.unit.code,
      name: view.unit.name,
      kind: view.unit.kind,
      parentCode: view.unit.parentCode,
    },
    counts: statusCounts(indicators),
    indicators,
    tasks: { ...taskCounts(tasks), items: tasks },
    timeliness: await unitTimelinessHistory(app.database, code, period, 12),
    flags: flagSummary(docs.get(period), new Set([code]), {
      unit: (c) => catalogue.units.get(c)?.name ?? c,
      indicator: (c) => indicatorName(catalogue, c),
    }),
  };
}
