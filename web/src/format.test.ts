import { describe, expect, it } from 'vitest';
import { compareVi, formatCount, formatDecimalVi, formatIsoDate, formatMeasure } from './format.js';

describe('web formats', () => {
  it('writes calendar days dd/mm/yyyy without passing through Date', () => {
    expect(formatIsoDate('2026-06-30')).toBe('30/06/2026');
    expect(formatIsoDate('2026-01-05')).toBe('05/01/2026');
    expect(formatIsoDate('Sơn La, ngày tháng năm')).toBe('Sơn La, ngày tháng năm');
  });

  it('writes decimals the vi-VN way, digit for digit', () => {
    expect(formatDecimalVi('90.46')).toBe('90,46');
    expect(formatDecimalVi('1234567.5')).toBe('1.234.567,5');
    expect(formatDecimalVi('-1000')).toBe('-1.000');
    expect(formatDecimalVi('0.1')).toBe('0,1');
    expect(formatCount(105)).toBe('105');
    expect(formatCount(12345)).toBe('12.345');
  });

  it('puts % against the number and other units after a space', () => {
    expect(formatMeasure('90.46', '%')).toBe('90,46%');
    expect(formatMeasure('5', 'sản phẩm')).toBe('5 sản phẩm');
  });

  it('sorts in Vietnamese order: Đ after D, before E', () => {
    const names = ['Xã Ém', 'Xã Đoàn Kết', 'Xã Dốc', 'Xã Chiềng Sơn'];
    expect([...names].sort(compareVi)).toEqual(['Xã Chiềng Sơn', 'Xã Dốc', 'Xã Đoàn Kết', 'Xã Ém']);
  });
});
