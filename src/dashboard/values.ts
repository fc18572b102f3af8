import { EVALUATION_LABEL_EN, EVALUATION_LABEL_VI, evaluate, type TargetSpec } from '../core/evaluation.js';
import { formatDecimalVi, formatNumberVi, formatPercentVi } from '../core/format.js';
import { fraction } from '../core/fraction.js';
import { type Basis, BUILTIN_BY_CODE, type IndicatorDef, type Scope } from '../results/builtins.js';
import type { Result, ResultsDocument, Status } from '../results/core/types.js';

/**
 * How a result reads on a page (pure): the value in vi-VN ("90,46%"), the numbers behind it
 * ("1.234/1.364 hồ sơ"), the target ("≥ 70%"), and which scope is judged — SPEC §3: annual
 * targets on the year to date, snapshot indicators on the state at the period's end.
 */

export type { Scope, Status };

export const STATUS_VI = EVALUATION_LABEL_VI;
export const STATUS_EN = EVALUATION_LABEL_EN;

/** The scope an indicator is judged on: ytd where it has one, else its snapshot. */
export function judgedScope(def: Pick<IndicatorDef, 'scopes'>): Scope {
  return def.scopes.includes('ytd') ? 'ytd' : (def.scopes[0] ?? 'snapshot');
}

/** The scope a month's trend is drawn from: the month itself, or the snapshot / ytd when it has none. */
export function monthlyScope(def: Pick<IndicatorDef, 'scopes'>): Scope {
  return def.scopes.includes('month') ? 'month' : (def.scopes[0] ?? 'snapshot');
}

export const resultKey = (indicator: string, unit: string, scope: Scope) => `${indicator}|${unit}|${scope}`;

export function indexResults(doc: ResultsDocument | undefined): Map<string, Result> {
  const map = new Map<string, Result>();
  for (const r of doc?.results ?? []) map.set(resultKey(r.indicator, r.unit, r.scope), r);
  return map;
}

const NOUN: Record<Basis, string> = {
  documents: 'văn bản',
  procedures: 'TTHC',
  procedure_components: 'thành phần hồ sơ',
  staff: 'CBCCVC',
  ratings: 'đánh giá',
  products: 'sản phẩm',
  dossiers_finished: 'hồ sơ',
  dossiers_received: 'hồ sơ',
};

/** What a and b count, in words: "hồ sơ", "văn bản"; HS-TAISUDUNG counts document components. */
export function recordNoun(code: string): string {
  if (code === 'HS-TAISUDUNG') return 'thành phần hồ sơ';
  const def = BUILTIN_BY_CODE.get(code);
  return def ? NOUN[def.basis] : '';
}

const OP = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' } as const;

/** The value as a page prints it; '—' when there is none. Ratios exact on a and b. */
export function valueText(result: Pick<Result, 'indicator' | 'a' | 'b' | 'value'>): string {
  const kind = BUILTIN_BY_CODE.get(result.indicator)?.kind;
  if (kind === 'ratio' && result.a !== null && result.b !== null && result.b > 0)
    return formatPercentVi(result.a, result.b);
  if (result.value === null) return '—';
  if (kind === 'count') return formatNumberVi(result.value);
  if (kind === 'duration') return `${formatNumberVi(result.value / 60, 2)} phút`;
  return `${formatNumberVi(result.value * 100, 2)}%`;
}

/** "1.234/1.364 hồ sơ" for a ratio; null for counts, durations and reductions. */
export function numbersText(result: Pick<Result, 'indicator' | 'a' | 'b'>): string | null {
  if (result.a === null || result.b === null) return null;
  const noun = recordNoun(result.indicator);
  return `${formatNumberVi(result.a)}/${formatNumberVi(result.b)}${noun ? ` ${noun}` : ''}`;
}

/** "Tình hình thực hiện": "90,46% (1.234/1.364 hồ sơ)". */
export function situationText(result: Pick<Result, 'indicator' | 'a' | 'b' | 'value'>): string {
  const numbers = numbersText(result);
  const value = valueText(result);
  return numbers && value !== '—' ? `${value} (${numbers})` : value;
}

/** The contract target in words: "≥ 70%", "< 5 phút", "≥ 5". */
export function targetText(indicator: string, target: { op: keyof typeof OP; value: number }): string {
  const kind = BUILTIN_BY_CODE.get(indicator)?.kind;
  if (kind === 'count') return `${OP[target.op]} ${formatNumberVi(target.value)}`;
  if (kind === 'duration')
    return `${OP[target.op]} ${formatNumberVi(target.value / 60, 2).replace(/,?0+$/, '')} phút`;
  return `${OP[target.op]} ${formatNumberVi(target.value * 100, 2).replace(/,?0+$/, '')}%`;
}

/** A built-in target in the catalogue's form (ratio/reduction in percent: '70'), for evaluate and projectTrajectory. */
export function targetSpecOf(def: IndicatorDef): TargetSpec {
  const { op, num, den } = def.target;
  const percent = def.kind === 'ratio' || def.kind === 'reduction';
  const value = formatDecimalVi(fraction(BigInt(num) * (percent ? 100n : 1n), BigInt(den)), 6, {
    trimZeros: true,
  })
    .replace(/\./g, '')
    .replace(',', '.');
  return { op, value, text: targetText(def.code, { op, value: num / den }) };
}

/**
 * A result judged against a unit's own target (seed 001: the Office's 100% where the province sets
 * ≥ 70%). A result the controls left "Chưa đánh giá" stays so; only ratio and count are re-judged,
 * on the integers.
 */
export function judgeAgainst(result: Result, target: TargetSpec | null): Status {
  if (result.status === 'chua_danh_gia' || !target?.op || target.value === undefined) return result.status;
  const kind = BUILTIN_BY_CODE.get(result.indicator)?.kind;
  if (kind === 'ratio' && result.a !== null && result.b !== null)
    return evaluate({ kind: 'ratio', a: result.a, b: result.b, target }).status;
  if (kind === 'count' && result.a !== null) return evaluate({ kind: 'count', a: result.a, target }).status;
  return result.status;
}

/** Worst first: Chưa đạt, then Chưa đánh giá, then Đạt. */
export const STATUS_RANK: Record<Status, number> = { chua_dat: 0, chua_danh_gia: 1, dat: 2 };

/** For sorting by value: higher is better unless the target is an upper bound (durations). */
export function betterIsHigher(indicator: string): boolean {
  const op = BUILTIN_BY_CODE.get(indicator)?.target.op;
  return !(op === '<' || op === '<=');
}

/** Open (unsettled, not merely informative) flags of a result. */
export function openFlags(result: Result): Result['flags'] {
  return result.flags.filter(
    (f) =>
      f.code !== 'outlier' &&
      !(result.decision && (f.code === 'source_mismatch' || f.code === 'single_source')),
  );
}
