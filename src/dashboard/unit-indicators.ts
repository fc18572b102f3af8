import { type EvaluationInput, evaluate } from '../core/evaluation.js';
import { formatNumberVi, formatPercentVi } from '../core/format.js';
import type { IndicatorEntry } from '../reporting/content.js';
import { BUILTIN_BY_CODE } from '../results/builtins.js';
import type { ResultsDocument } from '../results/core/types.js';
import { type Catalogue, type CatalogueIndicator, type TargetRow, targetForUnit } from './catalogue.js';
import { type ResultView, resultView, type TrendPoint, trendOf } from './indicator-view.js';
import { indexResults, judgeAgainst, judgedScope, resultKey, STATUS_VI, type Status } from './values.js';

/**
 * A unit's own indicators (those assigned to it in `indicator_units`), each judged against the
 * unit's own target where its plan sets one (seed 001), else the indicator's. Computed indicators
 * take the results engine's value; manual ones what the unit reported for the period (SPEC §5:
 * "marked as manual everywhere they show"). Pure.
 */
export interface UnitIndicatorRow {
  code: string;
  planCode: string;
  name: string;
  kind: string;
  unitOfMeasure: string;
  group: string[];
  stt: string | null;
  computation: string | null;
  manual: boolean;
  target: TargetRow | null;
  ownTarget: boolean;
  /** Where the value comes from: the extracts (computed), the unit's report, or nowhere yet. */
  source: 'extract' | 'report' | null;
  a: number | null;
  b: number | null;
  value: number | null;
  valueText: string;
  situationText: string;
  status: Status;
  statusLabel: string;
  /** Why it is not judged, when it is not. */
  reason: string | null;
  result: ResultView | null;
  reported: IndicatorEntry | null;
  trend?: TrendPoint[];
}

export function assignedIndicators(catalogue: Catalogue, unit: string): CatalogueIndicator[] {
  return catalogue.indicators.filter((i) => catalogue.assignments.get(i.code)?.has(unit));
}

function fromReport(indicator: CatalogueIndicator, entry: IndicatorEntry, target: TargetRow | null) {
  const t = target ?? undefined;
  const uom = indicator.unitOfMeasure;
  let input: EvaluationInput;
  switch (indicator.kind) {
    case 'ratio':
    case 'multiple':
    case 'percent_over':
      input = { kind: indicator.kind, a: entry.a, b: entry.b, target: t, unitOfMeasure: uom };
      break;
    case 'duration':
      input = { kind: 'duration', totalSeconds: entry.a, count: entry.b, target: t, unitOfMeasure: uom };
      break;
    case 'count':
    case 'level':
      input = { kind: indicator.kind, a: entry.value, target: t, unitOfMeasure: uom };
      break;
    default:
      input = { kind: 'text', target: t };
  }
  const judged = evaluate(input);
  let valueText = entry.text ?? '—';
  if (indicator.kind === 'ratio' && entry.a !== null && entry.b !== null && entry.b > 0)
    valueText = formatPercentVi(entry.a, entry.b);
  else if ((indicator.kind === 'count' || indicator.kind === 'level') && entry.value !== null)
    valueText = `${formatNumberVi(entry.value)}${uom && uom !== '%' ? ` ${uom}` : ''}`;
  else if (judged.value !== null && indicator.kind !== 'text') valueText = formatNumberVi(judged.value, 2);
  const numbers =
    indicator.kind === 'ratio' && entry.a !== null && entry.b !== null
      ? `${formatNumberVi(entry.a)}/${formatNumberVi(entry.b)}`
      : null;
  return {
    a: entry.a,
    b: entry.b,
    value: judged.value,
    valueText,
    situationText: numbers && valueText !== '—' ? `${valueText} (${numbers})` : valueText,
    status: judged.status,
    reason: judged.status === 'chua_danh_gia' ? (judged.reason ?? null) : null,
  };
}

export function unitIndicatorRows(input: {
  catalogue: Catalogue;
  unit: string;
  period: string;
  doc: ResultsDocument | undefined;
  /** `${unit}|${indicator}` → what the unit reported for the period. */
  reported: ReadonlyMap<string, IndicatorEntry>;
  /** When given, each computed row carries its trend by month. */
  trendDocs?: ReadonlyMap<string, ResultsDocument>;
  /** These indicators instead of those assigned to the unit (a report plan's rows). */
  indicators?: readonly CatalogueIndicator[];
}): UnitIndicatorRow[] {
  const year = Number(input.period.slice(0, 4));
  const index = indexResults(input.doc);
  return (input.indicators ?? assignedIndicators(input.catalogue, input.unit)).map(
    (indicator): UnitIndicatorRow => {
      const { target, own } = targetForUnit(input.catalogue, indicator, input.unit, year);
      const entry = input.reported.get(`${input.unit}|${indicator.code}`) ?? null;
      const def = indicator.computation ? BUILTIN_BY_CODE.get(indicator.computation) : undefined;
      const base = {
        code: indicator.code,
        planCode: indicator.planCode,
        name: indicator.name,
        kind: indicator.kind,
        unitOfMeasure: indicator.unitOfMeasure,
        group: indicator.group,
        stt: indicator.stt,
        computation: indicator.computation,
        manual: indicator.manual,
        target,
        ownTarget: own,
        reported: entry,
      };
      const result = def ? index.get(resultKey(def.code, input.unit, judgedScope(def))) : undefined;
      if (def && result) {
        const status = judgeAgainst(result, target);
        const view = resultView(result, input.period, status);
        return {
          ...base,
          source: 'extract',
          a: result.a,
          b: result.b,
          value: result.value,
          valueText: view.valueText,
          situationText: view.situationText,
          status,
          statusLabel: STATUS_VI[status],
          reason: status === 'chua_danh_gia' ? (result.flags[0]?.message ?? 'Chưa có số liệu.') : null,
          result: view,
          ...(input.trendDocs ? { trend: trendOf(def, input.unit, input.trendDocs, input.period) } : {}),
        };
      }
      if (entry) {
        const judged = fromReport(indicator, entry, target);
        return { ...base, source: 'report', ...judged, statusLabel: STATUS_VI[judged.status], result: null };
      }
      return {
        ...base,
        source: null,
        a: null,
        b: null,
        value: null,
        valueText: '—',
        situationText: '—',
        status: 'chua_danh_gia',
        statusLabel: STATUS_VI.chua_danh_gia,
        reason: 'Chưa có số liệu.',
        result: null,
        ...(def && input.trendDocs ? { trend: trendOf(def, input.unit, input.trendDocs, input.period) } : {}),
      };
    },
  );
}
