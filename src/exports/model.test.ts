import { describe, expect, it } from 'vitest';
import {
  cellLines,
  defaultReferenceLine,
  documentNumber,
  numberLine,
  placeDateLine,
  romanNumeral,
} from './model.js';

const issuer = { parentBody: 'UBND TỈNH SƠN LA', body: 'VĂN PHÒNG', name: 'Văn phòng UBND tỉnh' };

describe('Decree 30 lines', () => {
  it('writes the number and symbol, a number below 10 with a leading zero, a blank one for the clerk', () => {
    expect(numberLine({ number: '15', symbol: 'BC-VPUB' })).toBe('Số: 15/BC-VPUB');
    expect(numberLine({ number: '5', symbol: 'BC-VPUB' })).toBe('Số: 05/BC-VPUB');
    expect(numberLine({ number: null, symbol: 'BC-VPUB' })).toBe('Số:      /BC-VPUB');
    expect(documentNumber({ number: ' ', symbol: 'BC-UBND' })).toBe('     /BC-UBND');
  });

  it('writes the place and date: months 1 and 2 and days below 10 padded, other months not', () => {
    expect(placeDateLine('Sơn La', { year: 2026, month: 1, day: 5 })).toBe(
      'Sơn La, ngày 05 tháng 01 năm 2026',
    );
    expect(placeDateLine('Sơn La', { year: 2026, month: 9, day: 29 })).toBe(
      'Sơn La, ngày 29 tháng 9 năm 2026',
    );
    expect(placeDateLine('Sơn La', { year: 2026, month: 4, day: null })).toBe(
      'Sơn La, ngày       tháng 4 năm 2026',
    );
    expect(placeDateLine('Sơn La', { year: 2026, month: 2, day: null })).toBe(
      'Sơn La, ngày       tháng 02 năm 2026',
    );
    expect(placeDateLine('Sơn La', { year: 2026, month: null, day: null })).toBe(
      'Sơn La, ngày       tháng       năm 2026',
    );
  });

  it('refers to the report under each appendix', () => {
    expect(
      defaultReferenceLine({
        number: '15',
        symbol: 'BC-VPUB',
        date: { year: 2026, month: 10, day: 3 },
        docType: 'BÁO CÁO',
        issuer,
      }),
    ).toBe('(Kèm theo Báo cáo số 15/BC-VPUB ngày 03 tháng 10 năm 2026 của Văn phòng UBND tỉnh)');
  });

  it('numbers appendices in Roman numerals', () => {
    expect([1, 2, 3, 4, 8, 9, 14].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'VIII', 'IX', 'XIV']);
  });

  it('breaks a cell written as a list into its items', () => {
    expect(cellLines('- Kế hoạch: Trước 15/01/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất')).toEqual([
      '- Kế hoạch: Trước 15/01/2026',
      '- Báo cáo: Quý, 6 tháng, năm và đột xuất',
    ]);
    expect(cellLines('Độc lập - Tự do')).toEqual(['Độc lập - Tự do']);
    expect(cellLines('- Văn phòng UBND tỉnh')).toEqual(['- Văn phòng UBND tỉnh']);
  });
});
