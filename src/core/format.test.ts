import { describe, expect, it } from 'vitest';
import { formatDecimalVi, formatNumberVi, formatPercentVi, parseViDecimal, parseViNumber } from './format.js';
import { fraction } from './fraction.js';

describe('formatPercentVi', () => {
  it.each([
    [4523, 5000, 2, '90,46%'],
    [123, 170, 2, '72,35%'], // 72,3529…
    [1, 3, 2, '33,33%'],
    [2, 3, 2, '66,67%'],
    [1, 8, 2, '12,50%'], // 12,5 exactly
    [1, 800, 1, '0,1%'], // 0,125 → half-up
    [1, 200, 0, '1%'], // 0,5 → 1
    [119, 170, 2, '70,00%'],
    [170, 170, 2, '100,00%'],
    [123_456, 100, 2, '123.456,00%'],
    [0, 5, 2, '0,00%'],
    [1, 0, 2, '—'],
  ])('%i/%i (%i places) → %s', (a, b, d, text) => {
    expect(formatPercentVi(a, b, d)).toBe(text);
  });

  it('rounds on integers, not floats', () => {
    // 1.005% in floating point is 1.00499999…; on integers it rounds up.
    expect(formatPercentVi(201, 20000, 2)).toBe('1,01%');
    expect(formatPercentVi(10n ** 25n + 5n * 10n ** 21n, 10n ** 27n, 3)).toBe('1,001%');
  });

  it('can write the seeds’ short form', () => {
    expect(formatPercentVi(100, 100, 2, { trimZeros: true })).toBe('100%');
    expect(formatPercentVi(978, 1000, 2, { trimZeros: true })).toBe('97,8%');
  });
});

describe('formatNumberVi / formatDecimalVi', () => {
  it.each([
    [1234567, undefined, '1.234.567'],
    [123, undefined, '123'],
    [1000, undefined, '1.000'],
    [-1234567, undefined, '-1.234.567'],
    [0, undefined, '0'],
    [1234.5, undefined, '1.234,5'],
    [1234.5, 2, '1.234,50'],
    [0.125, 2, '0,13'],
    [-0.5, undefined, '-0,5'],
    [1e21, undefined, '1.000.000.000.000.000.000.000'],
  ] as [number, number | undefined, string][])('%s (%s) → %s', (n, d, text) => {
    expect(formatNumberVi(n, d)).toBe(text);
  });

  it('formats bigints and fractions', () => {
    expect(formatNumberVi(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatDecimalVi(fraction(-5, 2), 0)).toBe('-3');
    expect(formatDecimalVi(fraction(2066, 1), 1)).toBe('2.066,0');
  });
});

describe('parseViDecimal / parseViNumber', () => {
  it.each([
    ['1.234,5', 2469n, 2n],
    ['1.234', 1234n, 1n],
    ['1.234.567', 1234567n, 1n],
    ['1.234.567,89', 123456789n, 100n],
    ['90,46', 4523n, 50n],
    ['90.46', 4523n, 50n],
    ['0.5', 1n, 2n],
    ['-1.234,5', -2469n, 2n],
    [' 2 066 ', 2066n, 1n],
    ['70', 70n, 1n],
  ])('%j → %s/%s', (text, num, den) => {
    expect(parseViDecimal(text)).toEqual({ num, den });
  });

  it.each(['', 'abc', '1.23.4', '1,234,5', '12%', ',5', '1.'])('%j is not a number', (text) => {
    expect(parseViDecimal(text)).toBeNull();
    expect(parseViNumber(text)).toBeNull();
  });

  it('gives a JavaScript number', () => {
    expect(parseViNumber('1.234,5')).toBe(1234.5);
  });
});
