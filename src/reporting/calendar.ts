import {
  DEFAULT_DEADLINE_RULE,
  type DeadlineRule,
  type Period,
  type PeriodKind,
  periodCode,
  periodLabelEn,
  periodLabelVi,
  periodOfInstant,
  periodWindow,
  reportDeadline,
  shiftPeriod,
} from '../core/periods.js';
import { formatVnDate, instantToVnParts } from '../core/time.js';

/**
 * Reporting periods and their deadlines (SPEC §4, seed 000 §V.1): periods exist without anyone
 * creating them; the report for month M is due at 17:00 (Vietnam) on the 12th of M+1, unless a
 * plan's `reporting` says otherwise. Pure.
 */
export type Frequency = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
export interface PlanReporting {
  planCode: string;
  frequency: Frequency;
  dueDay: number;
  dueTime: string;
}

const KIND_OF: Record<Frequency, PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  half_yearly: 'half',
  yearly: 'year',
};
export const frequencyKind = (f: Frequency): PeriodKind => KIND_OF[f];

/**
 * The deadline of a period: the earliest among the plans reporting at this frequency (a unit
 * reporting to several plans meets the strictest), else seed 000's 17:00 on the 12th.
 */
export function periodDeadline(period: Period, plans: readonly PlanReporting[]): number {
  const rules: DeadlineRule[] = plans
    .filter((p) => KIND_OF[p.frequency] === period.kind)
    .map((p) => ({ dueDay: p.dueDay, dueTime: p.dueTime, monthsAfter: 1 }));
  if (rules.length === 0) rules.push(DEFAULT_DEADLINE_RULE);
  return Math.min(...rules.map((rule) => reportDeadline(period, rule)));
}

/** Period kinds the province expects reports for: monthly always (seed 000), others when a plan asks. */
export function expectedKinds(plans: readonly PlanReporting[]): PeriodKind[] {
  const kinds = new Set<PeriodKind>(['month', ...plans.map((p) => KIND_OF[p.frequency])]);
  return (['month', 'quarter', 'half', 'year'] as const).filter((k) => kinds.has(k));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** '17:00 ngày 12/11/2026' (Vietnam time). */
export function deadlineLabelVi(ms: number): string {
  const p = instantToVnParts(ms);
  return `${pad2(p.hour)}:${pad2(p.minute)} ngày ${formatVnDate(ms)}`;
}
/** '17:00 on 12/11/2026 (UTC+7)'. */
export function deadlineLabelEn(ms: number): string {
  const p = instantToVnParts(ms);
  return `${pad2(p.hour)}:${pad2(p.minute)} on ${formatVnDate(ms)} (UTC+7)`;
}

export interface PeriodInfo {
  code: string;
  kind: PeriodKind;
  label: string;
  labelEn: string;
  /** The window covered, ISO instants: start inclusive, end exclusive. */
  start: string;
  end: string;
  deadline: string;
  deadlineLabel: string;
  deadlineLabelEn: string;
  /** open until the deadline (on-time submission still possible), closed after it. */
  state: 'open' | 'closed';
  /** The period has not ended yet (its month is still running). */
  inProgress: boolean;
}

export function periodInfo(period: Period, plans: readonly PlanReporting[], now: number): PeriodInfo {
  const deadline = periodDeadline(period, plans);
  const window = periodWindow(period);
  return {
    code: periodCode(period),
    kind: period.kind,
    label: periodLabelVi(period),
    labelEn: periodLabelEn(period),
    start: new Date(window.start).toISOString(),
    end: new Date(window.end).toISOString(),
    deadline: new Date(deadline).toISOString(),
    deadlineLabel: deadlineLabelVi(deadline),
    deadlineLabelEn: deadlineLabelEn(deadline),
    state: now <= deadline ? 'open' : 'closed',
    inProgress: now < window.end,
  };
}

/**
 * Recent and upcoming periods of a kind around `now`: the `back` periods before the current one,
 * the current one and `ahead` after it, newest first.
 */
export function listPeriods(
  now: number,
  plans: readonly PlanReporting[],
  options: { kind: PeriodKind; back: number; ahead: number },
): PeriodInfo[] {
  const current = periodOfInstant(now, options.kind);
  const out: PeriodInfo[] = [];
  for (let by = options.ahead; by >= -options.back; by--)
    out.push(periodInfo(shiftPeriod(current, by), plans, now));
  return out;
}

/** The periods of a kind whose deadline falls in [from, to) — what the reminder job looks at. */
export function periodsWithDeadlineIn(
  from: number,
  to: number,
  kind: PeriodKind,
  plans: readonly PlanReporting[],
): Period[] {
  // a deadline falls at most a year after its period's start: scan from a year before `from`
  let p = periodOfInstant(from - 400 * 86_400_000, kind);
  const out: Period[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const d = periodDeadline(p, plans);
    if (d >= to) break;
    if (d >= from) out.push(p);
    p = shiftPeriod(p, 1);
  }
  return out;
}
