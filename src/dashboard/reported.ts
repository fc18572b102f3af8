import type { RawSql } from '../db/connection.js';
import type { IndicatorEntry, ReportContent, TaskEntry } from '../reporting/content.js';

/**
 * What units have reported: the content of each monthly report as last submitted (the `submit`
 * event keeps the content it acted on, so an amendment still in draft does not hide what was
 * reported). Campaign reports are left out: their periods are not months.
 */
export interface SubmittedReport {
  unitCode: string;
  /** YYYY-MM */
  period: string;
  submittedAt: Date;
  content: ReportContent;
}

export async function loadSubmittedReports(
  raw: RawSql,
  options: { upTo: string; from?: string; units?: readonly string[] },
): Promise<SubmittedReport[]> {
  const params: unknown[] = [options.upTo, options.from ?? '0000-00'];
  let unitFilter = '';
  if (options.units) {
    params.push([...options.units]);
    unitFilter = 'AND r.unit_code = ANY($3::text[])';
  }
  const rows = await raw.query<{
    unit_code: string;
    period: string;
    at: Date | string;
    content: ReportContent | string | null;
  }>(
    `SELECT DISTINCT ON (r.id) r.unit_code, r.period, e.at, e.content
     FROM reports r JOIN report_events e ON e.report_id = r.id AND e.action = 'submit'
     WHERE r.period ~ '^[0-9]{4}-[0-9]{2}$' AND r.period <= $1 AND r.period >= $2 ${unitFilter}
     ORDER BY r.id, e.at DESC, e.id DESC`,
    params,
  );
  return rows.map((r) => ({
    unitCode: r.unit_code,
    period: r.period,
    submittedAt: new Date(r.at),
    content: (typeof r.content === 'string' ? JSON.parse(r.content) : r.content) ?? emptyContent(),
  }));
}

const emptyContent = (): ReportContent => ({
  indicators: [],
  tasks: [],
  contributions: [],
  difficulties: '',
  recommendations: '',
});

export interface ReportedTask extends TaskEntry {
  /** The period of the report it was taken from. */
  period: string;
}

/** Per unit and task, the latest reported status (a report that leaves the status empty says nothing). */
export function latestTaskEntries(reports: readonly SubmittedReport[]): Map<string, ReportedTask> {
  const sorted = [...reports].sort(
    (x, y) => y.period.localeCompare(x.period) || y.submittedAt.getTime() - x.submittedAt.getTime(),
  );
  const out = new Map<string, ReportedTask>();
  for (const report of sorted) {
    for (const entry of report.content.tasks ?? []) {
      const key = `${report.unitCode}|${entry.code}`;
      if (entry.status !== null && !out.has(key)) out.set(key, { ...entry, period: report.period });
    }
  }
  return out;
}

/** Per unit and indicator, what the unit reported for exactly this period. */
export function indicatorEntriesOf(
  reports: readonly SubmittedReport[],
  period: string,
): Map<string, IndicatorEntry> {
  const out = new Map<string, IndicatorEntry>();
  for (const report of reports) {
    if (report.period !== period) continue;
    for (const entry of report.content.indicators ?? []) out.set(`${report.unitCode}|${entry.code}`, entry);
  }
  return out;
}
