import { describe, expect, it } from 'vitest';
import { BUILTIN_BY_CODE, type Target } from '../builtins.js';
import { meetsCount, meetsMean, meetsRatio, meetsReduction, round6 } from './judge.js';

const target = (code: string): Target => {
  const def = BUILTIN_BY_CODE.get(code);
  if (!def) throw new Error(code);
  return def.target;
};

describe('meetsRatio', () => {
  it('is exact at 70,00%', () => {
    expect(meetsRatio(70, 100, target('T26-01'))).toBe(true);
    expect(meetsRatio(7, 10, target('T26-01'))).toBe(true);
    expect(meetsRatio(6999, 10000, target('T26-01'))).toBe(false);
    // 0.7 * 3 = 2.0999999999999996 in floating point; on integers 3·0.7 ≤ 2.1 is not reached by 2
    expect(meetsRatio(2, 3, target('T26-01'))).toBe(false);
  });

  it('knows > from ≥ and = 100%', () => {
    expect(meetsRatio(95, 100, target('HS-DUNGHAN'))).toBe(false);
    expect(meetsRatio(951, 1000, target('HS-DUNGHAN'))).toBe(true);
    expect(meetsRatio(10, 10, target('HS-KQDT'))).toBe(true);
    expect(meetsRatio(999, 1000, target('HS-KQDT'))).toBe(false);
    expect(meetsRatio(1, 2, target('T26-06'))).toBe(true);
  });

  it('cannot judge b = 0 or a > b', () => {
    expect(meetsRatio(0, 0, target('T26-01'))).toBeNull();
    expect(meetsRatio(3, 2, target('T26-01'))).toBeNull();
  });
});

describe('meetsCount', () => {
  it('judges T26-09 ≥ 5', () => {
    expect(meetsCount(5, target('T26-09'))).toBe(true);
    expect(meetsCount(4, target('T26-09'))).toBe(false);
  });
});

describe('meetsMean', () => {
  it('judges mean < 300 s on integers', () => {
    expect(meetsMean(299 * 3, 3, target('DV-THOIGIANNOP'))).toBe(true);
    expect(meetsMean(300 * 3, 3, target('DV-THOIGIANNOP'))).toBe(false);
    expect(meetsMean(899, 3, target('DV-THOIGIANNOP'))).toBe(true);
  });
});

describe('meetsReduction', () => {
  it('is exact at 30%: 10·Σonline·n_direct ≤ 7·Σdirect·n_online', () => {
    // online mean 70, direct mean 100 → reduction exactly 30%
    expect(meetsReduction(140, 2, 300, 3, target('DV-GIAMTHOIGIAN'))).toBe(true);
    expect(meetsReduction(141, 2, 300, 3, target('DV-GIAMTHOIGIAN'))).toBe(false);
    // online slower than direct: negative reduction
    expect(meetsReduction(200, 1, 100, 1, target('DV-GIAMTHOIGIAN'))).toBe(false);
  });

  it('does not overflow on a year of dossiers', () => {
    const n = 500_000;
    const sumDirect = n * 30 * 86_400; // 30 days each
    const sumOnline = n * 21 * 86_400; // 21 days each: exactly 30% less
    expect(meetsReduction(sumOnline, n, sumDirect, n, target('DV-GIAMTHOIGIAN'))).toBe(true);
    expect(meetsReduction(sumOnline + 1, n, sumDirect, n, target('DV-GIAMTHOIGIAN'))).toBe(false);
  });
});

describe('round6', () => {
  it('rounds to 6 decimals', () => {
    expect(round6(123 / 170)).toBe(0.723529);
    expect(round6(2 / 3)).toBe(0.666667);
    expect(round6(1)).toBe(1);
  });
});
