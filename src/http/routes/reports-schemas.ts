import { z } from 'zod';
import { reportContentSchema } from '../../reporting/content.js';

/** The JSON shapes of the reporting cycle's API (periods, campaigns, reports, timeliness, notices) for OpenAPI. */

const iso = z.string().describe('ISO 8601 instant (UTC)');
const statusEnum = z.enum(['draft', 'approved', 'submitted', 'accepted', 'returned']);

export const periodInfoSchema = z.object({
  code: z.string().describe("'2026-10', '2026-Q4', '2026-H2', '2026'"),
  kind: z.enum(['month', 'quarter', 'half', 'year']),
  label: z.string().describe("'Tháng 10/2026'"),
  labelEn: z.string(),
  start: iso,
  end: iso,
  deadline: iso,
  deadlineLabel: z.string().describe("'17:00 ngày 12/11/2026' (giờ Việt Nam)"),
  deadlineLabelEn: z.string(),
  state: z.enum(['open', 'closed']).describe('open until the deadline, closed after it'),
  inProgress: z.boolean().describe('the period itself has not ended yet'),
});

export const campaignInputSchema = z.object({
  letterNumber: z.string().trim().min(1).max(200).describe("'2842/UBND-NC'"),
  letterDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('YYYY-MM-DD'),
  issuer: z.string().trim().min(1).max(300).describe("'UBND tỉnh'"),
  title: z.string().trim().min(1).max(2000),
  units: z
    .array(z.string().trim().min(1).max(100))
    .min(1)
    .max(500)
    .describe('unit codes or selectors (@so-ban-nganh, @xa-phuong, @all, @divisions:CODE)'),
  indicators: z.array(z.string().trim().min(1).max(100)).max(500),
  tasks: z
    .array(z.string().trim().min(1).max(100))
    .max(1000)
    .nullish()
    .describe('omitted: every task of each unit; []: none'),
  deadline: z.string().min(1).max(64).describe('ISO 8601 date-time; without an offset, Vietnam time'),
  period: z.string().max(16).nullish().describe('the period covered, e.g. 2026-Q1'),
});

export const campaignSchema = z.object({
  id: z.number().int(),
  letterNumber: z.string(),
  letterDate: z.string(),
  issuer: z.string(),
  title: z.string(),
  units: z.array(z.string()),
  unitCodes: z.array(z.string()),
  indicators: z.array(z.string()),
  tasks: z.array(z.string()).nullable(),
  deadline: iso,
  deadlineLabel: z.string(),
  period: z.string().nullable(),
  createdBy: z.string(),
  createdAt: iso,
});

export const issueSchema = z.object({
  severity: z.enum(['invalid', 'incomplete']),
  path: z.string(),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
});

const formSchema = z.object({
  year: z.number().int(),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      unitOfMeasure: z.string(),
      target: z
        .object({
          op: z.enum(['>=', '>', '=', '<=', '<']).optional(),
          value: z.string().optional(),
          text: z.string(),
        })
        .nullable(),
      manual: z.boolean(),
      trackingUnitCode: z.string(),
    }),
  ),
  leadTasks: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      deadlineText: z.string(),
      product: z.string().nullable(),
    }),
  ),
  coordinatedTasks: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      deadlineText: z.string(),
      product: z.string().nullable(),
    }),
  ),
});

const extractedSchema = z.record(
  z.string(),
  z.object({
    a: z.number().nullable(),
    b: z.number().nullable(),
    value: z.number().nullable(),
    status: z.string(),
    scope: z.string(),
    source: z.string(),
    importId: z.number(),
    sha256: z.string(),
  }),
);

export const attachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: iso,
});

export const eventSchema = z.object({
  version: z.number().int(),
  action: z.string().describe('open | save | approve | submit | accept | return | amend'),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actor: z.string(),
  at: iso,
  comment: z.string().nullable(),
  late: z.boolean().nullable(),
});

export const reportSummarySchema = z.object({
  id: z.number().int(),
  unit: z.object({ code: z.string(), name: z.string() }),
  period: z.object({ code: z.string(), label: z.string() }).nullable(),
  campaign: z.object({ id: z.number().int(), title: z.string(), letterNumber: z.string() }).nullable(),
  deadline: iso,
  deadlineLabel: z.string(),
  version: z.number().int(),
  status: statusEnum,
  statusLabel: z.string(),
  revision: z.number().int().describe('send it back with PUT: a stale one gets 409 conflict'),
  submittedAt: iso.nullable(),
  late: z.boolean(),
  firstSubmittedAt: iso.nullable(),
  updatedBy: z.string(),
  updatedAt: iso,
});

export const reportViewSchema = reportSummarySchema.extend({
  returnComment: z.string().nullable(),
  content: reportContentSchema,
  form: formSchema,
  extracted: extractedSchema.nullable(),
  evaluations: z.array(
    z.object({
      code: z.string(),
      status: z.enum(['dat', 'chua_dat', 'chua_danh_gia']),
      label: z.string(),
      value: z.number().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  flags: z.array(
    z.object({ indicator: z.string(), code: z.string(), message: z.string(), messageEn: z.string() }),
  ),
  issues: z.array(issueSchema),
  attachments: z.array(attachmentSchema),
  history: z.array(eventSchema),
  can: z.object({
    save: z.boolean(),
    approve: z.boolean(),
    submit: z.boolean(),
    accept: z.boolean(),
    return: z.boolean(),
    amend: z.boolean(),
  }),
});

export const reportListSchema = z.object({
  items: z.array(reportSummarySchema),
  toOpen: z.array(
    z.object({
      unitCode: z.string(),
      period: z.string().nullable(),
      campaignId: z.number().int().nullable(),
      deadline: iso,
      deadlineLabel: z.string(),
    }),
  ),
});

export const versionsSchema = z.object({
  reportId: z.number().int(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: z.string(),
      statusLabel: z.string(),
      current: z.boolean(),
      content: reportContentSchema,
      form: formSchema,
      submittedAt: iso.nullable(),
      late: z.boolean().nullable(),
      returnComment: z.string().nullable(),
      createdBy: z.string(),
      createdAt: iso,
      updatedBy: z.string(),
      updatedAt: iso,
      history: z.array(eventSchema),
    }),
  ),
});

export const diffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});

const totalsShape = {
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  rate: z.number().nullable().describe('submitted / expected'),
  onTimeRate: z.number().nullable().describe('on time / expected'),
};

export const timelinessSchema = z.object({
  period: z.string().nullable(),
  campaignId: z.number().int().nullable(),
  label: z.string(),
  deadline: iso,
  deadlineLabel: z.string(),
  units: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      expected: z.literal(true),
      submitted: z.boolean(),
      onTime: z.boolean(),
      late: z.boolean(),
      missing: z.boolean(),
      status: z.enum(['on_time', 'late', 'missing']),
      submittedAt: iso.nullable(),
    }),
  ),
  totals: z.object(totalsShape),
  history: z
    .array(z.object({ period: z.string(), label: z.string(), deadline: iso, ...totalsShape }))
    .optional(),
});

export const noticeSchema = z.object({
  id: z.number().int(),
  kind: z.string().describe('reminder | overdue'),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  data: z.unknown(),
  createdAt: iso,
  readAt: iso.nullable(),
});
