/**
 * The published score of a unit (seed 003 §V.2.g: "đánh giá, xếp hạng kết quả thực hiện … đối với
 * các sở, ban, ngành, UBND các xã, phường"), pure and explainable: four parts, each shown with the
 * numbers behind it. Weights and their reasons: docs/decisions/ranking.md.
 */

export const RANKING_WEIGHTS = { indicators: 50, timeliness: 20, tasks: 20, dataQuality: 10 } as const;
/** Timeliness looks at the last three monthly periods (a quarter, the CCHC reporting rhythm of seed 003 §V.2.đ). */
export const TIMELINESS_PERIODS = 3;
/** Points lost per open data-control flag, out of the data-quality part. */
export const FLAG_PENALTY = 1;

export type PartKey = keyof typeof RANKING_WEIGHTS;

export interface ScoreInput {
  /** Judged indicators of the unit (Đạt + Chưa đạt) and how many of them are Đạt. */
  indicatorsJudged: number;
  indicatorsAchieved: number;
  /** Periods the unit was expected to report among the last TIMELINESS_PERIODS, and those submitted on time. */
  periodsExpected: number;
  periodsOnTime: number;
  /** Lead tasks, and those done or not overdue. */
  tasksLed: number;
  tasksOnTrack: number;
  /** Open data-control flags on the unit's results of the period. */
  openFlags: number;
}

export interface ScorePart {
  key: PartKey;
  label: string;
  labelEn: string;
  max: number;
  /** null: nothing to judge this part on; it is left out of the total and of its maximum. */
  points: number | null;
  numerator: number;
  denominator: number;
  basis: string;
  basisEn: string;
}

export interface Score {
  /** 0–100, two decimals: 100 × the points earned / the maximum of the parts that apply. */
  total: number;
  earned: number;
  available: number;
  parts: ScorePart[];
}

export const FORMULA_VI =
  `Điểm = 100 × (điểm đạt được / tổng điểm tối đa của các phần có cơ sở tính). ` +
  `Chỉ tiêu đạt: ${RANKING_WEIGHTS.indicators} điểm × số chỉ tiêu Đạt / số chỉ tiêu đã đánh giá (Đạt hoặc Chưa đạt). ` +
  `Báo cáo đúng hạn: ${RANKING_WEIGHTS.timeliness} điểm × số kỳ gửi đúng hạn / số kỳ phải báo cáo trong ${TIMELINESS_PERIODS} kỳ gần nhất. ` +
  `Nhiệm vụ: ${RANKING_WEIGHTS.tasks} điểm × số nhiệm vụ chủ trì đã hoàn thành hoặc chưa quá hạn / số nhiệm vụ chủ trì. ` +
  `Chất lượng số liệu: ${RANKING_WEIGHTS.dataQuality} điểm trừ ${FLAG_PENALTY} điểm cho mỗi cảnh báo kiểm soát số liệu chưa xử lý, thấp nhất 0. ` +
  `Phần không có cơ sở tính (không có chỉ tiêu được đánh giá, không phải báo cáo, không chủ trì nhiệm vụ) không tính vào điểm tối đa. ` +
  `Bằng điểm: xếp theo điểm chỉ tiêu, rồi đúng hạn, nhiệm vụ, chất lượng số liệu, rồi tên đơn vị.`;
export const FORMULA_EN =
  `Score = 100 × (points earned / the maximum of the parts that apply). ` +
  `Indicators: ${RANKING_WEIGHTS.indicators} × achieved / judged (achieved or not achieved). ` +
  `Timeliness: ${RANKING_WEIGHTS.timeliness} × periods submitted on time / periods expected among the last ${TIMELINESS_PERIODS}. ` +
  `Tasks: ${RANKING_WEIGHTS.tasks} × lead tasks done or not overdue / lead tasks. ` +
  `Data quality: ${RANKING_WEIGHTS.dataQuality} minus ${FLAG_PENALTY} per open data-control flag, at least 0. ` +
  `A part with nothing to judge is left out of the maximum. ` +
  `Ties: indicator points, then timeliness, tasks, data quality, then the unit's name.`;

const round2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

function ratioPart(
  key: PartKey,
  label: string,
  labelEn: string,
  numerator: number,
  denominator: number,
  what: [string, string],
): ScorePart {
  const max = RANKING_WEIGHTS[key];
  return {
    key,
    label,
    labelEn,
    max,
    points: denominator === 0 ? null : round2((max * numerator) / denominator),
    numerator,
    denominator,
    basis: denominator === 0 ? `Không có ${what[0]} để tính.` : `${numerator}/${denominator} ${what[0]}.`,
    basisEn: denominator === 0 ? `No ${what[1]} to judge.` : `${numerator}/${denominator} ${what[1]}.`,
  };
}

export function scoreUnit(input: ScoreInput): Score {
  const flags = Math.max(0, input.openFlags);
  const parts: ScorePart[] = [
    ratioPart(
      'indicators',
      'Chỉ tiêu đạt',
      'Indicators achieved',
      input.indicatorsAchieved,
      input.indicatorsJudged,
      ['chỉ tiêu Đạt trên số chỉ tiêu đã đánh giá', 'indicators achieved of those judged'],
    ),
    ratioPart('timeliness', 'Báo cáo đúng hạn', 'Timeliness', input.periodsOnTime, input.periodsExpected, [
      'kỳ gửi đúng hạn trên số kỳ phải báo cáo',
      'periods on time of those expected',
    ]),
    ratioPart('tasks', 'Thực hiện nhiệm vụ', 'Task completion', input.tasksOnTrack, input.tasksLed, [
      'nhiệm vụ hoàn thành hoặc chưa quá hạn trên số nhiệm vụ chủ trì',
      'lead tasks done or not overdue',
    ]),
    {
      key: 'dataQuality',
      label: 'Chất lượng số liệu',
      labelEn: 'Data quality',
      max: RANKING_WEIGHTS.dataQuality,
      points: Math.max(0, RANKING_WEIGHTS.dataQuality - FLAG_PENALTY * flags),
      numerator: flags,
      denominator: 0,
      basis: `${flags} cảnh báo kiểm soát số liệu chưa xử lý.`,
      basisEn: `${flags} open data-control flag(s).`,
    },
  ];
  const applying = parts.filter((p) => p.points !== null);
  const earned = round2(applying.reduce((s, p) => s + (p.points ?? 0), 0));
  const available = applying.reduce((s, p) => s + p.max, 0);
  return { total: available === 0 ? 0 : round2((100 * earned) / available), earned, available, parts };
}

export interface Ranked {
  unit: string;
  unitName: string;
  score: Score;
}

const vi = new Intl.Collator('vi');
const points = (s: Score, key: PartKey) => s.parts.find((p) => p.key === key)?.points ?? -1;

/** Highest score first; ties broken by the parts in weight order, then the name and the code. Ranks are 1, 2, 3… */
export function rankUnits<T extends Ranked>(rows: readonly T[]): (T & { rank: number })[] {
  const order: PartKey[] = ['indicators', 'timeliness', 'tasks', 'dataQuality'];
  return [...rows]
    .sort((x, y) => {
      if (x.score.total !== y.score.total) return y.score.total - x.score.total;
      for (const key of order) {
        const d = points(y.score, key) - points(x.score, key);
        if (d !== 0) return d;
      }
      return vi.compare(x.unitName, y.unitName) || x.unit.localeCompare(y.unit);
    })
    .map((row, i) => ({ ...row, rank: i + 1 }));
}
