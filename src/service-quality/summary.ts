import { formatNumberVi, formatPercentVi } from '../core/format.js';
import type { CatalogueRow, ProcedureDossiers } from './queries.js';

/**
 * Seed 004's measures, pure: the catalogue by online level ("2.066 TTHC: 358 toàn trình, 1.524 một
 * phần, 184 chưa cung cấp"), forms with auto-filled data, and per procedure the volume, the online
 * share, the mean submission time (target < 5 minutes in 2026), the processing time online against
 * in person (reduction ≥ 30%) and satisfaction (≥ 95%).
 */

export interface CatalogueSummary {
  source: string | null;
  total: number;
  full: number;
  partial: number;
  none: number;
  eligible: number;
  /** Provided online: toàn trình or một phần. */
  online: number;
  eform: number;
  /** Auto-filled forms among the procedures provided online (seed 004 criterion 1 is about online forms). */
  eformShare: number | null;
  eformShareText: string;
  text: string;
}

export function summariseCatalogue(rows: readonly CatalogueRow[], source: string | null): CatalogueSummary {
  const sum = (k: keyof Omit<CatalogueRow, 'source' | 'unit'>) => rows.reduce((s, r) => s + r[k], 0);
  const total = sum('total');
  const full = sum('full');
  const partial = sum('partial');
  const none = sum('none');
  const online = full + partial;
  const eformOnline = sum('eformOnline');
  return {
    source,
    total,
    full,
    partial,
    none,
    eligible: sum('eligible'),
    online,
    eform: sum('eform'),
    eformShare: online === 0 ? null : eformOnline / online,
    eformShareText:
      online === 0
        ? '—'
        : `${formatPercentVi(eformOnline, online)} (${formatNumberVi(eformOnline)}/${formatNumberVi(online)} TTHC)`,
    text: `${formatNumberVi(total)} TTHC: ${formatNumberVi(full)} toàn trình, ${formatNumberVi(partial)} một phần, ${formatNumberVi(none)} chưa cung cấp`,
  };
}

export interface ProcedureQuality {
  procedure: string;
  name: string;
  onlineLevel: string | null;
  eform: boolean | null;
  received: number;
  online: number;
  onlineShare: number | null;
  onlineShareText: string;
  fullOnline: number;
  meanSubmitSeconds: number | null;
  meanSubmitText: string;
  submitWithinTarget: boolean | null;
  finished: number;
  meanOnlineSeconds: number | null;
  meanDirectSeconds: number | null;
  meanOnlineText: string;
  meanDirectText: string;
  /** 1 − mean(online)/mean(direct); null when either side is empty. */
  reduction: number | null;
  reductionText: string;
  reductionMet: boolean | null;
  ratings: number;
  satisfied: number;
  satisfiedShare: number | null;
  satisfiedShareText: string;
  satisfactionMet: boolean | null;
}

export const SUBMIT_TARGET_SECONDS = 300;

const minutes = (seconds: number | null) =>
  seconds === null ? '—' : `${formatNumberVi(seconds / 60, 2)} phút`;
const duration = (seconds: number | null) => {
  if (seconds === null) return '—';
  const days = seconds / 86400;
  return days >= 1 ? `${formatNumberVi(days, 2)} ngày` : `${formatNumberVi(seconds / 3600, 2)} giờ`;
};

export function procedureQuality(
  d: ProcedureDossiers,
  rating: { ratings: number; satisfied: number } | undefined,
  info: { name: string; onlineLevel: string | null; eform: boolean } | undefined,
): ProcedureQuality {
  const meanSubmit = d.submitCount === 0 ? null : d.submitSum / d.submitCount;
  const meanOnline = d.onlineCount === 0 ? null : d.onlineSum / d.onlineCount;
  const meanDirect = d.directCount === 0 ? null : d.directSum / d.directCount;
  const reduction =
    meanOnline === null || meanDirect === null || meanDirect === 0 ? null : 1 - meanOnline / meanDirect;
  const ratings = rating?.ratings ?? 0;
  const satisfied = rating?.satisfied ?? 0;
  return {
    procedure: d.procedure,
    name: info?.name ?? d.procedure,
    onlineLevel: info?.onlineLevel ?? null,
    eform: info?.eform ?? null,
    received: d.received,
    online: d.online,
    onlineShare: d.received === 0 ? null : d.online / d.received,
    onlineShareText: d.received === 0 ? '—' : formatPercentVi(d.online, d.received),
    fullOnline: d.fullOnline,
    meanSubmitSeconds: meanSubmit,
    meanSubmitText: minutes(meanSubmit),
    // contract: mean < 300 s ⇔ Σseconds < 300·count, on the integers
    submitWithinTarget: d.submitCount === 0 ? null : d.submitSum < SUBMIT_TARGET_SECONDS * d.submitCount,
    finished: d.finished,
    meanOnlineSeconds: meanOnline,
    meanDirectSeconds: meanDirect,
    meanOnlineText: duration(meanOnline),
    meanDirectText: duration(meanDirect),
    reduction,
    reductionText: reduction === null ? '—' : `${formatNumberVi(reduction * 100, 2)}%`,
    // contract: reduction ≥ 30% ⇔ 10·Σonline·n_direct ≤ 7·Σdirect·n_online
    reductionMet:
      reduction === null ? null : 10 * d.onlineSum * d.directCount <= 7 * d.directSum * d.onlineCount,
    ratings,
    satisfied,
    satisfiedShare: ratings === 0 ? null : satisfied / ratings,
    satisfiedShareText: ratings === 0 ? '—' : formatPercentVi(satisfied, ratings),
    satisfactionMet: ratings === 0 ? null : 100 * satisfied >= 95 * ratings,
  };
}

/** The busiest procedures, and those with the lowest satisfaction (ties: more ratings, then code). */
export function topAndBottom(items: readonly ProcedureQuality[], n = 10) {
  const top = [...items]
    .sort((x, y) => y.received - x.received || x.procedure.localeCompare(y.procedure))
    .slice(0, n);
  const bottom = items
    .filter((i) => i.satisfiedShare !== null)
    .sort(
      (x, y) =>
        (x.satisfiedShare ?? 0) - (y.satisfiedShare ?? 0) ||
        y.ratings - x.ratings ||
        x.procedure.localeCompare(y.procedure),
    )
    .slice(0, n);
  return { top, bottom };
}
