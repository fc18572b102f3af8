import { describe, expect, it } from 'vitest';
import { integerVi, percentVi } from './flags.js';
import { generatedVsProcessedFlag } from './generated-vs-processed.js';
import { invalidValueFlag } from './invalid-value.js';
import { outlierFlag } from './outlier.js';
import { reportedVsExtractedFlag } from './reported-vs-extracted.js';

describe('generatedVsProcessedFlag', () => {
  it('is silent when the dossiers balance', () => {
    expect(
      generatedVsProcessedFlag({ source: 'tthc-tinh', finishedBeforeReceived: 0, finishedUndated: 0 }),
    ).toBeNull();
  });

  it('names both kinds of record and how many', () => {
    const flag = generatedVsProcessedFlag({
      source: 'dvcqg',
      finishedBeforeReceived: 2,
      finishedUndated: 1234,
    });
    expect(flag?.code).toBe('generated_vs_processed');
    expect(flag?.message).toBe(
      'Số hồ sơ xử lý không khớp số hồ sơ phát sinh (nguồn dvcqg): 2 hồ sơ có ngày giải quyết trước ngày tiếp nhận; 1.234 hồ sơ ở trạng thái đã giải quyết nhưng không có ngày giải quyết.',
    );
    expect(flag?.messageEn).toContain('2 dossier(s) finished before they were received');
  });
});

describe('invalidValueFlag', () => {
  it('accepts whole a ≤ b, and b = 0', () => {
    expect(invalidValueFlag({ a: 3, b: 3, invalidRecords: 0 })).toBeNull();
    expect(invalidValueFlag({ a: 0, b: 0, invalidRecords: 0 })).toBeNull();
    expect(invalidValueFlag({ a: null, b: null, invalidRecords: 0 })).toBeNull();
  });

  it('flags a > b, negatives, fractions and impossible records', () => {
    expect(invalidValueFlag({ a: 4, b: 3, invalidRecords: 0 })?.message).toBe(
      'Giá trị không hợp lệ: tử số a = 4 lớn hơn mẫu số b = 3.',
    );
    expect(invalidValueFlag({ a: -1, b: 3, invalidRecords: 0 })?.code).toBe('invalid_value');
    expect(invalidValueFlag({ a: 1.5, b: 3, invalidRecords: 0 })?.code).toBe('invalid_value');
    expect(invalidValueFlag({ a: null, b: null, invalidRecords: 2 })?.message).toContain(
      '2 bản ghi có giá trị không hợp lệ',
    );
  });
});

describe('outlierFlag', () => {
  it('needs three earlier months', () => {
    expect(outlierFlag('ratio', 0.1, [0.9, 0.9])).toBeNull();
  });

  it('flags ratios more than 25 points from the mean, not at 25', () => {
    expect(outlierFlag('ratio', 0.5, [0.75, 0.75, 0.75])).toBeNull();
    expect(outlierFlag('ratio', 0.49, [0.75, 0.75, 0.75])?.code).toBe('outlier');
    expect(outlierFlag('reduction', 0.9, [0.3, 0.3, 0.3])?.message).toBe(
      'Giá trị bất thường: 90,00%, lệch hơn 25 điểm phần trăm so với trung bình 30,00% của 3 tháng trước trong năm.',
    );
  });

  it('flags durations more than half the mean away', () => {
    expect(outlierFlag('duration', 300, [200, 200, 200])).toBeNull();
    expect(outlierFlag('duration', 301, [200, 200, 200])?.code).toBe('outlier');
    expect(outlierFlag('duration', null, [200, 200, 200])).toBeNull();
  });
});

describe('reportedVsExtractedFlag', () => {
  it('compares ratios on integers within 1 pp', () => {
    expect(reportedVsExtractedFlag({ a: 71, b: 100, value: null }, { a: 70, b: 100, value: 0.7 })).toBeNull();
    const flag = reportedVsExtractedFlag({ a: 95, b: 100, value: null }, { a: 70, b: 100, value: 0.7 });
    expect(flag?.code).toBe('reported_vs_extracted');
    expect(flag?.message).toContain('(95/100 (95,00%))');
  });

  it('compares counts exactly and values within tolerance', () => {
    expect(reportedVsExtractedFlag({ a: 5, b: null, value: null }, { a: 4, b: null, value: 4 })?.code).toBe(
      'reported_vs_extracted',
    );
    expect(
      reportedVsExtractedFlag({ a: null, b: null, value: 0.305 }, { a: null, b: null, value: 0.3 }),
    ).toBeNull();
    expect(
      reportedVsExtractedFlag({ a: null, b: null, value: 0.32 }, { a: null, b: null, value: 0.3 })?.code,
    ).toBe('reported_vs_extracted');
  });

  it('says nothing when there is nothing to compare', () => {
    expect(reportedVsExtractedFlag({ a: null, b: null, value: null }, { a: 1, b: 2, value: 0.5 })).toBeNull();
  });
});

describe('formatting', () => {
  it('writes vi-VN numbers', () => {
    expect(percentVi(0.723529)).toBe('72,35%');
    expect(integerVi(1234567)).toBe('1.234.567');
    expect(integerVi(12)).toBe('12');
  });
});
