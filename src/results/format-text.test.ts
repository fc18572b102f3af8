import { describe, expect, it } from 'vitest';
import { formatResultsText, formatValueVi } from './format-text.js';

describe('formatResultsText', () => {
  it('lays out a Vietnamese table with flags and exclusions under their line', () => {
    const text = formatResultsText({
      period: '2026-03',
      results: [
        {
          indicator: 'T26-01',
          unit: 'SKHCN',
          scope: 'month',
          a: 1234,
          b: 1700,
          value: 0.725882,
          target: { op: '>=', value: 0.7 },
          status: 'chua_danh_gia',
          excluded: { reentered: 3, paper_parallel: 0 },
          flags: [{ code: 'single_source', message: 'Chỉ có một nguồn.', messageEn: 'One source.' }],
          sources: [{ source: 'qlvb', a: 1234, b: 1700 }],
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Kết quả kỳ 2026-03',
      'Chỉ tiêu  Đơn vị  Phạm vi  a      b      Giá trị  Mục tiêu  Đánh giá',
      '--------  ------  -------  -----  -----  -------  --------  -------------',
      'T26-01    SKHCN   tháng    1.234  1.700  72,59%   ≥ 70,00%  Chưa đánh giá',
      '    loại khỏi tử số: reentered 3',
      '    ! single_source: Chỉ có một nguồn.',
      '',
    ]);
  });

  it('says when there is nothing to show', () => {
    expect(formatResultsText({ period: '2026-03', results: [] })).toBe(
      'Kỳ 2026-03: chưa có dữ liệu để tính kết quả. / No data to compute for 2026-03.\n',
    );
  });

  it('shows durations in seconds and counts as numbers', () => {
    expect(formatValueVi({ indicator: 'DV-THOIGIANNOP', value: 287.5 })).toBe('287,5 giây');
    expect(formatValueVi({ indicator: 'T26-09', value: 5 })).toBe('5');
    expect(formatValueVi({ indicator: 'HS-SOHOA', value: null })).toBe('—');
  });
});
