import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import { targetFor } from '../core/evaluation.js';
import { instantToVnParts, vnIsoDateOf } from '../core/time.js';
import type { IndicatorRowInput, OfficialReportInput, SectionKey, TaskRowInput } from '../exports/build.js';
import { type ReportBlock, type ReportDate, romanNumeral, type SignatureBlock } from '../exports/model.js';
import type { NarrativeInput, UnitSubmission } from '../exports/narrative.js';
import { BUILTIN_BY_CODE } from '../results/builtins.js';
import { getResults } from '../results/cache.js';
import { notFound } from '../shared/errors.js';
import {
  assignedText,
  type Catalogue,
  type CatalogueIndicator,
  type CatalogueTask,
  readCatalogue,
  rootUnit,
  subtreeOf,
} from './catalogue.js';
import { checkPeriod } from './province.js';
import {
  indicatorEntriesOf,
  latestTaskEntries,
  loadSubmittedReports,
  type SubmittedReport,
} from './reported.js';
import { leadProgress, overallProgress } from './tasks.js';
import { unitIndicatorRows } from './unit-indicators.js';
import { indexResults, judgedScope, resultKey } from './values.js';

/**
 * The official report of a unit (or the province) for a period, gathered from the results, the
 * catalogue and the reports (issue 5 §5): Phụ lục I rows as the unit's report plan prints them
 * (for the Office, plan 002's groups) or, without one, its indicators grouped by plan; Phụ lục III
 * from its lead tasks with their reported status; sections II–IV drafted from the data. The route
 * renders it with src/exports. Reading choices: docs/decisions/dashboard.md.
 */
export interface DraftOptions {
  unit: string;
  period: string;
  number?: string | null;
  symbol?: string;
  /** YYYY-MM-DD; default: this month with the day left blank for the clerk (as seed 002 prints "ngày /4/2026"). */
  date?: string;
  signer?: { authority: string[]; name: string };
  recipients?: string[];
  sections?: Partial<Record<SectionKey, ReportBlock[]>>;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const upper = (text: string) => text.toLocaleUpperCase('vi');

/** A plan the unit itself issued as a report (docType BÁO CÁO): its rows are the layout to reproduce. */
function reportPlanOf(catalogue: Catalogue, unit: string) {
  return catalogue.plans.filter((p) => p.issuerCode === unit && upper(p.docType) === 'BÁO CÁO').at(-1);
}

function indicatorsFor(
  catalogue: Catalogue,
  unit: string,
  isRoot: boolean,
): { indicators: CatalogueIndicator[]; grouped: boolean } {
  const reportPlan = reportPlanOf(catalogue, unit);
  if (reportPlan)
    return { indicators: catalogue.indicators.filter((i) => i.planCode === reportPlan.code), grouped: false };
  const assigned = catalogue.indicators.filter((i) => catalogue.assignments.get(i.code)?.has(unit));
  if (assigned.length > 0 || !isRoot) return { indicators: assigned, grouped: true };
  // the province reports on the indicators of the plans it issued
  const issued = new Set(catalogue.plans.filter((p) => p.issuerCode === unit).map((p) => p.code));
  return { indicators: catalogue.indicators.filter((i) => issued.has(i.planCode)), grouped: true };
}

function tasksFor(catalogue: Catalogue, unit: string, isRoot: boolean): CatalogueTask[] {
  const reportPlan = reportPlanOf(catalogue, unit);
  if (reportPlan) return catalogue.tasks.filter((t) => t.planCode === reportPlan.code);
  const led = catalogue.tasks.filter((t) => t.leads.includes(unit));
  if (led.length > 0 || !isRoot) return led;
  const issued = new Set(catalogue.plans.filter((p) => p.issuerCode === unit).map((p) => p.code));
  return catalogue.tasks.filter((t) => issued.has(t.planCode));
}

/**
 * Group headings when a unit's rows come from several plans: the plan as a lettered heading
 * ("A. KẾ HOẠCH SỐ 169/KH-UBND: …") and the row's own path within the plan, without its printed
 * numbering, as a Roman-numbered heading under it (numbered I, II… in order of appearance).
 */
function planGroups<T extends { planCode: string; group: string[] }>(
  catalogue: Catalogue,
  rows: readonly T[],
  grouped: boolean,
) {
  if (!grouped) return (row: T) => row.group;
  const plans = [...new Set(rows.map((r) => r.planCode))];
  const subgroups = new Map<string, string[]>();
  return (row: T) => {
    const plan = catalogue.plans.find((p) => p.code === row.planCode);
    const letter = LETTERS[plans.indexOf(row.planCode)] ?? 'Z';
    const title = plan
      ? `${upper(plan.docType)}${plan.number ? ` SỐ ${plan.number}` : ''}: ${upper(plan.title)}`
      : row.planCode;
    const path = row.group
      .filter((g) => !/^phụ lục/i.test(g))
      .map((g) => g.replace(/^(?:[A-Z]+|\d+)(?:\.\d+)*\.\s+/u, ''))
      .join(' — ');
    if (path === '') return [`${letter}. ${title}`];
    const seen = subgroups.get(row.planCode) ?? [];
    if (!seen.includes(path)) seen.push(path);
    subgroups.set(row.planCode, seen);
    return [`${letter}. ${title}`, `${romanNumeral(seen.indexOf(path) + 1)}. ${path}`];
  };
}

/** "UBND tỉnh Sơn La", "Tỉnh Sơn La" → "tỉnh Sơn La": the province as the text names it after "UBND". */
export function provinceName(rootName: string): string {
  const bare = rootName.replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, '').trim();
  return bare.charAt(0).toLocaleLowerCase('vi') + bare.slice(1);
}

const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

function submissionsOf(
  reports: readonly SubmittedReport[],
  period: string,
  name: (code: string) => string,
): UnitSubmission[] {
  return reports
    .filter((r) => r.period === period)
    .map((r) => ({
      unit: name(r.unitCode),
      difficulties: lines(r.content.difficulties ?? ''),
      causes: (r.content.indicators ?? []).flatMap((i) => [
        ...lines(i.causes?.subjective ?? ''),
        ...lines(i.causes?.objective ?? ''),
      ]),
      recommendations: lines(r.content.recommendations ?? ''),
    }));
}

function reportDate(date: string | undefined, now: Date): ReportDate {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const p = instantToVnParts(now.getTime());
  return { year: p.year, month: p.month, day: null };
}

export async function officialReportInput(
  app: AppContext,
  actor: Actor,
  options: DraftOptions,
): Promise<OfficialReportInput> {
  authorize(actor, 'exports.create', { unitCode: options.unit });
  const period = checkPeriod(options.period);
  const catalogue = await readCatalogue(app.database.db);
  const unit = catalogue.units.get(options.unit);
  if (!unit) throw notFound('đơn vị', 'Unit', options.unit);
  const root = rootUnit(catalogue);
  const rootInfo = root ? catalogue.units.get(root) : undefined;
  const isRoot = unit.code === root;
  const year = Number(period.slice(0, 4));
  const name = (code: string) => catalogue.units.get(code)?.name ?? code;

  const subtree = subtreeOf(catalogue, unit.code);
  const [doc, reports] = await Promise.all([
    getResults(app, period),
    loadSubmittedReports(app.database.raw, { upTo: period, units: [...subtree] }),
  ]);
  const index = indexResults(doc);

  // Phụ lục I
  const { indicators, grouped } = indicatorsFor(catalogue, unit.code, isRoot);
  const evaluated = unitIndicatorRows({
    catalogue,
    unit: unit.code,
    period,
    doc,
    reported: indicatorEntriesOf(reports, period),
    indicators,
  });
  const groupOf = planGroups(catalogue, indicators, grouped);
  const counters = new Map<string, number>();
  const indicatorRows: IndicatorRowInput[] = evaluated.map((row, i) => {
    const indicator = indicators[i] as CatalogueIndicator;
    const group = groupOf(indicator);
    const key = group.join('|');
    counters.set(key, (counters.get(key) ?? 0) + 1);
    return {
      group,
      stt: grouped ? String(counters.get(key)) : (indicator.stt ?? String(counters.get(key))),
      name: indicator.name,
      target: row.target?.text ?? targetFor(indicator.targets, year)?.text ?? '',
      lead: assignedText(
        catalogue,
        indicator.assignedRefs.length > 0
          ? indicator.assignedRefs
          : [...(catalogue.assignments.get(indicator.code)?.keys() ?? [])].sort(),
      ),
      situation: row.source === null ? '' : row.situationText,
      result: row.status === 'chua_danh_gia' ? null : row.status,
      notes: row.status === 'chua_danh_gia' && row.source !== null ? (row.reason ?? '') : '',
    };
  });

  // Phụ lục III
  const today = vnIsoDateOf(app.now().getTime());
  const reported = latestTaskEntries(reports);
  const taskList = tasksFor(catalogue, unit.code, isRoot);
  const reportPlan = reportPlanOf(catalogue, unit.code);
  const taskGroupOf = planGroups(catalogue, taskList, !reportPlan);
  const taskProgress = taskList.map((task) => {
    // the unit's own progress where it leads the task, else the task over all its leads
    const leads = (
      task.leads.includes(unit.code) ? [unit.code] : task.leads.filter((l) => subtree.has(l))
    ).map((l) => leadProgress(task, { code: l, name: name(l) }, reported.get(`${l}|${task.code}`), today));
    return { task, leads, overall: overallProgress(leads) };
  });
  const taskCounters = new Map<string, number>();
  const taskRows: TaskRowInput[] = taskProgress.map(({ task, leads, overall }) => {
    const group = taskGroupOf(task);
    const key = group.join('|');
    taskCounters.set(key, (taskCounters.get(key) ?? 0) + 1);
    return {
      group,
      stt: reportPlan ? (task.stt ?? String(taskCounters.get(key))) : String(taskCounters.get(key)),
      name: task.name,
      lead: task.leadText,
      product: task.product,
      deadline: task.deadlineText,
      progress: overall.status,
      description: leads
        .flatMap((l) => [l.progress, ...l.evidence].filter((p) => p.trim() !== ''))
        .join('; '),
    };
  });

  // sections II–IV: results with their numbers, the units behind, what the units reported
  const narrative: NarrativeInput = {
    indicators: evaluated.map((row) => {
      const def = row.computation ? BUILTIN_BY_CODE.get(row.computation) : undefined;
      const unitsNotAchieved = def
        ? [...subtree]
            .filter((u) => u !== unit.code && catalogue.units.get(u)?.parentCode === unit.code)
            .filter((u) => index.get(resultKey(def.code, u, judgedScope(def)))?.status === 'chua_dat')
            .map(name)
        : [];
      return {
        name: row.name,
        status: row.status,
        value: row.source === null ? null : { text: row.situationText },
        targetText: row.target?.text ?? null,
        reason: row.status === 'chua_danh_gia' ? (row.reason ?? 'chưa có số liệu') : null,
        unitsNotAchieved,
      };
    }),
    tasks: taskProgress.flatMap(({ task, overall }) =>
      overall.status
        ? [{ name: task.name, status: overall.status, overdue: overall.timing === 'overdue' }]
        : [],
    ),
    submissions: submissionsOf(reports, period, name),
  };

  const planSigner = reportPlan?.signer;
  const signature: SignatureBlock = options.signer ?? {
    authority: planSigner?.authority
      ? [planSigner.authority]
      : [isRoot ? 'TM. ỦY BAN NHÂN DÂN' : 'THỦ TRƯỞNG CƠ QUAN'],
    name: planSigner?.name ?? '',
  };
  const recipients = options.recipients ?? (isRoot ? ['Văn phòng Chính phủ'] : ['Chủ tịch UBND tỉnh']);
  const province = provinceName(rootInfo?.name ?? 'tỉnh Sơn La');
  const month = Number(period.slice(5));
  return {
    unit: isRoot
      ? { parentBody: '', body: upper(`Ủy ban nhân dân ${province}`), name: `UBND ${province}` }
      : { parentBody: upper(`UBND ${province}`), body: upper(unit.name), name: unit.name },
    period: { year },
    number: options.number ?? null,
    symbol: options.symbol ?? `BC-${isRoot ? 'UBND' : unit.code}`,
    place: province.replace(/^(tỉnh|thành phố)\s+/iu, '') || 'Sơn La',
    date: reportDate(options.date, app.now()),
    summary: `Kết quả thực hiện các chỉ tiêu, nhiệm vụ tháng ${month}/${year} của ${isRoot ? `UBND ${province}` : unit.name}`,
    recipients,
    indicators: indicatorRows,
    tasks: taskRows,
    narrative,
    sections: options.sections,
    distribution: [...recipients, 'Lưu: VT'],
    signature,
  };
}
