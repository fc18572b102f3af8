import { describe, expect, it } from 'vitest';
import { planLabel } from './hooks.js';

describe('planLabel', () => {
  it('writes the document type in sentence case with the number and a shortened title', () => {
    expect(planLabel({ docType: 'BÁO CÁO', numberText: '/BC-VPUB', title: 'Tình hình triển khai' })).toBe(
      'Báo cáo /BC-VPUB: Tình hình triển khai',
    );
    const long = 'Đ'.repeat(120);
    expect(planLabel({ docType: 'KẾ HOẠCH', numberText: '', title: long })).toBe(
      `Kế hoạch: ${'Đ'.repeat(89)}…`,
    );
  });
});
