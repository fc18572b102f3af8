import type { Flag } from './flags.js';
import { percentEn, percentVi } from './flags.js';

/** One source's value for a ratio indicator. */
export interface SourceRatio {
  source: string;
  a: number;
  b: number;
}

/**
 * seed 000 §II.3, contract "Sources and reconciliation": |a₁/b₁ − a₂/b₂| > tolerance, decided on
 * integers: with tolerance num/den, den·|a₁b₂ − a₂b₁| > num·b₁b₂ (1 pp: 100·|a₁b₂ − a₂b₁| > b₁b₂).
 * A side with b = 0 has no ratio to agree with, so it differs from any side that has one.
 */
export function ratiosDiffer(
  x: SourceRatio,
  y: SourceRatio,
  tolerance: { num: number; den: number },
): boolean {
  if (x.b === 0 || y.b === 0) return x.b !== y.b;
  const cross = BigInt(x.a) * BigInt(y.b) - BigInt(y.a) * BigInt(x.b);
  const gap = cross < 0n ? -cross : cross;
  return BigInt(tolerance.den) * gap > BigInt(tolerance.num) * BigInt(x.b) * BigInt(y.b);
}

const show = (s: SourceRatio, percent: (f: number) => string) =>
  `${s.source} ${s.a}/${s.b}${s.b > 0 ? ` (${percent(s.a / s.b)})` : ''}`;

/**
 * The reconciliation flags of a high-risk indicator for one unit and scope: `single_source` when
 * only one source has records, `source_mismatch` for every other source beyond tolerance of the
 * primary (the first of `present`). No source at all: nothing to reconcile, no flag.
 */
export function reconciliationFlags(
  present: readonly SourceRatio[],
  tolerance: { num: number; den: number },
): Flag[] {
  const [primary, ...others] = present;
  if (!primary) return [];
  const points = (tolerance.num * 100) / tolerance.den;
  if (others.length === 0) {
    return [
      {
        code: 'single_source',
        message: `Chỉ tiêu có nguy cơ sai lệch cao nhưng chỉ có một nguồn dữ liệu (${primary.source}); cần đối chiếu tối thiểu 02 nguồn (Mục II.3 Kế hoạch).`,
        messageEn: `High-risk indicator with a single source (${primary.source}); at least two sources must be reconciled (plan §II.3).`,
      },
    ];
  }
  const flags: Flag[] = [];
  for (const other of others) {
    if (!ratiosDiffer(primary, other, tolerance)) continue;
    flags.push({
      code: 'source_mismatch',
      message: `Số liệu giữa các nguồn lệch quá ${String(points).replace('.', ',')} điểm phần trăm: ${show(primary, percentVi)} so với ${show(other, percentVi)}.`,
      messageEn: `Sources differ by more than ${points} percentage point(s): ${show(primary, percentEn)} against ${show(other, percentEn)}.`,
    });
  }
  return flags;
}
