import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import { vnIsoDateOf } from '../core/time.js';
import { COMMUNE_KINDS, DEPARTMENT_KINDS, readCatalogue } from '../dashboard/catalogue.js';
import { openFlagCountByUnit } from '../dashboard/flags.js';
import { checkPeriod } from '../dashboard/province.js';
import { indicatorEntriesOf, latestTaskEntries, loadSubmittedReports } from '../dashboard/reported.js';
import { latestDataPeriod } from '../dashboard/scope.js';
import { taskRows } from '../dashboard/task-rows.js';
import { isOnTrack } from '../dashboard/tasks.js';
import { timelinessByPeriod } from '../dashboard/timeliness.js';
import { unitIndicatorRows } from '../dashboard/unit-indicators.js';
import { getResults } from '../results/cache.js';
import {
  FORMULA_EN,
  FORMULA_VI,
  RANKING_WEIGHTS,
  rankUnits,
  type ScoreInput,
  scoreUnit,
  TIMELINESS_PERIODS,
} from './score.js';

/**
 * The ranking of units for a period (seed 003 §V.2.g), gathered from the results, the reports and
 * the catalogue, and scored by ./score.ts. Sở, ban, ngành and xã, phường are ranked separately: they
 * are assigned different indicators. A ranking is published (seed 003: the Department of Home
 * Affairs "công bố" it), so every signed-in user who may read results sees it whole.
 */
export const RANKING_GROUPS = [
  {
    key: 'so_ban_nganh',
    label: 'Sở, ban, ngành',
    labelEn: 'Departments and agencies',
    kinds: DEPARTMENT_KINDS,
  },
  { key: 'xa_phuong', label: 'UBND xã, phường', labelEn: 'Communes and wards', kinds: COMMUNE_KINDS },
] as const;

export async function unitRanking(
  app: AppContext,
  actor: Actor,
  query: { period?: string; group?: 'so_ban_nganh' | 'xa_phuong' },
) {
  authorize(actor, 'results.read');
  const catalogue = await readCatalogue(app.database.db);
  const now = app.now();
  const period = query.period ? checkPeriod(query.period) : await latestDataPeriod(app.database.raw, now);
  const ranked = [...catalogue.units.values()].filter(
    (u) => DEPARTMENT_KINDS.has(u.kind) || COMMUNE_KINDS.has(u.kind),
  );
  const codes = new Set(ranked.map((u) => u.code));
  const [doc, reports, timeliness] = await Promise.all([
    getResults(app, period),
    loadSubmittedReports(app.database.raw, { upTo: period, units: [...codes] }),
    timelinessByPeriod(app.database, codes, period, TIMELINESS_PERIODS),
  ]);
  const reportedIndicators = indicatorEntriesOf(reports, period);
  const tasks = taskRows(catalogue, latestTaskEntries(reports), codes, vnIsoDateOf(now.getTime()));
  const flags = openFlagCountByUnit(doc);

  const inputs = new Map<string, ScoreInput>();
  for (const u of ranked) {
    const indicators = unitIndicatorRows({
      catalogue,
      unit: u.code,
      period,
      doc,
      reported: reportedIndicators,
    });
    const periods = timeliness
      .map((p) => p.units.find((x) => x.unitCode === u.code))
      .filter((x) => x !== undefined);
    const leads = tasks.flatMap((t) => t.leads.filter((l) => l.unit === u.code));
    inputs.set(u.code, {
      indicatorsJudged: indicators.filter((i) => i.status !== 'chua_danh_gia').length,
      indicatorsAchieved: indicators.filter((i) => i.status === 'dat').length,
      periodsExpected: periods.length,
      periodsOnTime: periods.filter((p) => p.onTime).length,
      tasksLed: leads.length,
      tasksOnTrack: leads.filter(isOnTrack).length,
      openFlags: flags.get(u.code) ?? 0,
    });
  }

  const groups = RANKING_GROUPS.filter((g) => query.group === undefined || g.key === query.group).map(
    (g) => ({
      key: g.key,
      label: g.label,
      labelEn: g.labelEn,
      items: rankUnits(
        ranked
          .filter((u) => g.kinds.has(u.kind))
          .map((u) => ({
            unit: u.code,
            unitName: u.name,
            kind: u.kind,
            input: inputs.get(u.code) as ScoreInput,
            score: scoreUnit(inputs.get(u.code) as ScoreInput),
          })),
      ),
    }),
  );
  return {
    period,
    formula: {
      vi: FORMULA_VI,
      en: FORMULA_EN,
      weights: RANKING_WEIGHTS,
      timelinessPeriods: TIMELINESS_PERIODS,
      timelinessWindow: timeliness.map((p) => p.summary.period),
    },
    groups,
  };
}
