import { AppError } from '../shared/errors.js';

/**
 * Exact rationals on bigint, so that a judgement at exactly 70,00% never depends on floating point
 * (SPEC §3: comparisons are exact on the stored integers a and b). Always reduced, den > 0.
 */
export interface Fraction {
  num: bigint;
  den: bigint;
}

export type Comparator = '>=' | '>' | '=' | '<=' | '<';
export type Int = number | bigint;

const abs = (n: bigint) => (n < 0n ? -n : n);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** An integer as bigint; throws for 1.5, NaN or an unsafe number (which has already lost digits). */
export function toBigInt(n: Int): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) {
    throw new AppError('invalid_integer', `Không phải số nguyên: ${n}.`, `Not an integer: ${n}.`);
  }
  return BigInt(n);
}

export function isWholeNumber(n: unknown): n is Int {
  return typeof n === 'bigint' || (typeof n === 'number' && Number.isSafeInteger(n));
}

export function fraction(num: Int, den: Int = 1n): Fraction {
  let n = toBigInt(num);
  let d = toBigInt(den);
  if (d === 0n) throw new AppError('division_by_zero', 'Mẫu số bằng 0.', 'Denominator is zero.');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

/**
 * A decimal as written in a plan or the catalogue ('70', '90.46', '0.5', '-3'; a decimal comma
 * '90,46' too) as an exact fraction: '90.46' → 4523/50.
 */
export function parseDecimal(text: string): Fraction {
  const m = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!m) {
    throw new AppError(
      'invalid_decimal',
      `Không phải số thập phân: "${text}".`,
      `Not a decimal number: "${text}".`,
    );
  }
  const digits = m[3] ?? '';
  const num = BigInt(`${m[1]}${m[2]}${digits}`);
  return fraction(num, 10n ** BigInt(digits.length));
}

export function multiply(x: Fraction, y: Fraction): Fraction {
  return fraction(x.num * y.num, x.den * y.den);
}

export function subtract(x: Fraction, y: Fraction): Fraction {
  return fraction(x.num * y.den - y.num * x.den, x.den * y.den);
}

/** −1, 0 or 1 as x is less than, equal to or greater than y. */
export function compareFractions(x: Fraction, y: Fraction): -1 | 0 | 1 {
  const l = x.num * y.den;
  const r = y.num * x.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** x op y, exactly. */
export function holds(x: Fraction, op: Comparator, y: Fraction): boolean {
  const c = compareFractions(x, y);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '=':
      return c === 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
  }
}

/**
 * Contract: ratios are judged on the integers, a/b ≥ 70% ⇔ 100·a ≥ 70·b. `target` is the
 * fraction itself (70% = 7/10, e.g. percent('70')). b must be positive.
 */
export function compareRatio(a: Int, b: Int, op: Comparator, target: Fraction): boolean {
  const bb = toBigInt(b);
  if (bb <= 0n)
    throw new AppError('division_by_zero', 'Mẫu số phải lớn hơn 0.', 'The denominator must be positive.');
  return holds(fraction(a, bb), op, target);
}

/** A percentage written as a decimal ('70', '90.46') as a fraction of one: 7/10, 4523/5000. */
export function percent(text: string): Fraction {
  return multiply(parseDecimal(text), fraction(1n, 100n));
}

export function toNumber(f: Fraction): number {
  // Number(num)/Number(den) loses precision only beyond 2^53, far past any count we hold.
  return Number(f.num) / Number(f.den);
}

/** Division rounded half away from zero (half-up on magnitudes): 2.5 → 3, −2.5 → −3. */
export function roundDiv(n: bigint, d: bigint): bigint {
  if (d <= 0n)
    throw new AppError('division_by_zero', 'Mẫu số phải lớn hơn 0.', 'The denominator must be positive.');
  const q = (2n * abs(n) + d) / (2n * d);
  return n < 0n ? -q : q;
}
