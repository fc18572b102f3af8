/** A data-control finding attached to a result (contract "Results → flags"; SPEC §6). */
export type FlagCode =
  | 'sample_too_small'
  | 'single_source'
  | 'source_mismatch'
  | 'generated_vs_processed'
  | 'reported_vs_extracted'
  | 'outlier'
  | 'invalid_value';

export interface Flag {
  code: FlagCode;
  /** Vietnamese: which rule, which records, how many. */
  message: string;
  messageEn: string;
}

/** Flags that only inform; every other flag makes the result "Chưa đánh giá" (contract "Results"). */
export const INFORMATIVE_FLAGS: ReadonlySet<FlagCode> = new Set(['outlier']);

/** vi-VN percentage with two decimals: 0.723529 → "72,35%". */
export function percentVi(fraction: number): string {
  return `${(fraction * 100).toFixed(2).replace('.', ',')}%`;
}

export function percentEn(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

/** vi-VN integer with dot thousands separators: 1234567 → "1.234.567". */
export function integerVi(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
