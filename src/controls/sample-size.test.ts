import { describe, expect, it } from 'vitest';
import { requiredSampleSize, sampleSizeFlag } from './sample-size.js';

describe('requiredSampleSize', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [10, 10],
    [100, 80],
    [1000, 278],
    [10_000, 370],
    [1_000_000, 385],
    [1_000_000_000, 385],
  ])('N = %i → n = %i', (N, n) => {
    expect(requiredSampleSize(N)).toBe(n);
  });

  it('matches the real-valued formula ⌈n₀ / (1 + (n₀ − 1)/N)⌉ wherever it is not on an integer edge', () => {
    const n0 = 384.16;
    for (let N = 1; N <= 5000; N += 7)
      expect(requiredSampleSize(N)).toBe(Math.ceil(n0 / (1 + (n0 - 1) / N) - 1e-9));
  });

  it('refuses a negative or fractional N', () => {
    expect(() => requiredSampleSize(-1)).toThrow(RangeError);
    expect(() => requiredSampleSize(1.5)).toThrow(RangeError);
  });
});

describe('sampleSizeFlag', () => {
  it('flags fewer ratings than n, and N = 0', () => {
    expect(sampleSizeFlag(79, 100)?.code).toBe('sample_too_small');
    expect(sampleSizeFlag(79, 100)?.message).toBe(
      'Không đủ cỡ mẫu: 79 lượt đánh giá, cần tối thiểu 80 với 100 hồ sơ đã giải quyết trong kỳ (độ tin cậy 95%, sai số ±5%).',
    );
    expect(sampleSizeFlag(80, 100)).toBeNull();
    expect(sampleSizeFlag(500, 0)?.code).toBe('sample_too_small');
    expect(sampleSizeFlag(1, 1)).toBeNull();
  });
});
