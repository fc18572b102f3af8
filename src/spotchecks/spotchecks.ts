import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { audit } from '../audit/audit.js';
import { type Actor, actorLabel } from '../auth/actor.js';
import type { AppDb, Database } from '../db/connection.js';
import { spotCheckFindings, spotChecks, units } from '../db/schema/index.js';
import { BUILTIN_BY_CODE } from '../results/builtins.js';
import { isPeriod } from '../results/period.js';
import { AppError, notFound } from '../shared/errors.js';

/**
 * Spot checks (kiểm tra đột xuất — SPEC §6.7, seed 000 §V.2): an inspector opens a check on a unit
 * and a period, sees the records behind every number and records findings. What is recorded is
 * evidence: findings are appended, never edited; a check is closed once and then takes no more.
 */

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  id: number;
  indicator: string | null;
  text: string;
  severity: Severity;
  recordedBy: string;
  recordedAt: string;
}

export interface SpotCheck {
  id: number;
  unit: string;
  period: string;
  note: string;
  status: 'open' | 'closed';
  openedBy: string;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  findings: number;
}

type CheckRow = typeof spotChecks.$inferSelect;

function present(row: CheckRow, findings: number): SpotCheck {
  return {
    id: row.id,
    unit: row.unitCode,
    period: row.period,
    note: row.note,
    status: row.closedAt ? 'closed' : 'open',
    openedBy: row.openedBy,
    openedAt: row.openedAt.toISOString(),
    closedBy: row.closedBy,
    closedAt: row.closedAt?.toISOString() ?? null,
    findings,
  };
}

function presentFinding(row: typeof spotCheckFindings.$inferSelect): Finding {
  return {
    id: row.id,
    indicator: row.indicator,
    text: row.text,
    severity: row.severity as Severity,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}

const clean = (text: string) => text.trim().normalize('NFC');

export async function openSpotCheck(
  database: Database,
  actor: Actor,
  input: { unit: string; period: string; note: string },
  now: Date,
): Promise<SpotCheck> {
  if (!isPeriod(input.period)) {
    throw new AppError(
      'invalid_period',
      `Kỳ báo cáo "${input.period}" không hợp lệ (dạng YYYY-MM).`,
      `Invalid period "${input.period}" (YYYY-MM).`,
    );
  }
  return database.transaction(async ({ db }) => {
    const [unit] = await db.select({ code: units.code }).from(units).where(eq(units.code, input.unit));
    if (!unit) throw notFound('đơn vị', 'Unit', input.unit);
    const [row] = await db
      .insert(spotChecks)
      .values({
        unitCode: input.unit,
        period: input.period,
        note: clean(input.note),
        openedBy: actorLabel(actor),
        openedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const check = present(row, 0);
    await audit(db, actor, {
      action: 'spotcheck.open',
      entity: 'spot_check',
      entityId: row.id,
      after: check,
    });
    return check;
  });
}

export async function listSpotChecks(
  db: AppDb,
  filter: { unit?: string; period?: string } = {},
): Promise<SpotCheck[]> {
  const conditions: SQL[] = [];
  if (filter.unit) conditions.push(eq(spotChecks.unitCode, filter.unit));
  if (filter.period) conditions.push(eq(spotChecks.period, filter.period));
  const rows = await db
    .select()
    .from(spotChecks)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(spotChecks.id));
  const findings = await db.select({ id: spotCheckFindings.spotCheckId }).from(spotCheckFindings);
  const count = new Map<number, number>();
  for (const f of findings) count.set(f.id, (count.get(f.id) ?? 0) + 1);
  return rows.map((row) => present(row, count.get(row.id) ?? 0));
}

export async function getSpotCheck(
  db: AppDb,
  id: number,
): Promise<{ check: SpotCheck; findings: Finding[] }> {
  const [row] = await db.select().from(spotChecks).where(eq(spotChecks.id, id));
  if (!row) throw notFound('đợt kiểm tra', 'Spot check', String(id));
  const findings = await db
    .select()
    .from(spotCheckFindings)
    .where(eq(spotCheckFindings.spotCheckId, id))
    .orderBy(asc(spotCheckFindings.id));
  return { check: present(row, findings.length), findings: findings.map(presentFinding) };
}

const closedError = (id: number) =>
  new AppError(
    'spotcheck_closed',
    `Đợt kiểm tra số ${id} đã kết thúc, không ghi thêm được.`,
    `Spot check #${id} is closed; nothing more can be recorded.`,
    {
      status: 409,
    },
  );

export async function recordFinding(
  database: Database,
  actor: Actor,
  id: number,
  input: { indicator?: string | null; text: string; severity: Severity },
  now: Date,
): Promise<Finding> {
  if (input.indicator && !BUILTIN_BY_CODE.has(input.indicator)) {
    throw new AppError(
      'unknown_indicator',
      `Không có chỉ tiêu "${input.indicator}".`,
      `Unknown indicator "${input.indicator}".`,
    );
  }
  return database.transaction(async ({ db }) => {
    // FOR UPDATE: a finding and the closing of its check never cross
    const [check] = await db.select().from(spotChecks).where(eq(spotChecks.id, id)).for('update');
    if (!check) throw notFound('đợt kiểm tra', 'Spot check', String(id));
    if (check.closedAt) throw closedError(id);
    const [row] = await db
      .insert(spotCheckFindings)
      .values({
        spotCheckId: id,
        indicator: input.indicator ?? null,
        text: clean(input.text),
        severity: input.severity,
        recordedBy: actorLabel(actor),
        recordedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const finding = presentFinding(row);
    await audit(db, actor, {
      action: 'spotcheck.finding',
      entity: 'spot_check',
      entityId: id,
      after: finding,
    });
    return finding;
  });
}

export async function closeSpotCheck(
  database: Database,
  actor: Actor,
  id: number,
  now: Date,
): Promise<SpotCheck> {
  return database.transaction(async ({ db }) => {
    const [row] = await db
      .update(spotChecks)
      .set({ closedAt: now, closedBy: actorLabel(actor) })
      .where(and(eq(spotChecks.id, id), isNull(spotChecks.closedAt)))
      .returning();
    if (!row) {
      const [exists] = await db.select({ id: spotChecks.id }).from(spotChecks).where(eq(spotChecks.id, id));
      if (!exists) throw notFound('đợt kiểm tra', 'Spot check', String(id));
      throw closedError(id);
    }
    const findings = await db
      .select({ id: spotCheckFindings.id })
      .from(spotCheckFindings)
      .where(eq(spotCheckFindings.spotCheckId, id));
    const check = present(row, findings.length);
    await audit(db, actor, { action: 'spotcheck.close', entity: 'spot_check', entityId: id, after: check });
    return check;
  });
}
