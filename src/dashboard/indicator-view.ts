import { projectTrajectory, type TrajectoryPoint } from '../core/trajectory.js';
import {
  BUILTIN_BY_CODE,
  BUILTIN_INDICATORS,
  type IndicatorDef,
  targetForDocument,
} from '../results/builtins.js';
import type { Result, ResultsDocument } from '../results/core/types.js';
import type { Catalogue, UnitInfo } from './catalogue.js';
import {
  betterIsHigher,
  indexResults,
  judgedScope,
  monthlyScope,
  numbersText,
  openFlags,
  resultKey,
  type Scope,
  STATUS_EN,
  STATUS_RANK,
  STATUS_VI,
  type Status,
  situationText,
  targetSpecOf,
  targetText,
  valueText,
} from './values.js';

/**
 * One indicator as the pages show it (pure): the judged value against the target, the trend by
 * month, the trajectory to the year's end and the breakdown by unit — from the results documents
 * of the months of the year up to the period.
 */

/** Query parameters of GET /api/v1/results/records for the records behind a number. */
export interface RecordsQuery {
  period: string;
  unit: string;
  indicator: string;
  scope: Scope;
}

export interface ResultView {
  scope: Scope;
  a: number | null;
  b: number | null;
  value: number | null;
  valueText: string;
  numbersText: string | null;
  situationText: string;
  status: Status;
  statusLabel: string;
  statusLabelEn: string;
  flags: Result['flags'];
  excluded: Record<string, number>;
  decision?: Result['decision'];
  records: RecordsQuery;
}

export function resultView(result: Result, period: string, status: Status = result.status): ResultView {
  return {
    scope: result.scope,
    a: result.a,
    b: result.b,
    value: result.value,
    valueText: valueText(result),
    numbersText: numbersText(result),
    situationText: situationText(result),
    status,
    statusLabel: STATUS_VI[status],
    statusLabelEn: STATUS_EN[status],
    flags: result.flags,
    excluded: result.excluded,
    ...(result.decision ? { decision: result.decision } : {}),
    records: { period, unit: result.unit, indicator: result.indicator, scope: result.scope },
  };
}

export interface TrendPoint {
  period: string;
  month: number;
  scope: Scope;
  a: number | null;
  b: number | null;
  value: number | null;
  valueText: string;
  status: Status | null;
}

export interface TrajectoryView {
  projected: number | null;
  willMeet: boolean | null;
  trend: 'rising' | 'falling' | 'steady' | null;
  explanationVi: string;
  explanationEn: string;
}

export interface UnitValue extends ResultView {
  unit: string;
  unitName: string;
  unitKind: string;
}

export type BreakdownSort = 'worst' | 'best' | 'name' | 'value';

export interface IndicatorSummary {
  indicator: string;
  name: string;
  /** Catalogue indicators computed by it (T26-01 in plan 000, VP26-01 in plan 001…). */
  catalogueCodes: string[];
  kind: IndicatorDef['kind'];
  target: { op: string; value: number; text: string };
  judgedScope: Scope;
  status: Status;
  statusLabel: string;
  current: ResultView | null;
  month: ResultView | null;
  trend: TrendPoint[];
  trajectory: TrajectoryView;
  openFlags: number;
  breakdown: UnitValue[];
}

export const vi = new Intl.Collator('vi');

/** The catalogue's name for a built-in: the indicator of the same code, else the first computed by it. */
export function indicatorName(
  catalogue: Pick<Catalogue, 'indicators' | 'indicatorsByCode'>,
  code: string,
): string {
  return (
    catalogue.indicatorsByCode.get(code)?.name ??
    catalogue.indicators.find((i) => i.computation === code)?.name ??
    BUILTIN_BY_CODE.get(code)?.name ??
    code
  );
}

export function monthPeriods(period: string): string[] {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return Array.from({ length: month }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export function trendOf(
  def: IndicatorDef,
  unit: string,
  docs: ReadonlyMap<string, ResultsDocument>,
  period: string,
): TrendPoint[] {
  const scope = monthlyScope(def);
  return monthPeriods(period).map((p, i) => {
    const r = indexResults(docs.get(p)).get(resultKey(def.code, unit, scope));
    return {
      period: p,
      month: i + 1,
      scope,
      a: r?.a ?? null,
      b: r?.b ?? null,
      value: r?.value ?? null,
      valueText: r ? valueText(r) : '—',
      status: r?.status ?? null,
    };
  });
}

/** SPEC §3 "on the current pace": core/trajectory for ratios and counts; for durations and reductions the year-to-date value judged. */
export function trajectoryOf(
  def: IndicatorDef,
  unit: string,
  docs: ReadonlyMap<string, ResultsDocument>,
  period: string,
): TrajectoryView {
  const scope = judgedScope(def);
  const year = Number(period.slice(0, 4));
  const results = monthPeriods(period).map((p, i) => ({
    month: i + 1,
    r: indexResults(docs.get(p)).get(resultKey(def.code, unit, scope)),
  }));
  if (def.kind === 'ratio' || def.kind === 'count') {
    const points: TrajectoryPoint[] = results.flatMap(({ month, r }) =>
      r && r.a !== null && (def.kind === 'count' || r.b !== null) ? [{ month, a: r.a, b: r.b }] : [],
    );
    const t = projectTrajectory({
      kind: def.kind,
      year,
      points,
      target: targetSpecOf(def),
      unitOfMeasure: def.kind === 'ratio' ? '%' : '',
    });
    return {
      projected: t.projected,
      willMeet: t.willMeet,
      trend: t.trend,
      explanationVi: t.explanationVi,
      explanationEn: t.explanationEn,
    };
  }
  const last = [...results].reverse().find((x) => x.r?.value !== null && x.r !== undefined);
  if (!last?.r) {
    return {
      projected: null,
      willMeet: null,
      trend: null,
      explanationVi: `Chưa có số liệu năm ${year} để dự báo.`,
      explanationEn: `No ${year} data to forecast from.`,
    };
  }
  const target = targetText(def.code, targetForDocument(def.target));
  const willMeet = last.r.status === 'chua_danh_gia' ? null : last.r.status === 'dat';
  const outcome =
    willMeet === null
      ? `chưa đủ cơ sở để dự báo so với chỉ tiêu ${target}`
      : willMeet
        ? `dự kiến đạt chỉ tiêu ${target}`
        : `dự kiến không đạt chỉ tiêu ${target}`;
  const outcomeEn =
    willMeet === null
      ? `no basis to forecast against ${target}`
      : willMeet
        ? `expected to meet the target ${target}`
        : `expected to miss the target ${target}`;
  return {
    projected: last.r.value,
    willMeet,
    trend: null,
    explanationVi: `Lũy kế đến hết tháng ${last.month}/${year}: ${valueText(last.r)}; nếu giữ nhịp hiện tại, ${outcome}.`,
    explanationEn: `Year to date to the end of ${last.month}/${year}: ${valueText(last.r)}; at the current pace, ${outcomeEn}.`,
  };
}

export function sortUnitValues(rows: UnitValue[], sort: BreakdownSort, indicator: string): UnitValue[] {
  const higher = betterIsHigher(indicator);
  const byValue = (x: UnitValue, y: UnitValue) => {
    if (x.value === null || y.value === null) return (x.value === null ? 1 : 0) - (y.value === null ? 1 : 0);
    return higher ? x.value - y.value : y.value - x.value;
  };
  const byName = (x: UnitValue, y: UnitValue) =>
    vi.compare(x.unitName, y.unitName) || x.unit.localeCompare(y.unit);
  const compare: Record<BreakdownSort, (x: UnitValue, y: UnitValue) => number> = {
    worst: (x, y) => STATUS_RANK[x.status] - STATUS_RANK[y.status] || byValue(x, y) || byName(x, y),
    best: (x, y) => STATUS_RANK[y.status] - STATUS_RANK[x.status] || byValue(y, x) || byName(x, y),
    name: byName,
    value: (x, y) => byValue(y, x) || byName(x, y),
  };
  return [...rows].sort(compare[sort]);
}

export function unitValues(
  def: IndicatorDef,
  units: readonly UnitInfo[],
  doc: ResultsDocument | undefined,
  period: string,
  sort: BreakdownSort,
): UnitValue[] {
  const index = indexResults(doc);
  const scope = judgedScope(def);
  const rows = units.flatMap((u): UnitValue[] => {
    const r = index.get(resultKey(def.code, u.code, scope));
    return r ? [{ unit: u.code, unitName: u.name, unitKind: u.kind, ...resultView(r, period) }] : [];
  });
  return sortUnitValues(rows, sort, def.code);
}

/** Every built-in indicator with a result at the unit in the period, summarised. */
export function indicatorSummaries(input: {
  catalogue: Catalogue;
  unit: string;
  period: string;
  docs: ReadonlyMap<string, ResultsDocument>;
  breakdownUnits: readonly UnitInfo[];
  sort: BreakdownSort;
}): IndicatorSummary[] {
  const doc = input.docs.get(input.period);
  const index = indexResults(doc);
  return BUILTIN_INDICATORS.flatMap((def): IndicatorSummary[] => {
    const results = def.scopes
      .map((s) => index.get(resultKey(def.code, input.unit, s)))
      .filter((r): r is Result => r !== undefined);
    if (results.length === 0) return [];
    const scope = judgedScope(def);
    const current = index.get(resultKey(def.code, input.unit, scope));
    const month = def.scopes.includes('month')
      ? index.get(resultKey(def.code, input.unit, 'month'))
      : undefined;
    const status: Status = current?.status ?? 'chua_danh_gia';
    const target = targetForDocument(def.target);
    return [
      {
        indicator: def.code,
        name: indicatorName(input.catalogue, def.code),
        catalogueCodes: input.catalogue.indicators
          .filter((i) => i.computation === def.code)
          .map((i) => i.code),
        kind: def.kind,
        target: { ...target, text: targetText(def.code, target) },
        judgedScope: scope,
        status,
        statusLabel: STATUS_VI[status],
        current: current ? resultView(current, input.period) : null,
        month: month ? resultView(month, input.period) : null,
        trend: trendOf(def, input.unit, input.docs, input.period),
        trajectory: trajectoryOf(def, input.unit, input.docs, input.period),
        openFlags: results.reduce((n, r) => n + openFlags(r).length, 0),
        breakdown: unitValues(def, input.breakdownUnits, doc, input.period, input.sort),
      },
    ];
  });
}

export function statusCounts(
  items: readonly { status: Status }[],
): Record<Status, number> & { total: number } {
  const count = (s: Status) => items.filter((i) => i.status === s).length;
  return {
    dat: count('dat'),
    chua_dat: count('chua_dat'),
    chua_danh_gia: count('chua_danh_gia'),
    total: items.length,
  };
}
