import { lastNPeriods, parsePeriod, periodCode, periodLabelVi } from '../core/periods.js';
import type { Database } from '../db/connection.js';
import { deadlineLabelVi, periodDeadline } from '../reporting/calendar.js';
import { expectedUnits, loadPlanReporting } from '../reporting/store/catalogue-view.js';
import { type TimelinessTotals, totals, type UnitTimeliness, unitTimeliness } from '../reporting/timeliness.js';

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
  const rows = await database.raw.query<{ unit_code: string; period: string; first_submitted_at: Date | string | null }>(
    'SELECT unit_code, period, first_submitted_at FROM reports WHERE period = ANY($1::text[])',
    [[...periods]],
  );
  const byPeriod = new Map<string, { unitCode: string; firstSubmittedAt: number | null }[]>();
  for (const r of rows) {
    const list = byPeriod.get(r.period) ?? [];
    list.push({ unitCode: r.unit_code, firstSubmittedAt: r.first_submitted_at === null ? null : new Date(r.first_submitted_at).getTime() });
    byPeriod.set(r.period, list);
  }
  return byPeriod;
}

/** Timeliness of `period` and of the `history` periods ending with it, for the expected units among `units`. */
export async function timelinessFor(
  database: Database,
  units: ReadonlySet<string>,
  period: string,
  history: number,
): Promise<TimelinessSection> {
  const [plans, expectedAll] = await Promise.all([loadPlanReporting(database.db), expectedUnits(database.db)]);
  const expected = expectedAll.filter((u) => units.has(u));
  const periods = lastNPeriods(parsePeriod(period), Math.max(history, 1));
  const submissions = await firstSubmissions(database, periods.map(periodCode));
  const rows = periods.map((p) => {
    const deadline = periodDeadline(p, plans);
    const list = unitTimeliness(expected, submissions.get(periodCode(p)) ?? [], deadline);
    return {
      units: list,
      summary: {
        period: periodCode(p),
        label: periodLabelVi(p),
        deadline: new Date(deadline).toISOString(),
        deadlineLabel: deadlineLabelVi(deadline),
        ...totals(list),
      },
    };
  });
  const current = rows.at(-1) as (typeof rows)[number];
  return { ...current.summary, units: current.units, history: rows.map((r) => r.summary) };
}
