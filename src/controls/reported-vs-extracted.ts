import type { Flag } from './flags.js';
import { percentEn, percentVi } from './flags.js';
import { ratiosDiffer } from './reconciliation.js';

/**
 * SPEC §6.6, seed 000 §V.2: where a unit types a value and an extract exists, the extracted value
 * is the official one; a difference beyond tolerance is flagged as a possible untruthful report.
 * Pure: the reporting module passes the reported value and the computed result.
 */
export interface ReportedValue {
  a: number | null;
  b: number | null;
  /** For counts, durations and reductions (and ratios entered as a value only). */
  value: number | null;
}

export function reportedVsExtractedFlag(
  reported: ReportedValue,
  extracted: { a: number | null; b: number | null; value: number | null },
  tolerance: { num: number; den: number } = { num: 1, den: 100 },
): Flag | null {
  let differs: boolean;
  if (reported.a !== null && reported.b !== null && extracted.a !== null && extracted.b !== null) {
    differs = ratiosDiffer(
      { source: 'reported', a: reported.a, b: reported.b },
      { source: 'extracted', a: extracted.a, b: extracted.b },
      tolerance,
    );
  } else if (reported.value !== null && extracted.value !== null) {
    differs = Math.abs(reported.value - extracted.value) > tolerance.num / tolerance.den + 1e-9;
  } else if (reported.a !== null && extracted.a !== null && reported.b === null && extracted.b === null) {
    differs = reported.a !== extracted.a; // counts: exact
  } else {
    return null;
  }
  if (!differs) return null;
  const show = (v: ReportedValue, percent: (f: number) => string) =>
    v.a !== null && v.b !== null
      ? `${v.a}/${v.b}${v.b > 0 ? ` (${percent(v.a / v.b)})` : ''}`
      : String(v.a ?? v.value);
  return {
    code: 'reported_vs_extracted',
    message: `Số liệu đơn vị báo cáo (${show(reported, percentVi)}) khác số liệu trích xuất từ hệ thống (${show(extracted, percentVi)}) quá ngưỡng cho phép; số liệu trích xuất là số chính thức (Mục V.2 Kế hoạch: nghi báo cáo không trung thực).`,
    messageEn: `The unit's reported value (${show(reported, percentEn)}) differs from the extracted value (${show(extracted, percentEn)}) beyond tolerance; the extracted value is official (plan §V.2: possibly untruthful report).`,
  };
}
