import {
  type Comparator,
  type Fraction,
  fraction,
  holds,
  type Int,
  isWholeNumber,
  multiply,
  parseDecimal,
  percent,
  subtract,
  toNumber,
} from './fraction.js';
import { foldVi } from './vi-text.js';

/**
 * Judging a value against its target (SPEC §3): Đạt, Chưa đạt, or Chưa đánh giá when it cannot be
 * judged — always with the reason. Every comparison is made on integers (cross-multiplied
 * fractions), never on floating point.
 */
export type EvaluationStatus = 'dat' | 'chua_dat' | 'chua_danh_gia';
export type NotJudgedReason =
  | 'no_target'
  | 'no_data'
  | 'zero_denominator'
  | 'invalid_value'
  | 'qualitative'
  | 'unknown_unit';

/** A target as the catalogue holds it: comparator and a decimal in the indicator's unit ('70' with '%'). */
export interface TargetSpec {
  op?: Comparator;
  value?: string;
  text?: string;
}

type Target = TargetSpec | null | undefined;

export type EvaluationInput =
  /** a/b; the target is in percent when unitOfMeasure is '%' (the default), else a fraction of one. */
  | { kind: 'ratio'; a: Int | null; b: Int | null; target: Target; unitOfMeasure?: string }
  /** A number (count) or an ordinal level compared with the target as is. */
  | { kind: 'count' | 'level'; a: Int | null; target: Target; unitOfMeasure?: string }
  /** a as a multiple of the reference b ('30 lần GDP'). */
  | { kind: 'multiple'; a: Int | null; b: Int | null; target: Target; unitOfMeasure?: string }
  /** (a − b)/b, how far a exceeds the reference b, in percent ('thu cao hơn khoảng 5% so với dự toán'). */
  | { kind: 'percent_over'; a: Int | null; b: Int | null; target: Target; unitOfMeasure?: string }
  /** Mean duration Σseconds / count; the target in unitOfMeasure (giây — the default —, phút, giờ, ngày). */
  | { kind: 'duration'; totalSeconds: Int | null; count: Int | null; target: Target; unitOfMeasure?: string }
  /** 1 − mean(online)/mean(direct); the target in percent ('%', the default) or a fraction of one. */
  | {
      kind: 'reduction';
      onlineTotal: Int | null;
      onlineCount: Int | null;
      directTotal: Int | null;
      directCount: Int | null;
      target: Target;
      unitOfMeasure?: string;
    }
  /** A qualitative indicator: judged by the tracking agency, not computed. */
  | { kind: 'text'; target?: Target };

export interface Evaluation {
  status: EvaluationStatus;
  /** The value judged: a/b, the count, mean seconds, the reduction (fraction); null when it cannot be computed. */
  value: number | null;
  exact: Fraction | null;
  reasonCode?: NotJudgedReason;
  /** Why it was not judged, in Vietnamese (shown first) and English. */
  reason?: string;
  reasonEn?: string;
}

const REASONS: Record<NotJudgedReason, [vi: string, en: string]> = {
  no_target: ['Chưa có chỉ tiêu định lượng để so sánh.', 'No quantified target to compare with.'],
  no_data: ['Chưa có số liệu.', 'No data yet.'],
  zero_denominator: [
    'Mẫu số bằng 0: chưa có đối tượng để tính.',
    'The denominator is 0: nothing to compute over.',
  ],
  invalid_value: [
    'Số liệu không hợp lệ (phải là số nguyên không âm, tử số không vượt mẫu số).',
    'Invalid value (whole, non-negative numbers, numerator not above denominator).',
  ],
  qualitative: [
    'Chỉ tiêu định tính: do cơ quan theo dõi đánh giá.',
    'Qualitative indicator: judged by the tracking agency.',
  ],
  unknown_unit: ['Không xác định được đơn vị tính của chỉ tiêu.', 'Unknown unit of measure.'],
};

function notJudged(reasonCode: NotJudgedReason, exact: Fraction | null = null): Evaluation {
  const [reason, reasonEn] = REASONS[reasonCode];
  return {
    status: 'chua_danh_gia',
    value: exact ? toNumber(exact) : null,
    exact,
    reasonCode,
    reason,
    reasonEn,
  };
}

/** Seconds in one unit of a duration target; null when the unit is not a duration. */
export function secondsPerUnit(unitOfMeasure: string | undefined): bigint | null {
  const u = foldVi(unitOfMeasure ?? 'giay');
  if (/^(s|giay|sec|seconds?)$/.test(u)) return 1n;
  if (/^(phut|min|minutes?)$/.test(u)) return 60n;
  if (/^(gio|h|hours?)$/.test(u)) return 3600n;
  if (/^(ngay|days?)$/.test(u)) return 86400n;
  return null;
}

const isPercentUnit = (unit: string | undefined) => unit === undefined || unit.trim() === '%';

type Present = { ok: true; values: bigint[] } | { ok: false; why: NotJudgedReason };

/** All given, whole and non-negative. */
function present(...xs: (Int | null | undefined)[]): Present {
  if (xs.some((x) => x === null || x === undefined)) return { ok: false, why: 'no_data' };
  if (!xs.every(isWholeNumber)) return { ok: false, why: 'invalid_value' };
  const values = xs.map((x) => BigInt(x as Int));
  return values.some((v) => v < 0n) ? { ok: false, why: 'invalid_value' } : { ok: true, values };
}

/** The value to judge, as an exact fraction, or why there is none. */
function judgedValue(input: Exclude<EvaluationInput, { kind: 'text' }>): Fraction | NotJudgedReason {
  switch (input.kind) {
    case 'ratio':
    case 'multiple':
    case 'percent_over': {
      const p = present(input.a, input.b);
      if (!p.ok) return p.why;
      const [a = 0n, b = 0n] = p.values;
      if (b === 0n) return 'zero_denominator';
      // seed 000 §II.2 / SPEC §6.2: a ratio's numerator is a subset of its denominator.
      if (input.kind === 'ratio' && a > b) return 'invalid_value';
      const ab = fraction(a, b);
      return input.kind === 'percent_over' ? subtract(ab, fraction(1n)) : ab;
    }
    case 'count':
    case 'level': {
      const p = present(input.a);
      return p.ok ? fraction(p.values[0] ?? 0n) : p.why;
    }
    case 'duration': {
      const p = present(input.totalSeconds, input.count);
      if (!p.ok) return p.why;
      const [total = 0n, count = 0n] = p.values;
      return count === 0n ? 'no_data' : fraction(total, count);
    }
    case 'reduction': {
      const p = present(input.onlineTotal, input.onlineCount, input.directTotal, input.directCount);
      if (!p.ok) return p.why;
      const [onTotal = 0n, onCount = 0n, dirTotal = 0n, dirCount = 0n] = p.values;
      // contract: either side empty → chua_danh_gia
      if (onCount === 0n || dirCount === 0n) return 'no_data';
      if (dirTotal === 0n) return 'zero_denominator';
      // 1 − (onTotal/onCount)/(dirTotal/dirCount) = (dirTotal·onCount − onTotal·dirCount) / (dirTotal·onCount)
      return fraction(dirTotal * onCount - onTotal * dirCount, dirTotal * onCount);
    }
  }
}

/** The target as a fraction on the same scale as the value. */
function targetOf(
  input: Exclude<EvaluationInput, { kind: 'text' }>,
  value: string,
): Fraction | NotJudgedReason {
  switch (input.kind) {
    case 'ratio':
    case 'percent_over':
    case 'reduction':
      return isPercentUnit(input.unitOfMeasure) ? percent(value) : parseDecimal(value);
    case 'duration': {
      const perUnit = secondsPerUnit(input.unitOfMeasure);
      return perUnit === null ? 'unknown_unit' : multiply(parseDecimal(value), fraction(perUnit));
    }
    default:
      return parseDecimal(value);
  }
}

/**
 * Judges a value. Contract examples, all exact: ratio ≥ 70% ⇔ 100·a ≥ 70·b; duration < 300 s ⇔
 * Σseconds < 300·n; reduction ≥ 30% ⇔ 10·Σonline·n_direct ≤ 7·Σdirect·n_online. The value is
 * returned also when the result is not judged, whenever it can be computed.
 */
export function evaluate(input: EvaluationInput): Evaluation {
  if (input.kind === 'text') return notJudged('qualitative');
  const exact = judgedValue(input);
  if (typeof exact === 'string') return notJudged(exact);
  const { op, value } = input.target ?? {};
  if (op === undefined || value === undefined || value.trim() === '') return notJudged('no_target', exact);
  let target: Fraction | NotJudgedReason;
  try {
    target = targetOf(input, value);
  } catch {
    return notJudged('no_target', exact); // a target that is not a decimal ('khoảng 5') cannot be compared
  }
  if (typeof target === 'string') return notJudged(target, exact);
  return { status: holds(exact, op, target) ? 'dat' : 'chua_dat', value: toNumber(exact), exact };
}

export const EVALUATION_LABEL_VI: Record<EvaluationStatus, string> = {
  dat: 'Đạt',
  chua_dat: 'Chưa đạt',
  chua_danh_gia: 'Chưa đánh giá',
};

export const EVALUATION_LABEL_EN: Record<EvaluationStatus, string> = {
  dat: 'Achieved',
  chua_dat: 'Not achieved',
  chua_danh_gia: 'Not evaluated',
};

/**
 * The target that applies in a year: the one set for that year ('2026'), else the one of the
 * phase containing it ('2026-2027', seed 003); undefined when none does.
 */
export function targetFor<T extends { period: string }>(targets: readonly T[], year: number): T | undefined {
  const exact = targets.find((t) => t.period.trim() === String(year));
  if (exact) return exact;
  return targets.find((t) => {
    const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(t.period.trim());
    return m !== null && Number(m[1]) <= year && year <= Number(m[2]);
  });
}
