import type { Flag } from './flags.js';
import { integerVi } from './flags.js';

/**
 * seed 000 §II.4, SPEC §6.5: the smallest number of ratings that measures satisfaction at 95%
 * confidence ±5% over N finished dossiers: n = ⌈n₀ / (1 + (n₀ − 1)/N)⌉ with n₀ = 1.96²·0.25/0.05²
 * = 384.16, i.e. on integers n = ⌈38416·N / (100·N + 38316)⌉ (contract "Exact rules").
 * N = 0 gives 0 (and the rule then says: cannot be judged).
 */
export function requiredSampleSize(finished: number): number {
  if (!Number.isSafeInteger(finished) || finished < 0)
    throw new RangeError(`N must be a whole number ≥ 0, got ${finished}`);
  if (finished === 0) return 0;
  const num = 38416n * BigInt(finished);
  const den = 100n * BigInt(finished) + 38316n;
  return Number((num + den - 1n) / den);
}

/** The `sample_too_small` flag when ratings < n or N = 0; null when the sample is large enough. */
export function sampleSizeFlag(ratings: number, finished: number): Flag | null {
  if (finished === 0) {
    return {
      code: 'sample_too_small',
      message: `Không đủ cỡ mẫu: không có hồ sơ nào đã giải quyết trong kỳ nên không xác định được cỡ mẫu cho ${integerVi(ratings)} lượt đánh giá.`,
      messageEn: `Sample too small: no dossier was finished in the window, so the ${ratings} ratings cannot be judged against a sample size.`,
    };
  }
  const n = requiredSampleSize(finished);
  if (ratings >= n) return null;
  return {
    code: 'sample_too_small',
    message: `Không đủ cỡ mẫu: ${integerVi(ratings)} lượt đánh giá, cần tối thiểu ${integerVi(n)} với ${integerVi(finished)} hồ sơ đã giải quyết trong kỳ (độ tin cậy 95%, sai số ±5%).`,
    messageEn: `Sample too small: ${ratings} ratings, at least ${n} needed for ${finished} dossiers finished in the window (95% confidence, ±5%).`,
  };
}
