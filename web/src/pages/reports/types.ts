/**
 * What the reporting API sends (src/http/routes/reports-schemas.ts), as the pages read it. The
 * report shapes are the server's own presenter types (type-only imports: nothing of the server
 * is bundled).
 */
import type { ReportSummary } from '../../../../src/reporting/presenter.js';
import type { VersionView } from '../../../../src/reporting/queries.js';

export type {
  Causes,
  Evidence,
  FormIndicator,
  FormTask,
  IndicatorEntry,
  ReportContent,
  ReportForm,
  TaskEntry,
  TaskStatus,
} from '../../../../src/reporting/content.js';
export type {
  AttachmentView,
  EventView,
  ReportSummary,
  ReportView,
} from '../../../../src/reporting/presenter.js';
export type { VersionView } from '../../../../src/reporting/queries.js';
export type { Issue } from '../../../../src/reporting/validate.js';
export type { ReportStatus } from '../../../../src/reporting/workflow.js';

/** GET /reports */
export interface ReportList {
  items: ReportSummary[];
  toOpen: {
    unitCode: string;
    period: string | null;
    campaignId: number | null;
    deadline: string;
    deadlineLabel: string;
  }[];
}

/** GET /periods */
export interface PeriodInfo {
  code: string;
  kind: 'month' | 'quarter' | 'half' | 'year';
  label: string;
  labelEn: string;
  start: string;
  end: string;
  deadline: string;
  deadlineLabel: string;
  deadlineLabelEn: string;
  state: 'open' | 'closed';
  inProgress: boolean;
}
export interface PeriodList {
  now: string;
  items: PeriodInfo[];
}

/** GET /reports/{id}/versions */
export interface VersionList {
  reportId: number;
  versions: VersionView[];
}

/** GET /reports/{id}/diff */
export interface VersionDiff {
  from: number;
  to: number;
  changes: { path: string; before: unknown; after: unknown }[];
}

export interface TimelinessTotals {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  rate: number | null;
  onTimeRate: number | null;
}

export type UnitTimeliness = 'on_time' | 'late' | 'missing';

/** GET /timeliness */
export interface Timeliness {
  period: string | null;
  campaignId: number | null;
  label: string;
  deadline: string;
  deadlineLabel: string;
  units: {
    unitCode: string;
    unitName: string;
    submitted: boolean;
    onTime: boolean;
    late: boolean;
    missing: boolean;
    status: UnitTimeliness;
    submittedAt: string | null;
  }[];
  totals: TimelinessTotals;
  history?: ({ period: string; label: string; deadline: string } & TimelinessTotals)[];
}

/** GET /notifications */
export interface Notice {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface NoticeList {
  items: Notice[];
  unread: number;
}

/** GET /system (public) */
export interface SystemInfo {
  product: string;
  demo: boolean;
  demoAccounts: { username: string; displayName: string; roles: string[]; password: string }[];
}
