import { describe, expect, it } from 'vitest';
import {
  type Comparator,
  compareRatio,
  fraction,
  holds,
  parseDecimal,
  percent,
  roundDiv,
  toBigInt,
  toNumber,
} from './fraction.js';

describe('parseDecimal', () => {
  it.each([
    ['70', 70n, 1n],
    ['90.46', 4523n, 50n],
    ['90,46', 4523n, 50n],
    ['0.5', 1n, 2n],
    ['100', 100n, 1n],
    ['-3', -3n, 1n],
    ['0', 0n, 1n],
    [' 5 ', 5n, 1n],
  ])('%j → %s/%s', (text, num, den) => {
    expect(parseDecimal(text)).toEqual({ num, den });
  });

  it.each(['', '70%', '1.234,5', 'abc', '.5', '1e3'])('refuses %j', (text) => {
    expect(() => parseDecimal(text)).toThrow(/Không phải số thập phân/);
  });

  it('reads percentages', () => {
    expect(percent('70')).toEqual({ num: 7n, den: 10n });
    expect(percent('90.46')).toEqual({ num: 4523n, den: 5000n });
  });
});

describe('fraction', () => {
  it('reduces and keeps the denominator positive', () => {
    expect(fraction(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(fraction(0, 7)).toEqual({ num: 0n, den: 1n });
    expect(() => fraction(1, 0)).toThrow(/Mẫu số bằng 0/);
    expect(() => toBigInt(1.5)).toThrow(/Không phải số nguyên/);
    expect(() => toBigInt(2 ** 53)).toThrow(/Không phải số nguyên/);
    expect(toNumber(fraction(1, 4))).toBe(0.25);
  });

  it('rounds half away from zero', () => {
    expect([
      roundDiv(5n, 2n),
      roundDiv(7n, 2n),
      roundDiv(4n, 3n),
      roundDiv(-5n, 2n),
      roundDiv(5n, 3n),
    ]).toEqual([3n, 4n, 1n, -3n, 2n]);
  });
});

describe('compareRatio: exact at the boundary', () => {
  const seventy = percent('70');
  it.each([
    // 7/10 is exactly 70%: a float 0.7 * 10 comparison must not decide this
    [7, 10, '>=', seventy, true],
    [7, 10, '>', seventy, false],
    [7, 10, '=', seventy, true],
    [69_999_999, 100_000_000, '>=', seventy, false],
    [70_000_000, 100_000_000, '>=', seventy, true],
    [119, 170, '>=', seventy, true], // 70,00% exactly
    [118, 170, '>=', seventy, false],
    [99, 100, '=', percent('100'), false],
    [100, 100, '=', percent('100'), true],
    [50, 100, '<=', percent('50'), true],
    [51, 100, '<', percent('50'), false],
  ] as [number, number, Comparator, ReturnType<typeof percent>, boolean][])(
    '%i/%i %s target → %s',
    (a, b, op, target, ok) => {
      expect(compareRatio(a, b, op, target)).toBe(ok);
    },
  );

  it('does not overflow on national-scale counts', () => {
    const b = 10n ** 30n;
    expect(compareRatio((b * 7n) / 10n, b, '>=', seventy)).toBe(true);
    expect(compareRatio((b * 7n) / 10n - 1n, b, '>=', seventy)).toBe(false);
  });

  it('refuses a zero denominator', () => {
    expect(() => compareRatio(0, 0, '>=', seventy)).toThrow(/lớn hơn 0/);
  });

  it('compares fractions', () => {
    expect(holds(fraction(1, 3), '<', fraction(34, 100))).toBe(true);
    expect(holds(fraction(1, 3), '>', fraction(33, 100))).toBe(true);
  });
});
