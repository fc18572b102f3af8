import { isLate } from '../core/periods.js';

/**
 * Timeliness like a reporting-rate dashboard (SPEC §4, DHIS2's "reporting rate"): for a period,
 * per unit and for the province, expected / submitted / on time / late / missing. A unit counts
 * from its first submission of the period: returned and resubmitted, it keeps the time it first
 * reported (docs/decisions/reporting-cycle.md). Pure.
 */
export interface UnitSubmission {
  unitCode: string;
  /** First submission of any version, epoch ms; null when never submitted. */
  firstSubmittedAt: number | null;
}

export type UnitTimelinessStatus = 'on_time' | 'late' | 'missing';
export interface UnitTimeliness {
  unitCode: string;
  expected: true;
  submitted: boolean;
  onTime: boolean;
  late: boolean;
  missing: boolean;
  status: UnitTimelinessStatus;
  submittedAt: string | null;
}
export interface TimelinessTotals {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  /** submitted / expected, 0–1 (null when nobody is expected). */
  rate: number | null;
  /** on time / expected. */
  onTimeRate: number | null;
}

export function unitTimeliness(
  expected: readonly string[],
  submissions: readonly UnitSubmission[],
  deadline: number,
): UnitTimeliness[] {
  const first = new Map(submissions.map((s) => [s.unitCode, s.firstSubmittedAt]));
  return expected.map((unitCode) => {
    const at = first.get(unitCode) ?? null;
    const submitted = at !== null;
    const late = submitted && isLate(at, deadline);
    return {
      unitCode,
      expected: true,
      submitted,
      onTime: submitted && !late,
      late,
      missing: !submitted,
      status: !submitted ? 'missing' : late ? 'late' : 'on_time',
      submittedAt: at === null ? null : new Date(at).toISOString(),
    };
  });
}

export function totals(rows: readonly UnitTimeliness[]): TimelinessTotals {
  const count = (f: (r: UnitTimeliness) => boolean) => rows.filter(f).length;
  const expected = rows.length;
  const submitted = count((r) => r.submitted);
  const onTime = count((r) => r.onTime);
  return {
    expected,
    submitted,
    onTime,
    late: count((r) => r.late),
    missing: count((r) => r.missing),
    rate: expected === 0 ? null : submitted / expected,
    onTimeRate: expected === 0 ? null : onTime / expected,
  };
}
