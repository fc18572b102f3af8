import { evaluate, type TargetSpec } from './evaluation.js';
import { formatDecimalVi, formatNumberVi, formatPercentVi } from './format.js';
import {
  type Fraction,
  fraction,
  holds,
  type Int,
  isWholeNumber,
  parseDecimal,
  subtract,
  toNumber,
} from './fraction.js';

/**
 * SPEC §3: "on the current pace, will the year's target be met?" From the year-to-date (lũy kế)
 * values at the end of months 1..k: a count is projected linearly (Σ·12/k); for a ratio the
 * year-to-date ratio is itself the projection, shown with its month-over-month trend.
 */
export interface TrajectoryPoint {
  /** 1–12: the month whose end the cumulative value is taken at. */
  month: number;
  /** Cumulative a (or the count) from 1 January to the end of the month. */
  a: Int;
  /** Cumulative b for ratios. */
  b?: Int | null;
}

export interface TrajectoryInput {
  kind: 'ratio' | 'count';
  year: number;
  points: readonly TrajectoryPoint[];
  target: TargetSpec | null | undefined;
  unitOfMeasure?: string;
}

export type Trend = 'rising' | 'falling' | 'steady';

export interface Trajectory {
  /** Count: the projected year total; ratio: the year-to-date ratio (fraction of one). Null without data. */
  projected: number | null;
  projectedExact: Fraction | null;
  /** Null when it cannot be said (no data, no target, b = 0). */
  willMeet: boolean | null;
  /** Ratio: the ytd ratio against last month's; count: this month's increase against last month's. */
  trend: Trend | null;
  explanationVi: string;
  explanationEn: string;
}

const OP_TEXT = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' } as const;

function sign(f: Fraction): Trend {
  return f.num > 0n ? 'rising' : f.num < 0n ? 'falling' : 'steady';
}

function targetText(input: TrajectoryInput): string | null {
  const { op, value } = input.target ?? {};
  if (!op || value === undefined) return null;
  try {
    const percent =
      input.kind === 'ratio' && (input.unitOfMeasure === undefined || input.unitOfMeasure.trim() === '%');
    return `${OP_TEXT[op]} ${formatDecimalVi(parseDecimal(value), 2, { trimZeros: true })}${percent ? '%' : ''}`;
  } catch {
    return null;
  }
}

function outcome(willMeet: boolean | null, target: string | null): [vi: string, en: string] {
  if (target === null)
    return ['chưa có chỉ tiêu định lượng để so sánh', 'no quantified target to compare with'];
  if (willMeet === null)
    return [`chưa đủ cơ sở để dự báo so với chỉ tiêu ${target}`, `no basis to forecast against ${target}`];
  return willMeet
    ? [`dự kiến đạt chỉ tiêu ${target}`, `expected to meet the target ${target}`]
    : [`dự kiến không đạt chỉ tiêu ${target}`, `expected to miss the target ${target}`];
}

export function projectTrajectory(input: TrajectoryInput): Trajectory {
  const points = [...input.points]
    .filter((p) => Number.isInteger(p.month) && p.month >= 1 && p.month <= 12)
    .sort((x, y) => x.month - y.month);
  const last = points.at(-1);
  const none = (vi: string, en: string): Trajectory => ({
    projected: null,
    projectedExact: null,
    willMeet: null,
    trend: null,
    explanationVi: vi,
    explanationEn: en,
  });
  if (!last)
    return none(`Chưa có số liệu năm ${input.year} để dự báo.`, `No ${input.year} data to forecast from.`);
  const previous = points.at(-2);
  const target = targetText(input);
  const until = `Lũy kế đến hết tháng ${last.month}/${input.year}`;
  const untilEn = `Year to date to the end of ${last.month}/${input.year}`;

  if (input.kind === 'count') {
    if (!isWholeNumber(last.a)) return none('Số liệu không hợp lệ.', 'Invalid value.');
    const total = BigInt(last.a);
    const projectedExact = fraction(total * 12n, BigInt(last.month));
    let willMeet: boolean | null = null;
    const { op, value } = input.target ?? {};
    if (op && value !== undefined) {
      try {
        willMeet = holds(projectedExact, op, parseDecimal(value));
      } catch {
        willMeet = null;
      }
    }
    let trend: Trend | null = null;
    if (previous && isWholeNumber(previous.a)) {
      const before = points.at(-3);
      const thisMonth = total - BigInt(previous.a);
      const lastMonth = BigInt(previous.a) - (before && isWholeNumber(before.a) ? BigInt(before.a) : 0n);
      trend = sign(fraction(thisMonth - lastMonth));
    }
    const projectedText = formatDecimalVi(projectedExact, 1, { trimZeros: true });
    const [vi, en] = outcome(willMeet, target);
    return {
      projected: toNumber(projectedExact),
      projectedExact,
      willMeet,
      trend,
      explanationVi: `${until}: ${formatNumberVi(total)}; theo nhịp hiện tại cả năm ước đạt ${projectedText}, ${vi}.`,
      explanationEn: `${untilEn}: ${total}; at the current pace the year reaches about ${projectedText.replace(/\./g, '').replace(',', '.')}, ${en}.`,
    };
  }

  const judged = evaluate({
    kind: 'ratio',
    a: last.a,
    b: last.b ?? null,
    target: input.target,
    unitOfMeasure: input.unitOfMeasure,
  });
  if (judged.exact === null) {
    return none(
      `${until}: ${judged.reason ?? 'chưa có số liệu.'}`,
      `${untilEn}: ${judged.reasonEn ?? 'no data.'}`,
    );
  }
  const willMeet = judged.status === 'chua_danh_gia' ? null : judged.status === 'dat';
  let trend: Trend | null = null;
  let trendVi = '';
  let trendEn = '';
  const before = previous
    ? evaluate({ kind: 'ratio', a: previous.a, b: previous.b ?? null, target: null }).exact
    : null;
  if (before) {
    const delta = subtract(judged.exact, before);
    trend = sign(delta);
    const points100 = formatDecimalVi(
      { num: (delta.num < 0n ? -delta.num : delta.num) * 100n, den: delta.den },
      2,
    );
    const [wordVi, wordEn] =
      trend === 'rising' ? ['tăng', 'up'] : trend === 'falling' ? ['giảm', 'down'] : ['', ''];
    trendVi =
      trend === 'steady'
        ? ', không đổi so với tháng trước'
        : `, ${wordVi} ${points100} điểm % so với tháng trước`;
    trendEn =
      trend === 'steady'
        ? ', unchanged from last month'
        : `, ${wordEn} ${points100.replace(',', '.')} points from last month`;
  }
  const [vi, en] = outcome(willMeet, target);
  const pct = formatPercentVi(last.a, last.b ?? 0);
  return {
    projected: judged.value,
    projectedExact: judged.exact,
    willMeet,
    trend,
    explanationVi: `${until}: ${pct}${trendVi}; nếu giữ nhịp hiện tại, ${vi}.`,
    explanationEn: `${untilEn}: ${pct.replace(/\./g, '').replace(',', '.')}${trendEn}; at the current pace, ${en}.`,
  };
}
