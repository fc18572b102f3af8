import type { AppContext } from '../../src/app/context.js';
import type { Actor } from '../../src/auth/actor.js';
import { importExtract } from '../../src/extracts/import.js';
import type { ReportContent } from '../../src/reporting/content.js';
import { tempFilesDir } from './extracts.js';

/**
 * Data for the dashboard, ranking, service-quality and export tests: extracts imported through
 * the real importer, and submitted reports written as the reporting cycle leaves them.
 */

const cli: Actor = { kind: 'cli' };
const filesDir = tempFilesDir();

export async function importCsv(
  app: AppContext,
  recordSet: string,
  source: string | undefined,
  csv: string,
  period?: string,
): Promise<void> {
  const summary = await importExtract(
    { database: app.database, filesDir, actor: cli, now: app.now },
    {
      recordSet,
      source,
      period,
      fileName: `${recordSet}-${source ?? 'x'}-${period ?? ''}.csv`,
      body: (async function* () {
        yield Buffer.from(csv, 'utf8');
      })(),
      via: 'cli',
    },
  );
  if (summary.status === 'rejected')
    throw new Error(`import rejected: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
}

export { DOCUMENT_HEADER } from './extracts.js';

/** n documents of a unit created in `month` (YYYY-MM), the first `electronic` fully electronic. */
export function documents(
  prefix: string,
  unit: string,
  month: string,
  n: number,
  electronic: number,
): string[] {
  const [y, m] = month.split('-');
  return Array.from({ length: n }, (_, i) => {
    const day = String((i % 27) + 1).padStart(2, '0');
    return `${prefix}${i},${unit},${day}/${m}/${y} 09:00,,outgoing,${i < electronic ? 1 : 0},1,0,0`;
  });
}

/** A monthly report as submitted: the `reports` row and its `submit` event with the content. */
export async function submittedReport(
  app: AppContext,
  input: {
    unit: string;
    period: string;
    submittedAt: string;
    deadline?: string;
    content?: Partial<ReportContent>;
  },
): Promise<void> {
  const content: ReportContent = {
    indicators: [],
    tasks: [],
    contributions: [],
    difficulties: '',
    recommendations: '',
    ...input.content,
  };
  const [row] = await app.database.raw.query<{ id: number }>(
    `INSERT INTO reports (report_key, unit_code, period, deadline, current_version, first_submitted_at)
     VALUES ($1, $2, $3, $4, 1, $5) RETURNING id`,
    [
      `${input.unit}|${input.period}`,
      input.unit,
      input.period,
      input.deadline ?? input.submittedAt,
      input.submittedAt,
    ],
  );
  await app.database.raw.query(
    `INSERT INTO report_events (report_id, version, action, from_status, to_status, actor, at, content)
     VALUES ($1, 1, 'submit', 'approved', 'submitted', 'unit_head', $2, $3::jsonb)`,
    [row?.id, input.submittedAt, JSON.stringify(content)],
  );
}
