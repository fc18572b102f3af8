import { desc, eq, inArray } from 'drizzle-orm';
import { audit } from '../audit/audit.js';
import { type Actor, actorLabel } from '../auth/actor.js';
import { expandUnitRef } from '../catalogue/selectors.js';
import { parsePeriod, periodCode } from '../core/periods.js';
import { parseIsoDate } from '../core/time.js';
import type { AppDb } from '../db/connection.js';
import { campaigns, indicators, tasks, units } from '../db/schema/index.js';
import { AppError, notFound } from '../shared/errors.js';
import { deadlineLabelVi } from './calendar.js';
import { parseInstant } from './instant.js';

/**
 * Ad-hoc campaigns (báo cáo đột xuất, SPEC §4): a request letter such as "Công văn số
 * 2842/UBND-NC ngày 16/4/2026" asks named units to report on named indicators and tasks by a deadline.
 */
export interface CampaignInput {
  letterNumber: string;
  /** YYYY-MM-DD */
  letterDate: string;
  issuer: string;
  title: string;
  /** Unit codes or catalogue selectors (@so-ban-nganh, @xa-phuong, @all, @divisions:CODE). */
  units: string[];
  indicators: string[];
  /** Omitted: every task of each unit; [] none. */
  tasks?: string[] | null;
  /** ISO 8601; without an offset, Vietnam time. */
  deadline: string;
  /** The period the campaign covers ('2026-Q1'), if any. */
  period?: string | null;
}

export type CampaignRow = typeof campaigns.$inferSelect;
export interface CampaignView {
  id: number;
  letterNumber: string;
  letterDate: string;
  issuer: string;
  title: string;
  units: string[];
  unitCodes: string[];
  indicators: string[];
  tasks: string[] | null;
  deadline: string;
  deadlineLabel: string;
  period: string | null;
  createdBy: string;
  createdAt: string;
}

export function presentCampaign(row: CampaignRow): CampaignView {
  return {
    id: row.id,
    letterNumber: row.letterNumber,
    letterDate: row.letterDate,
    issuer: row.issuer,
    title: row.title,
    units: row.scopeRefs,
    unitCodes: row.unitCodes,
    indicators: row.indicatorCodes,
    tasks: row.taskCodes,
    deadline: row.deadline.toISOString(),
    deadlineLabel: deadlineLabelVi(row.deadline.getTime()),
    period: row.periodCovered,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

const invalid = (vi: string, en: string, details?: unknown) =>
  new AppError('invalid_campaign', vi, en, { status: 400, details });

export async function createCampaign(
  db: AppDb,
  actor: Actor,
  input: CampaignInput,
  now: Date,
): Promise<CampaignView> {
  if (!parseIsoDate(input.letterDate))
    throw invalid(
      `Ngày văn bản không hợp lệ: ${input.letterDate}.`,
      `Invalid letter date: ${input.letterDate}.`,
    );
  const deadline = parseInstant(input.deadline, 'Thời hạn báo cáo');
  const period = input.period ? periodCode(parsePeriod(input.period)) : null;

  const nodes = await db
    .select({ code: units.code, name: units.name, kind: units.kind, parentCode: units.parentCode })
    .from(units);
  const unknownUnits = input.units.filter((ref) => expandUnitRef(ref, nodes) === null);
  if (unknownUnits.length > 0)
    throw invalid(
      `Không có đơn vị: ${unknownUnits.join(', ')}.`,
      `Unknown unit(s): ${unknownUnits.join(', ')}.`,
      { units: unknownUnits },
    );
  const unitCodes = [...new Set(input.units.flatMap((ref) => expandUnitRef(ref, nodes) ?? []))].sort();
  if (unitCodes.length === 0)
    throw invalid('Đợt báo cáo phải có ít nhất một đơn vị.', 'A campaign needs at least one unit.');

  const indicatorCodes = [...new Set(input.indicators)];
  const knownIndicators = indicatorCodes.length
    ? await db
        .select({ code: indicators.code })
        .from(indicators)
        .where(inArray(indicators.code, indicatorCodes))
    : [];
  const missingIndicators = indicatorCodes.filter((c) => !knownIndicators.some((k) => k.code === c));
  if (missingIndicators.length > 0)
    throw invalid(
      `Không có chỉ tiêu: ${missingIndicators.join(', ')}.`,
      `Unknown indicator(s): ${missingIndicators.join(', ')}.`,
    );
  const taskCodes = input.tasks ? [...new Set(input.tasks)] : null;
  if (taskCodes && taskCodes.length > 0) {
    const known = await db.select({ code: tasks.code }).from(tasks).where(inArray(tasks.code, taskCodes));
    const missing = taskCodes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length > 0)
      throw invalid(`Không có nhiệm vụ: ${missing.join(', ')}.`, `Unknown task(s): ${missing.join(', ')}.`);
  }

  const [row] = await db
    .insert(campaigns)
    .values({
      letterNumber: input.letterNumber.trim(),
      letterDate: input.letterDate,
      issuer: input.issuer.trim(),
      title: input.title.trim(),
      scopeRefs: input.units,
      unitCodes,
      indicatorCodes,
      taskCodes,
      deadline: new Date(deadline),
      periodCovered: period,
      createdBy: actorLabel(actor),
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('campaign insert returned nothing');
  const view = presentCampaign(row);
  await audit(db, actor, { action: 'campaign.create', entity: 'campaign', entityId: row.id, after: view });
  return view;
}

export async function listCampaigns(db: AppDb): Promise<CampaignView[]> {
  const rows = await db.select().from(campaigns).orderBy(desc(campaigns.deadline), desc(campaigns.id));
  return rows.map(presentCampaign);
}

export async function loadCampaign(db: AppDb, id: number): Promise<CampaignRow> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) throw notFound('đợt báo cáo', 'Campaign', String(id));
  return row;
}
