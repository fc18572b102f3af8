import type { Target, TargetOp } from '../builtins.js';

/**
 * Evaluation on integers (SPEC §3 "no floating-point edge errors at 70,00%"; contract "Ratios are
 * judged on the integers: a/b ≥ 70% ⇔ 100·a ≥ 70·b"). Targets are fractions num/den; every
 * comparison is cross-multiplied in BigInt so sums of seconds times counts cannot overflow.
 */
function compare(left: bigint, op: TargetOp, right: bigint): boolean {
  switch (op) {
    case '>=':
      return left >= right;
    case '>':
      return left > right;
    case '=':
      return left === right;
    case '<=':
      return left <= right;
    case '<':
      return left < right;
  }
}

const big = (n: number) => BigInt(Math.round(n));

/** a/b op num/den ⇔ a·den op num·b (b > 0). */
export function meetsRatio(a: number, b: number, t: Target): boolean {
  if (b <= 0) throw new RangeError('b must be > 0');
  return compare(big(a) * big(t.den), t.op, big(t.num) * big(b));
}

/** count op num/den ⇔ count·den op num. */
export function meetsCount(count: number, t: Target): boolean {
  return compare(big(count) * big(t.den), t.op, big(t.num));
}

/** mean = Σ/n op num/den ⇔ Σ·den op num·n (contract: mean < 300 s ⇔ Σseconds < 300·count). */
export function meetsMean(sum: number, n: number, t: Target): boolean {
  if (n <= 0) throw new RangeError('n must be > 0');
  return compare(big(sum) * big(t.den), t.op, big(t.num) * big(n));
}

/**
 * reduction = 1 − (Σon/nOn)/(Σdir/nDir) op num/den. With D = Σdir·nOn > 0 this is
 * den·D − den·Σon·nDir op num·D (contract: ≥ 30% ⇔ 10·Σonline·n_direct ≤ 7·Σdirect·n_online).
 */
export function meetsReduction(sumOnline: number, nOnline: number, sumDirect: number, nDirect: number, t: Target): boolean {
  if (nOnline <= 0 || nDirect <= 0 || sumDirect <= 0) throw new RangeError('both channels need records and a positive direct mean');
  const d = big(sumDirect) * big(nOnline);
  return compare(big(t.den) * d - big(t.den) * big(sumOnline) * big(nDirect), t.op, big(t.num) * d);
}

/** a/b rounded to 6 decimals (contract "value"). */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}
