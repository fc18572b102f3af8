import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.js';
import { actorLabel } from '../../auth/actor.js';
import type { AppDb } from '../../db/connection.js';
import { reportEvents, reports, reportVersions } from '../../db/schema/index.js';
import { notFound } from '../../shared/errors.js';
import type { ReportContent, ReportForm } from '../content.js';
import type { ReportAction, ReportStatus } from '../workflow.js';
import type { Extracted } from './prefill.js';

/** Reading and appending report rows. Nothing here updates a version that is not a draft or deletes anything. */
export type ReportRow = typeof reports.$inferSelect;
export type VersionRow = Omit<
  typeof reportVersions.$inferSelect,
  'status' | 'content' | 'form' | 'extracted'
> & {
  status: ReportStatus;
  content: ReportContent;
  form: ReportForm;
  extracted: Extracted | null;
};
export type EventRow = typeof reportEvents.$inferSelect;

export const asVersion = (row: typeof reportVersions.$inferSelect): VersionRow => row as VersionRow;

export async function loadReport(db: AppDb, id: number): Promise<{ report: ReportRow; version: VersionRow }> {
  const [report] = await db.select().from(reports).where(eq(reports.id, id));
  if (!report) throw notFound('báo cáo', 'Report', String(id));
  const [version] = await db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, id), eq(reportVersions.version, report.currentVersion)));
  if (!version) throw notFound('phiên bản báo cáo', 'Report version', `${id}/${report.currentVersion}`);
  return { report, version: asVersion(version) };
}

/** The same, with the report row locked for the transaction (two transitions never interleave). */
export async function lockReport(db: AppDb, id: number): Promise<{ report: ReportRow; version: VersionRow }> {
  await db.select({ id: reports.id }).from(reports).where(eq(reports.id, id)).for('update');
  return loadReport(db, id);
}

export async function loadVersions(db: AppDb, id: number): Promise<VersionRow[]> {
  const rows = await db
    .select()
    .from(reportVersions)
    .where(eq(reportVersions.reportId, id))
    .orderBy(asc(reportVersions.version));
  return rows.map(asVersion);
}

export async function loadEvents(db: AppDb, id: number): Promise<EventRow[]> {
  return db
    .select()
    .from(reportEvents)
    .where(eq(reportEvents.reportId, id))
    .orderBy(asc(reportEvents.at), asc(reportEvents.id));
}

export async function appendEvent(
  db: AppDb,
  actor: Actor,
  event: {
    reportId: number;
    version: number;
    action: ReportAction | 'open';
    fromStatus: ReportStatus | null;
    toStatus: ReportStatus;
    at: Date;
    comment?: string | null;
    late?: boolean | null;
    content: ReportContent;
  },
): Promise<void> {
  await db.insert(reportEvents).values({
    ...event,
    comment: event.comment ?? null,
    late: event.late ?? null,
    actor: actorLabel(actor),
    actorUserId: actor.kind === 'user' ? actor.userId : null,
  });
}
