import type { Flag } from '../../controls/flags.js';
import type { Scope, TargetOp } from '../builtins.js';

/**
 * Summable counts that the SQL aggregation returns per (indicator, source, unit, scope). Every
 * field adds up through the unit tree, which is what makes the province Σa / Σb (never a mean).
 */
export interface Measures {
  /** Records of the indicator's record set placed in the window (or the snapshot): decides whether a source is present. */
  records: number;
  a: number;
  b: number;
  /** Records taken out of a, per exclusion rule. */
  reentered: number;
  paper_parallel: number;
  unused_certificate: number;
  /** DV-THOIGIANNOP: Σ submit_seconds and how many. */
  sum: number;
  count: number;
  /** DV-GIAMTHOIGIAN: Σ (finished_at − received_at) in seconds and how many, per channel. */
  sumOnline: number;
  countOnline: number;
  sumDirect: number;
  countDirect: number;
  /** Records whose own values are impossible (components_reused > components_total, negative seconds). */
  invalid: number;
  /** '@dossiers' only: finished dossiers (T26-08's N) and the generated-vs-processed anomalies. */
  finished: number;
  finishedBeforeReceived: number;
  finishedUndated: number;
}
export type MeasureKey = keyof Measures;
export const MEASURE_KEYS: readonly MeasureKey[] = [
  'records',
  'a',
  'b',
  'reentered',
  'paper_parallel',
  'unused_certificate',
  'sum',
  'count',
  'sumOnline',
  'countOnline',
  'sumDirect',
  'countDirect',
  'invalid',
  'finished',
  'finishedBeforeReceived',
  'finishedUndated',
];

/** The pseudo-indicator under which the dossier checks (N of T26-08, generated vs processed) travel. */
export const DOSSIER_CHECKS = '@dossiers';

/** One row of aggregation: the unit's own records only (the core rolls them up). */
export interface Fact {
  indicator: string;
  source: string;
  unit: string;
  scope: Scope;
  measures: Partial<Measures>;
}

/** A past month of the same year (month scope only), for the outlier control. */
export interface HistoryFact {
  indicator: string;
  source: string;
  unit: string;
  /** 1–12 */
  month: number;
  measures: Partial<Measures>;
}

export interface UnitNode {
  code: string;
  parentCode: string | null;
}

/** An aggregator's recorded settlement of a reconciliation flag (seed 000 §II.3). */
export interface Decision {
  indicator: string;
  unit: string;
  period: string;
  scope: Scope;
  /** The source whose value is taken; null = the primary. */
  source: string | null;
  decidedBy: string;
  /** ISO 8601 */
  decidedAt: string;
  reason: string;
}

export type Status = 'dat' | 'chua_dat' | 'chua_danh_gia';

export interface SourceValue {
  source: string;
  a: number | null;
  b: number | null;
}

/** One line of the results document — field order is the contract's ("Results"). */
export interface Result {
  indicator: string;
  unit: string;
  scope: Scope;
  a: number | null;
  b: number | null;
  value: number | null;
  target: { op: TargetOp; value: number };
  status: Status;
  excluded: Record<string, number>;
  flags: Flag[];
  sources: SourceValue[];
  /** Present when an aggregator's decision settled a reconciliation flag (the flag stays). */
  decision?: { source: string; decidedBy: string; decidedAt: string; reason: string };
}

export interface ResultsDocument {
  period: string;
  results: Result[];
}

export function emptyMeasures(): Measures {
  const m = {} as Measures;
  for (const key of MEASURE_KEYS) m[key] = 0;
  return m;
}

export function addMeasures(into: Measures, from: Partial<Measures>): void {
  for (const key of MEASURE_KEYS) into[key] += from[key] ?? 0;
}
