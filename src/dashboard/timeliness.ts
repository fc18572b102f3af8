import { lastNPeriods, parsePeriod, periodCode, periodLabelVi } from '../core/periods.js';
import type { Database } from '../db/connection.js';
import { deadlineLabelVi, periodDeadline } from '../reporting/calendar.js';
import { expectedUnits, loadPlanReporting } from '../reporting/store/catalogue-view.js';
import {
  type TimelinessTotals,
  totals,
  type UnitTimeliness,
  unitTimeliness,
} from '../reporting/timeliness.js';

/**
 * Reporting rate and timeliness for the dashboards, from the reporting cycle's own rules
 * (src/reporting: who is expected, the period's deadline, a unit's first submission), narrowed to
 * the units under the unit being looked at.
 */
export interface PeriodTimeliness extends TimelinessTotals {
  period: string;
  label: string;
  deadline: string;
  deadlineLabel: string;
}

export interface TimelinessSection extends PeriodTimeliness {
  units: UnitTimeliness[];
  history: PeriodTimeliness[];
}

async function firstSubmissions(database: Database, periods: readonly string[]) {
  const rows = await database.raw.query<{
    unit_code: string;
    period: string;
    first_submitted_at: Date | string | null;
  }>('SELECT unit_code, period, first_submitted_at FROM reports WHERE period = ANY($1::text[])', [
    [...periods],
  ]);
  const byPeriod = new Map<string, { unitCode: string; firstSubmittedAt: number | null }[]>();
  for (const r of rows) {
    const list = byPeriod.get(r.period) ?? [];
    list.push({
      unitCode: r.unit_code,
      firstSubmittedAt: r.first_submitted_at === null ? null : new Date(r.first_submitted_at).getTime(),
    });
    byPeriod.set(r.period, list);
  }
  return byPeriod;
}

/** Per period, oldest first: the expected units among `units` and how each reported. */
export async function timelinessByPeriod(
  database: Database,
  units: ReadonlySet<string>,
  period: string,
  count: number,
) {
  const [plans, expectedAll] = await Promise.all([
    loadPlanReporting(database.db),
    expectedUnits(database.db),
  ]);
  const expected = expectedAll.filter((u) => units.has(u));
  const periods = lastNPeriods(parsePeriod(period), Math.max(count, 1));
  const submissions = await firstSubmissions(database, periods.map(periodCode));
  return periods.map((p) => {
    const deadline = periodDeadline(p, plans);
    const list = unitTimeliness(expected, submissions.get(periodCode(p)) ?? [], deadline);
    const summary: PeriodTimeliness = {
      period: periodCode(p),
      label: periodLabelVi(p),
      deadline: new Date(deadline).toISOString(),
      deadlineLabel: deadlineLabelVi(deadline),
      ...totals(list),
    };
    return { units: list, summary };
  });
}

/** Timeliness of `period` and of the `history` periods ending with it, for the expected units among `units`. */
export async function timelinessFor(
  database: Database,
  units: ReadonlySet<string>,
  period: string,
  history: number,
): Promise<TimelinessSection> {
  const rows = await timelinessByPeriod(database, units, period, history);
  const current = rows.at(-1) as (typeof rows)[number];
  return { ...current.summary, units: current.units, history: rows.map((r) => r.summary) };
}

/** One unit's record over the last `count` periods, oldest first; null status where it was not expected. */
export async function unitTimelinessHistory(
  database: Database,
  unit: string,
  period: string,
  count: number,
): Promise<
  (Pick<PeriodTimeliness, 'period' | 'label' | 'deadline' | 'deadlineLabel'> & {
    status: UnitTimeliness['status'] | null;
    submittedAt: string | null;
  })[]
> {
  const rows = await timelinessByPeriod(database, new Set([unit]), period, count);
  return rows.map(({ units, summary }) => ({
    period: summary.period,
    label: summary.label,
    deadline: summary.deadline,
    deadlineLabel: summary.deadlineLabel,
    status: units[0]?.status ?? null,
    submittedAt: units[0]?.submittedAt ?? null,
  }));
}
