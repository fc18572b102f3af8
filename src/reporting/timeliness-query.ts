import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { authorize, unitScope } from '../auth/policy.js';
import { lastNPeriods, type Period, parsePeriod, periodCode, periodLabelVi } from '../core/periods.js';
import type { AppDb } from '../db/connection.js';
import { reports, units } from '../db/schema/index.js';
import { deadlineLabelVi, type PlanReporting, periodDeadline } from './calendar.js';
import { loadCampaign } from './campaigns.js';
import { expectedUnits, loadPlanReporting } from './store/catalogue-view.js';
import { type TimelinessTotals, totals, type UnitTimeliness, unitTimeliness } from './timeliness.js';

export interface TimelinessView {
  period: string | null;
  campaignId: number | null;
  label: string;
  deadline: string;
  deadlineLabel: string;
  units: (UnitTimeliness & { unitName: string })[];
  totals: TimelinessTotals;
  history?: ({ period: string; label: string; deadline: string } & TimelinessTotals)[];
}

async function submissions(db: AppDb, where: ReturnType<typeof eq>) {
  const rows = await db
    .select({ unitCode: reports.unitCode, firstSubmittedAt: reports.firstSubmittedAt })
    .from(reports)
    .where(where);
  return rows.map((r) => ({ unitCode: r.unitCode, firstSubmittedAt: r.firstSubmittedAt?.getTime() ?? null }));
}

const visible = (scope: 'all' | ReadonlySet<string>, codes: readonly string[]) =>
  scope === 'all' ? [...codes] : codes.filter((c) => scope.has(c));

async function periodRows(
  db: AppDb,
  period: Period,
  plans: readonly PlanReporting[],
  expected: readonly string[],
) {
  const deadline = periodDeadline(period, plans);
  const rows = unitTimeliness(
    expected,
    await submissions(db, eq(reports.period, periodCode(period))),
    deadline,
  );
  return { deadline, rows };
}

/** GET /timeliness: per unit and for the province, and optionally the last N periods' totals. */
export async function timeliness(
  db: AppDb,
  actor: Actor,
  query: { period?: string; campaign?: number; history?: number },
): Promise<TimelinessView> {
  authorize(actor, 'reports.read');
  const scope = unitScope(actor, 'reports.read');
  const names = new Map(
    (await db.select({ code: units.code, name: units.name }).from(units)).map((u) => [u.code, u.name]),
  );
  const named = (rows: UnitTimeliness[]) =>
    rows.map((r) => ({ ...r, unitName: names.get(r.unitCode) ?? r.unitCode }));

  if (query.campaign) {
    const campaign = await loadCampaign(db, query.campaign);
    const expected = visible(scope, campaign.unitCodes);
    const deadline = campaign.deadline.getTime();
    const rows = unitTimeliness(
      expected,
      await submissions(db, eq(reports.campaignId, campaign.id)),
      deadline,
    );
    return {
      period: null,
      campaignId: campaign.id,
      label: `${campaign.title} (${campaign.letterNumber})`,
      deadline: campaign.deadline.toISOString(),
      deadlineLabel: deadlineLabelVi(deadline),
      units: named(rows),
      totals: totals(rows),
    };
  }

  const period = parsePeriod(query.period ?? '');
  const plans = await loadPlanReporting(db);
  const expected = visible(scope, await expectedUnits(db));
  const { deadline, rows } = await periodRows(db, period, plans, expected);
  const view: TimelinessView = {
    period: periodCode(period),
    campaignId: null,
    label: periodLabelVi(period),
    deadline: new Date(deadline).toISOString(),
    deadlineLabel: deadlineLabelVi(deadline),
    units: named(rows),
    totals: totals(rows),
  };
  if (query.history) {
    view.history = [];
    for (const p of lastNPeriods(period, query.history)) {
      const past = await periodRows(db, p, plans, expected);
      view.history.push({
        period: periodCode(p),
        label: periodLabelVi(p),
        deadline: new Date(past.deadline).toISOString(),
        ...totals(past.rows),
      });
    }
  }
  return view;
}
