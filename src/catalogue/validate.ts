import type { z } from 'zod';
import { HIGH_RISK_COMPUTATIONS, isContractComputation } from './computations.js';
import { type Plan, plan as planSchema, type UnitRef } from './schema.js';
import { expandUnitRef, type UnitNode } from './selectors.js';

export interface CatalogueFile {
  fileName: string;
  /** The parsed YAML document. */
  content: unknown;
}

export interface CatalogueProblem {
  file: string;
  /** Where in the file: "indicators[3].targets" or an indicator/task code. */
  at: string;
  vi: string;
  en: string;
}

export interface ValidatedCatalogue {
  plans: { fileName: string; plan: Plan }[];
  problems: CatalogueProblem[];
}

/**
 * Checks the catalogue files against the schema and against each other: every indicator complete
 * (seed 000 §II.1), every unit reference known, every code unique, every cross-reference resolved.
 * Pure: the caller reads the files and the units.
 */
export function validateCatalogue(
  files: readonly CatalogueFile[],
  units: readonly UnitNode[],
): ValidatedCatalogue {
  const problems: CatalogueProblem[] = [];
  const plans: { fileName: string; plan: Plan }[] = [];

  for (const file of files) {
    for (const [path, text] of strings(file.content, '')) {
      if (text !== text.normalize('NFC'))
        problems.push({
          file: file.fileName,
          at: path,
          vi: 'Văn bản chưa chuẩn hóa Unicode NFC.',
          en: 'Text is not NFC-normalised.',
        });
    }
    const parsed = planSchema.safeParse(file.content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(schemaProblem(file.fileName, file.content, issue));
      continue;
    }
    plans.push({ fileName: file.fileName, plan: parsed.data });
  }

  const planCodes = new Map<string, string>();
  const indicatorCodes = new Map<string, string>();
  const indicatorPlan = new Map<string, string>();
  const taskCodes = new Map<string, string>();
  for (const { fileName, plan } of plans) {
    claim(planCodes, plan.plan.code, fileName, 'kế hoạch', 'plan', problems);
    for (const indicator of plan.indicators) {
      claim(indicatorCodes, indicator.code, fileName, 'chỉ tiêu', 'indicator', problems);
      if (!indicatorPlan.has(indicator.code)) indicatorPlan.set(indicator.code, plan.plan.code);
    }
    for (const task of plan.tasks) claim(taskCodes, task.code, fileName, 'nhiệm vụ', 'task', problems);
  }

  for (const { fileName, plan } of plans) {
    const say = (at: string, vi: string, en: string) => problems.push({ file: fileName, at, vi, en });
    const checkUnit = (at: string, ref: UnitRef) => {
      if (expandUnitRef(ref, units) === null)
        say(
          at,
          `Đơn vị "${ref}" không có trong danh mục đơn vị.`,
          `Unit "${ref}" is not in the unit catalogue.`,
        );
    };
    const meta = plan.plan;
    checkUnit('plan.issuer', meta.issuer);
    if (meta.implements && !planCodes.has(meta.implements)) {
      say(
        'plan.implements',
        `Kế hoạch cấp trên "${meta.implements}" không tồn tại.`,
        `Parent plan "${meta.implements}" does not exist.`,
      );
    }
    const periods = new Set([...meta.phases.map((p) => p.code)]);
    for (const indicator of plan.indicators) {
      const at = `chỉ tiêu ${indicator.code}`;
      checkUnit(`${at}.trackingUnit`, indicator.trackingUnit);
      for (const ref of indicator.assignedUnits) checkUnit(`${at}.assignedUnits`, ref);
      for (const t of indicator.unitTargets) checkUnit(`${at}.unitTargets`, t.unit);
      if (indicator.computation !== 'manual' && !isContractComputation(indicator.computation)) {
        say(
          `${at}.computation`,
          `Phép tính "${indicator.computation}" không phải phép tính có sẵn của hệ thống (hoặc "manual").`,
          `Computation "${indicator.computation}" is not a built-in (or "manual").`,
        );
      }
      if (isContractComputation(indicator.code) && indicator.computation !== indicator.code) {
        say(
          `${at}.computation`,
          `Chỉ tiêu có sẵn ${indicator.code} phải dùng chính phép tính ${indicator.code}.`,
          `Built-in ${indicator.code} must compute itself.`,
        );
      }
      if (HIGH_RISK_COMPUTATIONS.includes(indicator.computation) && indicator.risk !== 'high') {
        say(
          `${at}.risk`,
          `${indicator.computation} là chỉ tiêu có nguy cơ sai lệch cao (mục II.3 Kế hoạch): phải đặt risk: high.`,
          `${indicator.computation} is high-risk (seed 000 §II.3).`,
        );
      }
      if (indicator.implements) {
        const owner = indicatorPlan.get(indicator.implements);
        if (!owner) {
          say(
            `${at}.implements`,
            `Chỉ tiêu cấp trên "${indicator.implements}" không tồn tại.`,
            `Parent indicator "${indicator.implements}" does not exist.`,
          );
        } else if (meta.implements && owner !== meta.implements) {
          say(
            `${at}.implements`,
            `Chỉ tiêu "${indicator.implements}" không thuộc kế hoạch cấp trên ${meta.implements}.`,
            `${indicator.implements} is not in the implemented plan ${meta.implements}.`,
          );
        }
      }
      if (
        ['ratio', 'reduction'].includes(indicator.kind) &&
        !indicator.formula.denominator &&
        indicator.kind === 'ratio'
      ) {
        say(
          `${at}.formula`,
          'Chỉ tiêu tỷ lệ phải nêu mẫu số b.',
          'A ratio indicator must state its denominator b.',
        );
      }
      for (const target of [...indicator.targets, ...indicator.unitTargets]) {
        if (target.period.includes('-') && !periods.has(target.period)) {
          say(
            `${at}.targets`,
            `Giai đoạn "${target.period}" không có trong các giai đoạn của kế hoạch.`,
            `Phase "${target.period}" is not one of the plan's phases.`,
          );
        }
        if ((target.op === undefined) !== (target.value === undefined)) {
          say(
            `${at}.targets`,
            `Mục tiêu "${target.text}" phải có cả phép so sánh và giá trị, hoặc không có cả hai.`,
            `Target "${target.text}" needs both comparator and value, or neither.`,
          );
        }
      }
    }
    for (const task of plan.tasks) {
      const at = `nhiệm vụ ${task.code}`;
      for (const ref of task.lead) checkUnit(`${at}.lead`, ref);
      for (const ref of task.coordinators) checkUnit(`${at}.coordinators`, ref);
      if (task.indicator && !indicatorCodes.has(task.indicator)) {
        say(
          `${at}.indicator`,
          `Chỉ tiêu "${task.indicator}" không tồn tại.`,
          `Indicator "${task.indicator}" does not exist.`,
        );
      }
    }
  }
  return { plans, problems };
}

/** Every string of a parsed YAML document with its path, to check normalisation. */
function* strings(node: unknown, path: string): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  else if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* strings(item, `${path}[${i}]`);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) yield* strings(value, path ? `${path}.${key}` : key);
}

function claim(
  seen: Map<string, string>,
  code: string,
  fileName: string,
  vi: string,
  en: string,
  problems: CatalogueProblem[],
) {
  const first = seen.get(code);
  if (first) {
    problems.push({
      file: fileName,
      at: code,
      vi: `Mã ${vi} "${code}" bị trùng (đã có trong ${first}).`,
      en: `Duplicate ${en} code "${code}" (already in ${first}).`,
    });
  } else seen.set(code, fileName);
}

function schemaProblem(fileName: string, content: unknown, issue: z.core.$ZodIssue): CatalogueProblem {
  const path = issue.path.map(String);
  // Name the indicator or task by its code when the issue is inside one: easier to find in the file.
  let at = path.join('.');
  const [section, index] = issue.path;
  if ((section === 'indicators' || section === 'tasks') && typeof index === 'number') {
    const item = (content as Record<string, { code?: string }[]>)?.[section]?.[index];
    if (item?.code)
      at = `${section === 'indicators' ? 'chỉ tiêu' : 'nhiệm vụ'} ${item.code}: ${path.slice(2).join('.') || '(toàn bộ)'}`;
  }
  const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
  return {
    file: fileName,
    at,
    vi: missing
      ? `Thiếu trường bắt buộc "${path.at(-1)}" (quy định tại mục II.1 Kế hoạch: mỗi chỉ tiêu phải có công thức, đơn vị tính, nguồn dữ liệu, tần suất, cơ quan tổng hợp).`
      : `Giá trị không hợp lệ: ${issue.message}`,
    en: missing ? `Missing required field "${path.at(-1)}".` : `Invalid value: ${issue.message}`,
  };
}
