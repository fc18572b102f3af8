import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { vnIsoDateOf } from '../core/time.js';
import { getResultsForPeriods } from '../results/cache.js';
import { isPeriod } from '../results/period.js';
import { AppError } from '../shared/errors.js';
import { readCatalogue } from './catalogue.js';
import { type FlagSummary, flagSummary } from './flags.js';
import {
  type BreakdownSort,
  type IndicatorSummary,
  indicatorName,
  indicatorSummaries,
  monthPeriods,
  statusCounts,
} from './indicator-view.js';
import { latestTaskEntries, loadSubmittedReports } from './reported.js';
import { latestDataPeriod, resolveUnitView } from './scope.js';
import { overdueEntries, type TaskCounts, taskCounts, taskRows } from './task-rows.js';
import { type TimelinessSection, timelinessFor } from './timeliness.js';

/**
 * The province dashboard (issue 5 §1, SPEC §8): where the unit stands on every indicator with
 * results, who is behind, how reporting goes, which tasks are overdue and which flags are open.
 */
export interface Dashboard {
  period: string;
  unit: { code: string; name: string; kind: string };
  children: { code: string; name: string; kind: string }[];
  asOf: string;
  counts: ReturnType<typeof statusCounts>;
  indicators: IndicatorSummary[];
  timeliness: TimelinessSection;
  tasks: TaskCounts & { overdue: ReturnType<typeof overdueEntries> };
  flags: FlagSummary;
}

export function checkPeriod(period: string): string {
  if (!isPeriod(period))
    throw new AppError(
      'invalid_period',
      `Kỳ báo cáo "${period}" không hợp lệ (dạng YYYY-MM).`,
      `Invalid period "${period}" (YYYY-MM).`,
    );
  return period;
}

export async function provinceDashboard(
  app: AppContext,
  actor: Actor,
  query: { period?: string; unit?: string; sort?: BreakdownSort },
): Promise<Dashboard> {
  const catalogue = await readCatalogue(app.database.db);
  const view = resolveUnitView(actor, catalogue, query.unit);
  const now = app.now();
  const period = query.period ? checkPeriod(query.period) : await latestDataPeriod(app.database.raw, now);
  const docs = await getResultsForPeriods(app, monthPeriods(period));
  const indicators = indicatorSummaries({
    catalogue,
    unit: view.unit.code,
    period,
    docs,
    breakdownUnits: view.children,
    sort: query.sort ?? 'worst',
  });
  const today = vnIsoDateOf(now.getTime());
  const reports = await loadSubmittedReports(app.database.raw, { upTo: period, units: [...view.subtree] });
  const rows = taskRows(catalogue, latestTaskEntries(reports), view.subtree, today);
  const overdue = overdueEntries(rows);
  return {
    period,
    unit: { code: view.unit.code, name: view.unit.name, kind: view.unit.kind },
    children: view.children.map((c) => ({ code: c.code, name: c.name, kind: c.kind })),
    asOf: today,
    counts: statusCounts(indicators),
    indicators,
    timeliness: await timelinessFor(app.database, view.subtree, period, 6),
    tasks: { ...taskCounts(rows), overdue: overdue.slice(0, 100) },
    flags: flagSummary(docs.get(period), view.subtree, {
      unit: (c) => catalogue.units.get(c)?.name ?? c,
      indicator: (c) => indicatorName(catalogue, c),
    }),
  };
}
