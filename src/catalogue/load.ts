import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AppContext } from '../app/context.js';
import { audit } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { earliestDueDate, parseDeadline } from '../core/deadlines.js';
import type { AppDb } from '../db/connection.js';
import { indicators, indicatorUnits, plans, tasks, taskUnits, units } from '../db/schema/index.js';
import { importExtract } from '../extracts/import.js';
import { AppError } from '../shared/errors.js';
import { defaultCatalogueDir } from './dir.js';
import type { Plan } from './schema.js';
import { expandUnitRefs, type UnitNode } from './selectors.js';
import { type CatalogueFile, type CatalogueProblem, validateCatalogue } from './validate.js';

export { defaultCatalogueDir };

export function readPlanFiles(dir: string): CatalogueFile[] {
  const plansDir = join(dir, 'plans');
  return readdirSync(plansDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(plansDir, name), 'utf8').normalize('NFC');
      try {
        return { fileName: `plans/${name}`, content: parseYaml(text) as unknown };
      } catch (error) {
        throw new AppError(
          'catalogue_invalid',
          `Tệp plans/${name} không phải YAML hợp lệ: ${(error as Error).message}`,
          `plans/${name} is not valid YAML: ${(error as Error).message}`,
        );
      }
    });
}

export function unitFiles(dir: string): string[] {
  const unitsDir = join(dir, 'units');
  return readdirSync(unitsDir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => join(unitsDir, name));
}

export function formatProblems(problems: readonly CatalogueProblem[]): string {
  return problems.map((p) => `- ${p.file} — ${p.at}: ${p.vi}`).join('\n');
}

export async function readUnits(db: AppDb): Promise<UnitNode[]> {
  const rows = await db
    .select({ code: units.code, name: units.name, kind: units.kind, parentCode: units.parentCode })
    .from(units);
  return rows;
}

/**
 * Loads the catalogue: the units files through the ordinary `units` importer (so any province can
 * load its own the same way), then every plan file, validated as a whole. Nothing is stored when any
 * file has a problem; the problems are all listed.
 */
export async function loadCatalogue(
  app: AppContext,
  actor: Actor,
  dir = defaultCatalogueDir,
): Promise<{ plans: number; indicators: number; tasks: number }> {
  for (const path of unitFiles(dir)) {
    const summary = await importExtract(
      { database: app.database, filesDir: app.config.filesDir, actor, now: app.now },
      { recordSet: 'units', fileName: path.split('/').at(-1) ?? path, body: path, via: 'cli' },
    );
    if (summary.status === 'rejected') {
      const lines = summary.rejected.map((r) => `  Dòng ${r.line ?? '?'}: ${r.vi}`).join('\n');
      throw new AppError(
        'catalogue_invalid',
        `Tệp đơn vị ${path} bị từ chối:\n${lines}`,
        `Units file ${path} was rejected.`,
      );
    }
  }
  const unitNodes = await readUnits(app.database.db);
  const validated = validateCatalogue(readPlanFiles(dir), unitNodes);
  if (validated.problems.length > 0) {
    throw new AppError(
      'catalogue_invalid',
      `Danh mục kế hoạch có ${validated.problems.length} lỗi, chưa nạp gì:\n${formatProblems(validated.problems)}`,
      `The plan catalogue has ${validated.problems.length} problems; nothing was loaded.`,
      { details: validated.problems },
    );
  }
  return app.database.transaction(async (tx) =>
    storeCatalogue(
      tx.db,
      actor,
      validated.plans.map((p) => p.plan),
      unitNodes,
      validated.plans.map((p) => p.fileName),
    ),
  );
}

/** Loads the shipped catalogue into an empty database (first start). */
export async function ensureCatalogue(app: AppContext, actor: Actor): Promise<boolean> {
  const [existing] = await app.database.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM plans');
  if ((existing?.n ?? 0) > 0) return false;
  await loadCatalogue(app, actor);
  return true;
}

async function storeCatalogue(
  db: AppDb,
  actor: Actor,
  planList: Plan[],
  unitNodes: UnitNode[],
  fileNames: string[],
) {
  const planCodes = planList.map((p) => p.plan.code);
  const before = await db.select({ code: plans.code }).from(plans);
  // The files are the source of truth: reloading replaces each plan with its file's content whole.
  await db.delete(taskUnits);
  await db.delete(indicatorUnits);
  await db.delete(tasks);
  await db.delete(indicators);
  await db.delete(plans);

  let indicatorCount = 0;
  let taskCount = 0;
  for (const [index, { plan: meta, indicators: planIndicators, tasks: planTasks }] of planList.entries()) {
    await db.insert(plans).values({
      code: meta.code,
      docType: meta.docType,
      number: meta.number,
      title: meta.title,
      issuerCode: meta.issuer,
      issuedOn: meta.issuedOn,
      signer: meta.signer ?? null,
      legalBases: meta.legalBases,
      implementsCode: meta.implements,
      phases: meta.phases,
      seedFile: meta.seedFile,
      definition: { ...meta, file: fileNames[index] },
    });
    if (planIndicators.length > 0) {
      await db.insert(indicators).values(
        planIndicators.map((indicator, position) => ({
          code: indicator.code,
          planCode: meta.code,
          position,
          name: indicator.name,
          kind: indicator.kind,
          trackingUnitCode: indicator.trackingUnit,
          risk: indicator.risk,
          manual: indicator.computation === 'manual',
          computation: indicator.computation === 'manual' ? null : indicator.computation,
          definition: indicator,
        })),
      );
      const assignments = planIndicators.flatMap((indicator) => {
        const own = new Map<string, unknown[]>();
        for (const t of indicator.unitTargets) {
          for (const code of expandUnitRefs([t.unit], unitNodes))
            own.set(code, [...(own.get(code) ?? []), t]);
        }
        return expandUnitRefs(indicator.assignedUnits, unitNodes).map((unitCode) => ({
          indicatorCode: indicator.code,
          unitCode,
          targets: own.get(unitCode) ?? null,
          sourcePlanCode: meta.code,
        }));
      });
      for (let i = 0; i < assignments.length; i += 1000)
        await db.insert(indicatorUnits).values(assignments.slice(i, i + 1000));
      indicatorCount += planIndicators.length;
    }
    if (planTasks.length > 0) {
      await db.insert(tasks).values(
        planTasks.map((task, position) => {
          const deadline = parseDeadline(task.deadlineText);
          return {
            code: task.code,
            planCode: meta.code,
            position,
            indicatorCode: task.indicator ?? null,
            name: task.name,
            deadlineText: task.deadlineText,
            deadline,
            dueOn: earliestDueDate(deadline),
            definition: task,
          };
        }),
      );
      const links = planTasks.flatMap((task) => [
        ...expandUnitRefs(task.lead, unitNodes).map((unitCode) => ({
          taskCode: task.code,
          unitCode,
          role: 'lead',
        })),
        ...expandUnitRefs(task.coordinators, unitNodes).map((unitCode) => ({
          taskCode: task.code,
          unitCode,
          role: 'coordinator',
        })),
      ]);
      const unique = [...new Map(links.map((l) => [`${l.taskCode}|${l.unitCode}|${l.role}`, l])).values()];
      for (let i = 0; i < unique.length; i += 1000)
        await db.insert(taskUnits).values(unique.slice(i, i + 1000));
      taskCount += planTasks.length;
    }
  }
  await audit(db, actor, {
    action: 'catalogue.load',
    entity: 'catalogue',
    before: { plans: before.map((p) => p.code) },
    after: { plans: planCodes, indicators: indicatorCount, tasks: taskCount },
  });
  return { plans: planList.length, indicators: indicatorCount, tasks: taskCount };
}
