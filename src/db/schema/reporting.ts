import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * An ad-hoc reporting campaign (báo cáo đột xuất) created from a request letter, e.g. "Công văn số
 * 2842/UBND-NC ngày 16/4/2026" (seed 002): its own scope of units and indicators and its own deadline.
 */
export const campaigns = pgTable('campaigns', {
  id: serial('id').primaryKey(),
  letterNumber: text('letter_number').notNull(),
  letterDate: date('letter_date', { mode: 'string' }).notNull(),
  issuer: text('issuer').notNull(),
  title: text('title').notNull(),
  /** The unit references as given (codes or selectors) and their expansion at creation. */
  scopeRefs: jsonb('scope_refs').$type<string[]>().notNull(),
  unitCodes: text('unit_codes').array().notNull(),
  indicatorCodes: text('indicator_codes').array().notNull(),
  /** null = every task the unit leads or coordinates; [] = none. */
  taskCodes: text('task_codes').array(),
  deadline: ts('deadline').notNull(),
  /** The period the campaign covers ('2026-Q1', '2026-03'), or null. */
  periodCovered: text('period_covered'),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * One unit's report for one period or campaign (the thread); its content lives in versions.
 * `reportKey` ('UNIT|2026-10' or 'UNIT|campaign:7') makes opening a report idempotent.
 */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    reportKey: text('report_key').notNull(),
    unitCode: text('unit_code').notNull(),
    /** Period code for a periodic report; null for a campaign's. */
    period: text('period'),
    campaignId: integer('campaign_id'),
    deadline: ts('deadline').notNull(),
    /** The version shown and worked on: the highest one. */
    currentVersion: integer('current_version').notNull().default(1),
    /** First submission of any version: what timeliness counts (docs/decisions/reporting-cycle.md). */
    firstSubmittedAt: ts('first_submitted_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reports_key_idx').on(t.reportKey),
    index('reports_period_idx').on(t.period),
    index('reports_campaign_idx').on(t.campaignId),
  ],
);

/** A version of a report. Only a draft's content changes; an amendment adds a version, never rewrites one. */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id').notNull(),
    version: integer('version').notNull(),
    /** draft | approved | submitted | accepted | returned */
    status: text('status').notNull(),
    content: jsonb('content').notNull(),
    /** What the unit was asked (indicators with targets, tasks) when the version was opened: kept with it. */
    form: jsonb('form').notNull(),
    /** Values the results engine computed from the extracts when the version was opened, per indicator. */
    extracted: jsonb('extracted'),
    /** Optimistic concurrency: +1 on every write; a PUT carries the revision it edits. */
    revision: integer('revision').notNull().default(1),
    submittedAt: ts('submitted_at'),
    late: boolean('late'),
    returnComment: text('return_comment'),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('report_versions_key_idx').on(t.reportId, t.version)],
);

/** The status history of a report: every transition, with who, when and the content it acted on. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: integer('report_id').notNull(),
    version: integer('version').notNull(),
    /** open | save | approve | submit | accept | return | amend */
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actor: text('actor').notNull(),
    actorUserId: integer('actor_user_id'),
    at: ts('at').notNull(),
    comment: text('comment'),
    late: boolean('late'),
    /** The content as it stood after the event (what was approved, submitted, accepted…). */
    content: jsonb('content'),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.version)],
);

/** Evidence files of a report, kept by SHA-256 in the file store. */
export const reportAttachments = pgTable(
  'report_attachments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
  },
  (t) => [index('report_attachments_report_idx').on(t.reportId)],
);

/** In-app notices (thông báo) to a user. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    data: jsonb('data'),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** What the reminder job has sent: one row per (stage, period or campaign, unit or audience) — never twice. */
export const reminderLog = pgTable('reminder_log', {
  key: text('key').primaryKey(),
  sentAt: ts('sent_at').notNull(),
  recipients: integer('recipients').notNull(),
  emailError: text('email_error'),
});
