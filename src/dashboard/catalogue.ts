import { asc } from 'drizzle-orm';
import { selectorLabel } from '../catalogue/selectors.js';
import type { Deadline } from '../core/deadlines.js';
import { targetFor } from '../core/evaluation.js';
import type { AppDb } from '../db/connection.js';
import { indicators, indicatorUnits, plans, tasks, taskUnits, units } from '../db/schema/index.js';

/**
 * The catalogue as the dashboards read it: units as a tree, indicators with their definitions and
 * assignments, tasks with their lead units. One read, then everything in memory (≈ 100 units,
 * ≈ 200 indicators, ≈ 200 tasks).
 */

export interface UnitInfo {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

export interface TargetRow {
  period: string;
  op?: '>=' | '>' | '=' | '<=' | '<';
  value?: string;
  text: string;
}

export interface CatalogueIndicator {
  code: string;
  planCode: string;
  position: number;
  name: string;
  kind: string;
  /** Built-in computation (T26-01, HS-SOHOA…) or null for a manual indicator. */
  computation: string | null;
  manual: boolean;
  trackingUnitCode: string;
  isPublic: boolean;
  unitOfMeasure: string;
  group: string[];
  stt: string | null;
  targets: TargetRow[];
  /** Unit references as written (codes or @selectors). */
  assignedRefs: string[];
  definition: Record<string, unknown>;
}

export interface CatalogueTask {
  code: string;
  planCode: string;
  position: number;
  indicatorCode: string | null;
  name: string;
  deadlineText: string;
  deadline: Deadline;
  dueOn: string | null;
  product: string | null;
  group: string[];
  stt: string | null;
  leadText: string;
  leads: string[];
  coordinators: string[];
}

export interface PlanInfo {
  code: string;
  title: string;
  docType: string;
  issuerCode: string;
  number: string | null;
  /** As the plan prints it: "CHÁNH VĂN PHÒNG", "Trần Bình Minh". */
  signer: { authority?: string; title?: string; name?: string } | null;
}

export interface Catalogue {
  units: Map<string, UnitInfo>;
  children: Map<string, string[]>;
  plans: PlanInfo[];
  indicators: CatalogueIndicator[];
  indicatorsByCode: Map<string, CatalogueIndicator>;
  /** indicator code → unit code → the unit's own targets (null = the indicator's). */
  assignments: Map<string, Map<string, TargetRow[] | null>>;
  tasks: CatalogueTask[];
}

const vi = new Intl.Collator('vi');

export async function readCatalogue(db: AppDb): Promise<Catalogue> {
  const [unitRows, planRows, indicatorRows, assignmentRows, taskRows, taskUnitRows] = await Promise.all([
    db
      .select({ code: units.code, name: units.name, kind: units.kind, parentCode: units.parentCode })
      .from(units),
    db
      .select({
        code: plans.code,
        title: plans.title,
        docType: plans.docType,
        issuerCode: plans.issuerCode,
        number: plans.number,
        signer: plans.signer,
      })
      .from(plans)
      .orderBy(asc(plans.code)),
    db.select().from(indicators).orderBy(asc(indicators.planCode), asc(indicators.position)),
    db.select().from(indicatorUnits),
    db.select().from(tasks).orderBy(asc(tasks.planCode), asc(tasks.position)),
    db.select().from(taskUnits),
  ]);
  const unitMap = new Map(unitRows.map((u) => [u.code, u]));
  const children = new Map<string, string[]>();
  for (const u of [...unitRows].sort((x, y) => vi.compare(x.name, y.name))) {
    if (u.parentCode === null) continue;
    children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u.code]);
  }
  const catalogueIndicators = indicatorRows.map((row): CatalogueIndicator => {
    const d = row.definition as {
      unitOfMeasure?: string;
      group?: string[];
      stt?: string;
      targets?: TargetRow[];
      assignedUnits?: string[];
    };
    return {
      code: row.code,
      planCode: row.planCode,
      position: row.position,
      name: row.name,
      kind: row.kind,
      computation: row.computation,
      manual: row.manual,
      trackingUnitCode: row.trackingUnitCode,
      isPublic: row.isPublic,
      unitOfMeasure: d.unitOfMeasure ?? '',
      group: d.group ?? [],
      stt: d.stt ?? null,
      targets: d.targets ?? [],
      assignedRefs: d.assignedUnits ?? [],
      definition: row.definition as Record<string, unknown>,
    };
  });
  const assignments = new Map<string, Map<string, TargetRow[] | null>>();
  for (const a of assignmentRows) {
    const byUnit = assignments.get(a.indicatorCode) ?? new Map<string, TargetRow[] | null>();
    byUnit.set(a.unitCode, (a.targets as TargetRow[] | null) ?? null);
    assignments.set(a.indicatorCode, byUnit);
  }
  const links = new Map<string, { leads: string[]; coordinators: string[] }>();
  for (const l of taskUnitRows) {
    const entry = links.get(l.taskCode) ?? { leads: [], coordinators: [] };
    (l.role === 'lead' ? entry.leads : entry.coordinators).push(l.unitCode);
    links.set(l.taskCode, entry);
  }
  const catalogueTasks = taskRows.map((row): CatalogueTask => {
    const d = row.definition as { product?: string; group?: string[]; stt?: string; leadText?: string };
    const entry = links.get(row.code) ?? { leads: [], coordinators: [] };
    return {
      code: row.code,
      planCode: row.planCode,
      position: row.position,
      indicatorCode: row.indicatorCode,
      name: row.name,
      deadlineText: row.deadlineText,
      deadline: row.deadline as Deadline,
      dueOn: row.dueOn,
      product: d.product ?? null,
      group: d.group ?? [],
      stt: d.stt ?? null,
      leadText: d.leadText ?? entry.leads.map((c) => unitMap.get(c)?.name ?? c).join('; '),
      leads: entry.leads.sort(),
      coordinators: entry.coordinators.sort(),
    };
  });
  return {
    units: unitMap,
    children,
    plans: planRows.map((p) => ({ ...p, signer: (p.signer as PlanInfo['signer']) ?? null })),
    indicators: catalogueIndicators,
    indicatorsByCode: new Map(catalogueIndicators.map((i) => [i.code, i])),
    assignments,
    tasks: catalogueTasks,
  };
}

/** The unit and every unit below it. */
export function subtreeOf(catalogue: Pick<Catalogue, 'children'>, code: string): Set<string> {
  const out = new Set<string>();
  const stack = [code];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (out.has(next)) continue;
    out.add(next);
    stack.push(...(catalogue.children.get(next) ?? []));
  }
  return out;
}

/** The root of the tree (the province): the unit without a parent that has the most units below it. */
export function rootUnit(catalogue: Pick<Catalogue, 'units' | 'children'>): string | null {
  const roots = [...catalogue.units.values()].filter((u) => u.parentCode === null);
  roots.sort(
    (x, y) =>
      subtreeOf(catalogue, y.code).size - subtreeOf(catalogue, x.code).size || x.code.localeCompare(y.code),
  );
  return roots[0]?.code ?? null;
}

/** The target that applies to a unit in a year: its own (seed 001), else the indicator's. */
export function targetForUnit(
  catalogue: Pick<Catalogue, 'assignments'>,
  indicator: CatalogueIndicator,
  unitCode: string,
  year: number,
): { target: TargetRow | null; own: boolean } {
  const own = catalogue.assignments.get(indicator.code)?.get(unitCode);
  const ownTarget = own ? targetFor(own, year) : undefined;
  if (ownTarget) return { target: ownTarget, own: true };
  return { target: targetFor(indicator.targets, year) ?? null, own: false };
}

/** "Cơ quan chủ trì" as a report prints it: group selectors in words, unit codes as names. */
export function assignedText(catalogue: Pick<Catalogue, 'units'>, refs: readonly string[]): string {
  return refs.map((ref) => selectorLabel(ref)?.vi ?? catalogue.units.get(ref)?.name ?? ref).join('; ');
}

export const DEPARTMENT_KINDS: ReadonlySet<string> = new Set(['department', 'agency']);
export const COMMUNE_KINDS: ReadonlySet<string> = new Set(['commune', 'ward']);
