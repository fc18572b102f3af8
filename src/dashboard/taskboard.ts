import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { authorize, unitScope } from '../auth/policy.js';
import type { TaskStatus, TaskTiming } from '../core/deadlines.js';
import { periodCode, periodOfInstant } from '../core/periods.js';
import { vnIsoDateOf } from '../core/time.js';
import { forbidden, notFound } from '../shared/errors.js';
import { readCatalogue } from './catalogue.js';
import { checkPeriod } from './province.js';
import { latestTaskEntries, loadSubmittedReports } from './reported.js';
import { type TaskRow, taskCounts, taskRows } from './task-rows.js';
import { overallProgress } from './tasks.js';

export type TaskStatusFilter = TaskStatus | 'not_reported';

/**
 * The task board (issue 5 §2, SPEC §7): every task with its lead units, the deadline as written and
 * as parsed, each lead's reported status and the derived timing (overdue, done late…), filtered by
 * plan, lead unit, status and timing, with counts.
 */
export async function taskBoard(
  app: AppContext,
  actor: Actor,
  query: { plan?: string; unit?: string; status?: TaskStatusFilter; timing?: TaskTiming; period?: string },
) {
  authorize(actor, 'results.read');
  const scope = unitScope(actor, 'results.read');
  const catalogue = await readCatalogue(app.database.db);
  if (query.unit !== undefined) {
    if (!catalogue.units.has(query.unit)) throw notFound('đơn vị', 'Unit', query.unit);
    if (scope !== 'all' && !scope.has(query.unit)) throw forbidden();
  }
  if (query.plan !== undefined && !catalogue.plans.some((p) => p.code === query.plan))
    throw notFound('kế hoạch', 'Plan', query.plan);
  const units = new Set(
    query.unit !== undefined ? [query.unit] : scope === 'all' ? [...catalogue.units.keys()] : [...scope],
  );
  const now = app.now();
  const period = query.period
    ? checkPeriod(query.period)
    : periodCode(periodOfInstant(now.getTime(), 'month'));
  const today = vnIsoDateOf(now.getTime());
  const reports = await loadSubmittedReports(app.database.raw, { upTo: period, units: [...units] });
  const all = taskRows(
    catalogue,
    latestTaskEntries(reports),
    units,
    today,
    (t) => query.plan === undefined || t.planCode === query.plan,
  );
  const items = all.flatMap((row): TaskRow[] => {
    const leads = row.leads.filter(
      (l) =>
        (query.status === undefined || (l.status ?? 'not_reported') === query.status) &&
        (query.timing === undefined || l.timing === query.timing),
    );
    return leads.length === 0 ? [] : [{ ...row, ...overallProgress(leads), leads }];
  });
  const byPlan = catalogue.plans.flatMap((p) => {
    const n = items.filter((i) => i.planCode === p.code).length;
    return n > 0 ? [{ plan: p.code, title: p.title, tasks: n }] : [];
  });
  const overdueByUnit = new Map<string, number>();
  for (const i of items)
    for (const l of i.leads)
      if (l.timing === 'overdue') overdueByUnit.set(l.unit, (overdueByUnit.get(l.unit) ?? 0) + 1);
  return {
    period,
    asOf: today,
    filters: {
      plan: query.plan ?? null,
      unit: query.unit ?? null,
      status: query.status ?? null,
      timing: query.timing ?? null,
    },
    counts: { ...taskCounts(items), byPlan },
    overdueByUnit: [...overdueByUnit.entries()]
      .map(([unit, overdue]) => ({ unit, unitName: catalogue.units.get(unit)?.name ?? unit, overdue }))
      .sort((x, y) => y.overdue - x.overdue || x.unit.localeCompare(y.unit)),
    items,
  };
}
