import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { targetFor } from '../../core/evaluation.js';
import type { AppDb } from '../../db/connection.js';
import { indicators, indicatorUnits, plans, tasks, taskUnits } from '../../db/schema/index.js';
import type { Frequency, PlanReporting } from '../calendar.js';
import type { FormIndicator, FormTask, ReportForm } from '../content.js';

/** What the reporting cycle reads from the catalogue: plans' reporting rules, a unit's form, who reports. */

type TargetRow = { period: string; op?: '>=' | '>' | '=' | '<=' | '<'; value?: string; text: string };

export async function loadPlanReporting(db: AppDb): Promise<PlanReporting[]> {
  const rows = await db
    .select({ code: plans.code, definition: plans.definition })
    .from(plans)
    .orderBy(asc(plans.code));
  return rows.flatMap((row) => {
    const reporting = (
      row.definition as { reporting?: { frequency: Frequency; dueDay: number; dueTime: string } }
    ).reporting;
    return reporting
      ? [
          {
            planCode: row.code,
            frequency: reporting.frequency,
            dueDay: reporting.dueDay,
            dueTime: reporting.dueTime,
          },
        ]
      : [];
  });
}

/** The form's scope: a periodic report takes everything assigned; a campaign its own lists. */
export interface FormScope {
  indicatorCodes?: readonly string[];
  /** undefined / null: every task of the unit. */
  taskCodes?: readonly string[] | null;
}

function toFormTarget(target: TargetRow | undefined): FormIndicator['target'] {
  if (!target) return null;
  return {
    ...(target.op ? { op: target.op } : {}),
    ...(target.value ? { value: target.value } : {}),
    text: target.text,
  };
}

export async function loadForm(
  db: AppDb,
  unitCode: string,
  year: number,
  scope: FormScope = {},
): Promise<ReportForm> {
  const campaignCodes = scope.indicatorCodes;
  const rows = await db
    .select({
      code: indicators.code,
      name: indicators.name,
      kind: indicators.kind,
      manual: indicators.manual,
      trackingUnitCode: indicators.trackingUnitCode,
      definition: indicators.definition,
      unitTargets: indicatorUnits.targets,
      assigned: indicatorUnits.unitCode,
    })
    .from(indicators)
    .leftJoin(
      indicatorUnits,
      and(eq(indicatorUnits.indicatorCode, indicators.code), eq(indicatorUnits.unitCode, unitCode)),
    )
    .where(
      campaignCodes !== undefined
        ? inArray(indicators.code, campaignCodes.length > 0 ? [...campaignCodes] : ['\u0000'])
        : sql`${indicatorUnits.unitCode} IS NOT NULL`,
    )
    .orderBy(asc(indicators.planCode), asc(indicators.position));

  const formIndicators: FormIndicator[] = rows.map((row) => {
    const definition = row.definition as { unitOfMeasure?: string; targets?: TargetRow[] };
    const own = targetFor((row.unitTargets as TargetRow[] | null) ?? [], year);
    return {
      code: row.code,
      name: row.name,
      kind: row.kind,
      unitOfMeasure: definition.unitOfMeasure ?? '',
      // seed 001: a unit's own target (100%) comes before the province's (≥ 70%)
      target: toFormTarget(own ?? targetFor(definition.targets ?? [], year)),
      manual: row.manual,
      trackingUnitCode: row.trackingUnitCode,
    };
  });

  const taskRows = await db
    .select({
      code: tasks.code,
      name: tasks.name,
      deadlineText: tasks.deadlineText,
      definition: tasks.definition,
      role: taskUnits.role,
    })
    .from(taskUnits)
    .innerJoin(tasks, eq(tasks.code, taskUnits.taskCode))
    .where(
      and(
        eq(taskUnits.unitCode, unitCode),
        scope.taskCodes
          ? inArray(tasks.code, scope.taskCodes.length > 0 ? [...scope.taskCodes] : ['\u0000'])
          : undefined,
      ),
    )
    .orderBy(asc(tasks.planCode), asc(tasks.position));
  const toTask = (row: (typeof taskRows)[number]): FormTask => ({
    code: row.code,
    name: row.name,
    deadlineText: row.deadlineText,
    product: (row.definition as { product?: string }).product ?? null,
  });
  const lead = taskRows.filter((r) => r.role === 'lead');
  const leadCodes = new Set(lead.map((r) => r.code));
  return {
    year,
    indicators: formIndicators,
    leadTasks: lead.map(toTask),
    // a unit that leads a task reports it as lead, not also as a coordinator
    coordinatedTasks: taskRows.filter((r) => r.role === 'coordinator' && !leadCodes.has(r.code)).map(toTask),
  };
}

/** Units expected to report each period: those with an indicator or a task assigned (lead or coordinator). */
export async function expectedUnits(db: AppDb): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: indicatorUnits.unitCode })
    .from(indicatorUnits)
    .union(db.selectDistinct({ code: taskUnits.unitCode }).from(taskUnits));
  return rows.map((r) => r.code).sort();
}

/** Indicator codes of a form, for the policy's "tracks one of its indicators". */
export const indicatorCodesOf = (form: ReportForm) => form.indicators.map((i) => i.code);
