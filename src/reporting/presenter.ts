import type { Actor } from '../auth/actor.js';
import { can } from '../auth/policy.js';
import { reportedVsExtractedFlag } from '../controls/reported-vs-extracted.js';
import { EVALUATION_LABEL_VI, type EvaluationStatus } from '../core/evaluation.js';
import { parsePeriod, periodLabelVi } from '../core/periods.js';
import { deadlineLabelVi } from './calendar.js';
import { reportRef } from './commands/shared.js';
import type { ReportContent, ReportForm } from './content.js';
import type { Extracted } from './store/prefill.js';
import type { EventRow, ReportRow, VersionRow } from './store/reports.js';
import { entryKind, evaluateEntry, type Issue, validateReport } from './validate.js';
import { nextStatus, REPORT_STATUS_VI, type ReportAction, type ReportStatus } from './workflow.js';

/** What leaves the server about reports: one shape for the API and the web pages. */

export interface ReportSummary {
  id: number;
  unit: { code: string; name: string };
  period: { code: string; label: string } | null;
  campaign: { id: number; title: string; letterNumber: string } | null;
  deadline: string;
  deadlineLabel: string;
  version: number;
  status: ReportStatus;
  statusLabel: string;
  revision: number;
  submittedAt: string | null;
  late: boolean;
  firstSubmittedAt: string | null;
  updatedBy: string;
  updatedAt: string;
}

export interface EvaluationView {
  code: string;
  status: EvaluationStatus;
  label: string;
  value: number | null;
  reason: string | null;
}
export interface FlagView {
  indicator: string;
  code: string;
  message: string;
  messageEn: string;
}
export interface EventView {
  version: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: string;
  at: string;
  comment: string | null;
  late: boolean | null;
}
export interface AttachmentView {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface ReportView extends ReportSummary {
  returnComment: string | null;
  content: ReportContent;
  form: ReportForm;
  extracted: Extracted | null;
  evaluations: EvaluationView[];
  flags: FlagView[];
  /** What approval and submission still need (empty when complete). */
  issues: Issue[];
  attachments: AttachmentView[];
  history: EventView[];
  /** What the caller may do now, for the page's buttons (the server checks again). */
  can: Record<ReportAction, boolean>;
}

export interface Names {
  units: ReadonlyMap<string, string>;
  campaigns: ReadonlyMap<number, { id: number; title: string; letterNumber: string }>;
}

export function presentSummary(report: ReportRow, version: VersionRow, names: Names): ReportSummary {
  return {
    id: report.id,
    unit: { code: report.unitCode, name: names.units.get(report.unitCode) ?? report.unitCode },
    period: report.period ? { code: report.period, label: periodLabelVi(parsePeriod(report.period)) } : null,
    campaign: report.campaignId ? (names.campaigns.get(report.campaignId) ?? null) : null,
    deadline: report.deadline.toISOString(),
    deadlineLabel: deadlineLabelVi(report.deadline.getTime()),
    version: version.version,
    status: version.status,
    statusLabel: REPORT_STATUS_VI[version.status],
    revision: version.revision,
    submittedAt: version.submittedAt?.toISOString() ?? null,
    late: version.late === true,
    firstSubmittedAt: report.firstSubmittedAt?.toISOString() ?? null,
    updatedBy: version.updatedBy,
    updatedAt: version.updatedAt.toISOString(),
  };
}

export function evaluations(form: ReportForm, content: ReportContent): EvaluationView[] {
  const entries = new Map(content.indicators.map((e) => [e.code, e]));
  return form.indicators.map((indicator) => {
    const e = evaluateEntry(indicator, entries.get(indicator.code));
    return {
      code: indicator.code,
      status: e.status,
      label: EVALUATION_LABEL_VI[e.status],
      value: e.value,
      reason: e.reason ?? null,
    };
  });
}

/** SPEC §6.6: a typed value that differs from the extracted one beyond tolerance is flagged. */
export function reportedVsExtracted(
  form: ReportForm,
  content: ReportContent,
  extracted: Extracted | null,
): FlagView[] {
  if (!extracted) return [];
  const flags: FlagView[] = [];
  for (const entry of content.indicators) {
    const ext = extracted[entry.code];
    const indicator = form.indicators.find((i) => i.code === entry.code);
    if (!ext || !indicator || entry.provenance?.kind === 'extract') continue;
    const pair = entryKind(indicator.kind) === 'pair';
    const reported = pair
      ? { a: entry.a, b: entry.b, value: null }
      : { a: entry.value, b: null, value: null };
    const official = pair
      ? { a: ext.a, b: ext.b, value: null }
      : { a: ext.a ?? ext.value, b: null, value: null };
    const flag = reportedVsExtractedFlag(reported, official);
    if (flag)
      flags.push({
        indicator: entry.code,
        code: flag.code,
        message: flag.message,
        messageEn: flag.messageEn,
      });
  }
  return flags;
}

export function presentEvent(e: EventRow): EventView {
  return {
    version: e.version,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actor: e.actor,
    at: e.at.toISOString(),
    comment: e.comment,
    late: e.late,
  };
}

export function allowedActions(
  actor: Actor,
  report: ReportRow,
  version: VersionRow,
): Record<ReportAction, boolean> {
  const ref = reportRef(report, version);
  const may = (action: ReportAction, policy: Parameters<typeof can>[1], status: ReportStatus) =>
    nextStatus(action, version.status) !== null && can(actor, policy, { ...ref, status });
  return {
    save: may('save', 'reports.edit', 'draft'),
    approve: may('approve', 'reports.approve', 'draft'),
    submit: may('submit', 'reports.submit', 'approved'),
    accept: may('accept', 'reports.review', 'submitted'),
    return: may('return', 'reports.review', 'submitted'),
    amend: may('amend', 'reports.edit', 'draft'),
  };
}

export function presentReport(
  actor: Actor,
  report: ReportRow,
  version: VersionRow,
  names: Names,
  extra: { events: EventRow[]; attachments: AttachmentView[] },
): ReportView {
  return {
    ...presentSummary(report, version, names),
    returnComment: version.returnComment,
    content: version.content,
    form: version.form,
    extracted: version.extracted,
    evaluations: evaluations(version.form, version.content),
    flags: reportedVsExtracted(version.form, version.content, version.extracted),
    issues: validateReport(version.form, version.content, { forSubmit: true }),
    attachments: extra.attachments,
    history: extra.events.map(presentEvent),
    can: allowedActions(actor, report, version),
  };
}
