import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { authorize, unitScope } from '../auth/policy.js';
import { parsePeriod, periodCode, periodOfInstant, shiftPeriod } from '../core/periods.js';
import type { AppDb } from '../db/connection.js';
import { campaigns, reportAttachments, reports, reportVersions, units } from '../db/schema/index.js';
import { AppError, notFound } from '../shared/errors.js';
import { deadlineLabelVi } from './calendar.js';
import type { ReportContent, ReportForm } from './content.js';
import { diffContent, type FieldChange } from './diff.js';
import {
  type AttachmentView,
  type EventView,
  type Names,
  presentEvent,
  presentReport,
  presentSummary,
  type ReportSummary,
  type ReportView,
} from './presenter.js';
import {
  asVersion,
  loadEvents,
  loadReport,
  loadVersions,
  type ReportRow,
  type VersionRow,
} from './store/reports.js';
import { reportKey, resolveSubject } from './store/subject.js';
import { REPORT_STATUS_VI } from './workflow.js';

/** Reading reports: always through `reports.read`, lists narrowed to the caller's unit scope. */

async function loadNames(
  db: AppDb,
  unitCodes: readonly string[],
  campaignIds: readonly number[],
): Promise<Names> {
  const unitRows = unitCodes.length
    ? await db
        .select({ code: units.code, name: units.name })
        .from(units)
        .where(inArray(units.code, [...unitCodes]))
    : [];
  const campaignRows = campaignIds.length
    ? await db
        .select({ id: campaigns.id, title: campaigns.title, letterNumber: campaigns.letterNumber })
        .from(campaigns)
        .where(inArray(campaigns.id, [...campaignIds]))
    : [];
  return {
    units: new Map(unitRows.map((u) => [u.code, u.name])),
    campaigns: new Map(campaignRows.map((c) => [c.id, c])),
  };
}

export async function loadAttachments(db: AppDb, reportId: number): Promise<AttachmentView[]> {
  const rows = await db
    .select()
    .from(reportAttachments)
    .where(eq(reportAttachments.reportId, reportId))
    .orderBy(asc(reportAttachments.id));
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    mediaType: r.mediaType,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    uploadedBy: r.uploadedBy,
    uploadedAt: r.uploadedAt.toISOString(),
  }));
}

export async function readableReport(
  db: AppDb,
  actor: Actor,
  id: number,
): Promise<{ report: ReportRow; version: VersionRow }> {
  const loaded = await loadReport(db, id);
  authorize(actor, 'reports.read', { unitCode: loaded.report.unitCode });
  return loaded;
}

export async function getReport(db: AppDb, actor: Actor, id: number): Promise<ReportView> {
  const { report, version } = await readableReport(db, actor, id);
  const [names, events, attachments] = await Promise.all([
    loadNames(db, [report.unitCode], report.campaignId ? [report.campaignId] : []),
    loadEvents(db, id),
    loadAttachments(db, id),
  ]);
  return presentReport(actor, report, version, names, { events, attachments });
}

export interface ReportToOpen {
  unitCode: string;
  period: string | null;
  campaignId: number | null;
  deadline: string;
  deadlineLabel: string;
}

/**
 * GET /reports: the reports the caller may read, filtered; and, for the caller's own unit, the
 * report it has to fill but has not opened yet (nothing is created by a GET). Without `period`
 * or `campaign`, "to fill" is about the period due this month (the month before the current one).
 */
export async function listReports(
  db: AppDb,
  actor: Actor,
  filter: { period?: string; unit?: string; campaign?: number; status?: string; tracked?: boolean },
  now: Date,
): Promise<{ items: ReportSummary[]; toOpen: ReportToOpen[] }> {
  authorize(actor, 'reports.read');
  const scope = unitScope(actor, 'reports.read');
  const where: (SQL | undefined)[] = [];
  if (filter.period) where.push(eq(reports.period, periodCode(parsePeriod(filter.period))));
  if (filter.campaign) where.push(eq(reports.campaignId, filter.campaign));
  if (filter.unit) where.push(eq(reports.unitCode, filter.unit));
  if (scope !== 'all') where.push(scope.size ? inArray(reports.unitCode, [...scope]) : eq(reports.id, -1));
  const rows = await db
    .select({ report: reports, version: reportVersions })
    .from(reports)
    .innerJoin(
      reportVersions,
      and(eq(reportVersions.reportId, reports.id), eq(reportVersions.version, reports.currentVersion)),
    )
    .where(and(...where))
    .orderBy(asc(reports.deadline), asc(reports.unitCode), asc(reports.id));
  // the review queue: reports asking for an indicator the caller tracks (reports.review)
  const tracked = actor.kind === 'user' ? new Set(actor.trackedIndicators) : new Set<string>();
  const filtered = rows.filter(
    (r) =>
      (!filter.status || r.version.status === filter.status) &&
      (!filter.tracked || asVersion(r.version).form.indicators.some((i) => tracked.has(i.code))),
  );
  const names = await loadNames(
    db,
    [...new Set(filtered.map((r) => r.report.unitCode))],
    [...new Set(filtered.flatMap((r) => (r.report.campaignId ? [r.report.campaignId] : [])))],
  );
  const items = filtered.map((r) => presentSummary(r.report, asVersion(r.version), names));
  return { items, toOpen: await toOpen(db, actor, filter, now) };
}

async function toOpen(
  db: AppDb,
  actor: Actor,
  filter: { period?: string; campaign?: number; unit?: string },
  now: Date,
): Promise<ReportToOpen[]> {
  if (actor.kind !== 'user' || !actor.roles.some((r) => r === 'reporter' || r === 'unit_head')) return [];
  if (filter.unit && filter.unit !== actor.unitCode) return [];
  const subject = await resolveSubject(
    db,
    filter.campaign
      ? { campaignId: filter.campaign }
      : { period: filter.period ?? periodCode(shiftPeriod(periodOfInstant(now.getTime(), 'month'), -1)) },
  );
  if (subject.kind === 'campaign' && !subject.campaign.unitCodes.includes(actor.unitCode)) return [];
  const [existing] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(eq(reports.reportKey, reportKey(actor.unitCode, subject)));
  if (existing) return [];
  return [
    {
      unitCode: actor.unitCode,
      period: subject.kind === 'period' ? subject.code : null,
      campaignId: subject.kind === 'campaign' ? subject.campaign.id : null,
      deadline: new Date(subject.deadline).toISOString(),
      deadlineLabel: deadlineLabelVi(subject.deadline),
    },
  ];
}

export interface VersionView {
  version: number;
  status: string;
  statusLabel: string;
  current: boolean;
  content: ReportContent;
  form: ReportForm;
  submittedAt: string | null;
  late: boolean | null;
  returnComment: string | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  /** The status history of this version: who did what, when. */
  history: EventView[];
}

export async function listVersions(
  db: AppDb,
  actor: Actor,
  id: number,
): Promise<{ reportId: number; versions: VersionView[] }> {
  const { report } = await readableReport(db, actor, id);
  const [versions, events] = await Promise.all([loadVersions(db, id), loadEvents(db, id)]);
  return {
    reportId: id,
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status,
      statusLabel: REPORT_STATUS_VI[v.status],
      current: v.version === report.currentVersion,
      content: v.content,
      form: v.form,
      submittedAt: v.submittedAt?.toISOString() ?? null,
      late: v.late,
      returnComment: v.returnComment,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
      updatedBy: v.updatedBy,
      updatedAt: v.updatedAt.toISOString(),
      history: events.filter((e) => e.version === v.version).map(presentEvent),
    })),
  };
}

/** Changed fields between two versions, computed on the server (issue 3 §3). */
export async function diffVersions(
  db: AppDb,
  actor: Actor,
  id: number,
  from: number,
  to: number,
): Promise<{ from: number; to: number; changes: FieldChange[] }> {
  await readableReport(db, actor, id);
  const versions = await loadVersions(db, id);
  const find = (n: number) => {
    const v = versions.find((x) => x.version === n);
    if (!v) throw notFound('phiên bản báo cáo', 'Report version', `${id}/${n}`);
    return v;
  };
  if (from === to)
    throw new AppError(
      'invalid_request',
      'Chọn hai phiên bản khác nhau để so sánh.',
      'Choose two different versions.',
    );
  return { from, to, changes: diffContent(find(from).content, find(to).content) };
}
