import { describe, expect, it } from 'vitest';
import { ratiosDiffer, reconciliationFlags } from './reconciliation.js';

const ONE_POINT = { num: 1, den: 100 };

describe('ratiosDiffer', () => {
  it('allows exactly 1 percentage point and no more', () => {
    // 71/100 vs 70/100: exactly 1 pp → agree
    expect(ratiosDiffer({ source: 'x', a: 71, b: 100 }, { source: 'y', a: 70, b: 100 }, ONE_POINT)).toBe(
      false,
    );
    // 711/1000 vs 70/100: 1.1 pp → differ
    expect(ratiosDiffer({ source: 'x', a: 711, b: 1000 }, { source: 'y', a: 70, b: 100 }, ONE_POINT)).toBe(
      true,
    );
    // 7099/10000 vs 80/100: 8.99 pp → differ, either order
    expect(ratiosDiffer({ source: 'y', a: 80, b: 100 }, { source: 'x', a: 7099, b: 10000 }, ONE_POINT)).toBe(
      true,
    );
    // 123/170 (72.35%) vs 101/168 (60.12%)
    expect(
      ratiosDiffer({ source: 'qlvb', a: 123, b: 170 }, { source: 'lienthong', a: 101, b: 168 }, ONE_POINT),
    ).toBe(true);
  });

  it('is exact where floating point is not (0.7 − 0.69 vs 0.01)', () => {
    // 70/100 − 69/100 = 1 pp exactly; in floating point 0.7 − 0.69 = 0.010000000000000009
    expect(ratiosDiffer({ source: 'x', a: 70, b: 100 }, { source: 'y', a: 69, b: 100 }, ONE_POINT)).toBe(
      false,
    );
  });

  it('treats b = 0 on one side only as a difference', () => {
    expect(ratiosDiffer({ source: 'x', a: 0, b: 0 }, { source: 'y', a: 5, b: 10 }, ONE_POINT)).toBe(true);
    expect(ratiosDiffer({ source: 'x', a: 0, b: 0 }, { source: 'y', a: 0, b: 0 }, ONE_POINT)).toBe(false);
  });

  it('handles counts whose products exceed 2^53', () => {
    const big = 400_000_000;
    expect(
      ratiosDiffer({ source: 'x', a: big - 1, b: big }, { source: 'y', a: big, b: big }, ONE_POINT),
    ).toBe(false);
  });
});

describe('reconciliationFlags', () => {
  it('flags a single source', () => {
    const flags = reconciliationFlags([{ source: 'qlvb', a: 7, b: 10 }], ONE_POINT);
    expect(flags.map((f) => f.code)).toEqual(['single_source']);
    expect(flags[0]?.message).toContain('qlvb');
  });

  it('compares every other source with the primary', () => {
    const flags = reconciliationFlags(
      [
        { source: 'tthc-tinh', a: 70, b: 100 },
        { source: 'dvcqg', a: 71, b: 100 },
        { source: 'tthc-bo', a: 60, b: 100 },
      ],
      ONE_POINT,
    );
    expect(flags.map((f) => f.code)).toEqual(['source_mismatch']);
    expect(flags[0]?.message).toBe(
      'Số liệu giữa các nguồn lệch quá 1 điểm phần trăm: tthc-tinh 70/100 (70,00%) so với tthc-bo 60/100 (60,00%).',
    );
  });

  it('says nothing without sources', () => {
    expect(reconciliationFlags([], ONE_POINT)).toEqual([]);
  });
});
