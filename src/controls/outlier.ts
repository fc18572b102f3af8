import type { Flag } from './flags.js';
import { percentEn, percentVi } from './flags.js';

/**
 * SPEC §6.2: a value "jumping against its own history" is flagged, informatively (it does not
 * change the status). The rule (docs/decisions/outlier.md): with at least 3 earlier months of the
 * same year that have a value, the month's value is an outlier when it is farther from their mean
 * than 25 percentage points (ratios, reductions) or than half the mean (durations).
 */
export const OUTLIER_MIN_HISTORY = 3;
export const OUTLIER_RATIO_POINTS = 0.25;
export const OUTLIER_DURATION_SHARE = 0.5;

export function outlierFlag(
  kind: 'ratio' | 'reduction' | 'duration',
  value: number | null,
  history: readonly number[],
): Flag | null {
  if (value === null || history.length < OUTLIER_MIN_HISTORY) return null;
  const mean = history.reduce((s, v) => s + v, 0) / history.length;
  const gap = Math.abs(value - mean);
  if (kind === 'duration') {
    if (gap <= OUTLIER_DURATION_SHARE * mean) return null;
    return {
      code: 'outlier',
      message: `Giá trị bất thường: ${Math.round(value)} giây, lệch hơn 50% so với trung bình ${Math.round(mean)} giây của ${history.length} tháng trước trong năm.`,
      messageEn: `Outlier: ${Math.round(value)} s is more than 50% away from the mean ${Math.round(mean)} s of the ${history.length} earlier months of the year.`,
    };
  }
  if (gap <= OUTLIER_RATIO_POINTS) return null;
  return {
    code: 'outlier',
    message: `Giá trị bất thường: ${percentVi(value)}, lệch hơn 25 điểm phần trăm so với trung bình ${percentVi(mean)} của ${history.length} tháng trước trong năm.`,
    messageEn: `Outlier: ${percentEn(value)} is more than 25 percentage points away from the mean ${percentEn(mean)} of the ${history.length} earlier months of the year.`,
  };
}
