import { type EvaluationInput, evaluate as evaluateCore } from '../../core/evaluation.js';
import type { Target } from '../builtins.js';

/**
 * The results' bridge to the shared evaluation (src/core/evaluation.ts), which judges on integers
 * (SPEC §3 "no floating-point edge errors at 70,00%"; contract: a/b ≥ 70% ⇔ 100·a ≥ 70·b, mean
 * < 300 s ⇔ Σseconds < 300·count, reduction ≥ 30% ⇔ 10·Σonline·n_direct ≤ 7·Σdirect·n_online).
 * true = Đạt, false = Chưa đạt, null = the evaluation could not judge it (no data, invalid value).
 */
function judged(input: EvaluationInput): boolean | null {
  const { status } = evaluateCore(input);
  return status === 'chua_danh_gia' ? null : status === 'dat';
}

/** The built-in target num/den as the catalogue writes targets: '70' with '%', '300' seconds, '5'. */
function spec(t: Target, scale: number): { op: Target['op']; value: string } {
  return { op: t.op, value: String((t.num * scale) / t.den) };
}

// sums of seconds come from SQL as float8; sub-second timestamps make them fractional
const whole = (n: number) => Math.round(n);

export function meetsRatio(a: number, b: number, t: Target): boolean | null {
  return judged({ kind: 'ratio', a: whole(a), b: whole(b), target: spec(t, 100), unitOfMeasure: '%' });
}

export function meetsCount(count: number, t: Target): boolean | null {
  return judged({ kind: 'count', a: whole(count), target: spec(t, 1) });
}

export function meetsMean(sum: number, n: number, t: Target): boolean | null {
  return judged({
    kind: 'duration',
    totalSeconds: whole(sum),
    count: whole(n),
    target: spec(t, 1),
    unitOfMeasure: 'giây',
  });
}

export function meetsReduction(
  sumOnline: number,
  nOnline: number,
  sumDirect: number,
  nDirect: number,
  t: Target,
): boolean | null {
  return judged({
    kind: 'reduction',
    onlineTotal: whole(sumOnline),
    onlineCount: whole(nOnline),
    directTotal: whole(sumDirect),
    directCount: whole(nDirect),
    target: spec(t, 100),
    unitOfMeasure: '%',
  });
}

/** a/b rounded to 6 decimals (contract "value"). */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}
