import { z } from 'zod';

/**
 * What a unit writes in its report (SPEC §4, seed 000 §V.1, seed 002): per indicator the value and
 * where it came from, per lead task the progress, coordinating contributions, difficulties and
 * recommendations. Pure (zod only): the web form imports it too.
 */

export const TASK_STATUSES = ['done', 'in_progress', 'not_started'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const text = (max: number) => z.string().max(max).default('');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD');

/** The value's origin: an extract (with its fingerprint) or manual entry with the reason (SPEC §4). */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('extract'),
    importId: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    source: z.string().min(1).max(100),
  }),
  z.object({ kind: z.literal('manual'), reason: text(2000) }),
]);
export type Provenance = z.infer<typeof provenanceSchema>;

/** Seed 000 §V.1: for what is not achieved, subjective and objective causes, remedies, next steps. */
export const causesSchema = z.object({
  subjective: text(5000),
  objective: text(5000),
  remedies: text(5000),
  nextSteps: text(5000),
});
export type Causes = z.infer<typeof causesSchema>;

/**
 * One indicator's entry. Numbers are checked by `validate.ts` (whole, non-negative, a ≤ b) so that
 * the form and the server say the same thing; here they are only numbers.
 *   ratio, multiple, percent_over: a and b;  duration: a = Σ seconds, b = how many;
 *   count, level: value;  text and reduction: text (judged by the tracking agency).
 */
export const indicatorEntrySchema = z.object({
  code: z.string().min(1).max(100),
  a: z.number().nullable().default(null),
  b: z.number().nullable().default(null),
  value: z.number().nullable().default(null),
  text: z.string().max(5000).nullable().default(null),
  provenance: provenanceSchema.nullable().default(null),
  notes: text(5000),
  causes: causesSchema.default({ subjective: '', objective: '', remedies: '', nextSteps: '' }),
});
export type IndicatorEntry = z.infer<typeof indicatorEntrySchema>;

/** Evidence: a document by number and date ("Kế hoạch số 03/KH-VPUB ngày 7/01/2026"). */
export const evidenceSchema = z.object({
  /** "Kế hoạch số 03/KH-VPUB" */
  number: z.string().max(300),
  date: isoDay.nullable().default(null),
  title: text(1000),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const taskEntrySchema = z.object({
  code: z.string().min(1).max(100),
  status: z.enum(TASK_STATUSES).nullable().default(null),
  progress: text(10000),
  evidence: z.array(evidenceSchema).max(50).default([]),
  /** Ids of the report's attachments (POST /reports/{id}/attachments). */
  attachments: z.array(z.number().int().positive()).max(50).default([]),
  completedOn: isoDay.nullable().default(null),
});
export type TaskEntry = z.infer<typeof taskEntrySchema>;

/** What a coordinating unit contributed to a task it coordinates (đơn vị phối hợp). */
export const contributionSchema = z.object({
  taskCode: z.string().min(1).max(100),
  text: text(10000),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const reportContentSchema = z.object({
  indicators: z.array(indicatorEntrySchema).max(500).default([]),
  tasks: z.array(taskEntrySchema).max(500).default([]),
  contributions: z.array(contributionSchema).max(500).default([]),
  /** Khó khăn, vướng mắc. */
  difficulties: text(20000),
  /** Đề xuất, kiến nghị. */
  recommendations: text(20000),
});
export type ReportContent = z.infer<typeof reportContentSchema>;

/** What the unit is asked for: the indicators assigned to it, the tasks it leads and coordinates. */
export interface FormIndicator {
  code: string;
  name: string;
  kind: string;
  unitOfMeasure: string;
  /** The unit's own target for the year, else the indicator's; null when none applies. */
  target: { op?: '>=' | '>' | '=' | '<=' | '<'; value?: string; text: string } | null;
  /** No extract can give it: entered by hand (SPEC §5 "Báo cáo của các cơ quan, đơn vị"). */
  manual: boolean;
  trackingUnitCode: string;
}
export interface FormTask {
  code: string;
  name: string;
  deadlineText: string;
  product: string | null;
}
export interface ReportForm {
  /** The year whose targets apply. */
  year: number;
  indicators: FormIndicator[];
  leadTasks: FormTask[];
  coordinatedTasks: FormTask[];
}

/** An empty report for a form: one entry per indicator and lead task, one contribution per coordinated task. */
export function emptyContent(form: ReportForm): ReportContent {
  return reportContentSchema.parse({
    indicators: form.indicators.map((i) => ({ code: i.code })),
    tasks: form.leadTasks.map((t) => ({ code: t.code })),
    contributions: form.coordinatedTasks.map((t) => ({ taskCode: t.code })),
  });
}
