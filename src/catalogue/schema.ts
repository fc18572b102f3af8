import { z } from 'zod';

/**
 * The catalogue files (catalogue/plans/*.yaml): one file a plan, reviewable by the officers who
 * wrote the plan. Seed 000 §II.1: every indicator states its formula, unit, source, extraction
 * system, update frequency and tracking agency — the schema refuses one that does not.
 *
 * Unit references are catalogue unit codes (catalogue/units/*.csv) or group selectors:
 *   @so-ban-nganh  every department and agency (sở, ban, ngành)
 *   @xa-phuong     every commune and ward (UBND các xã, phường)
 *   @all           every reporting unit of the province (both of the above)
 *   @divisions:CODE  the internal divisions of unit CODE (phòng, đơn vị thuộc …)
 */
export const unitRef = z
  .string()
  .regex(
    /^(@so-ban-nganh|@xa-phuong|@all|@divisions:[A-Z0-9_-]+|[A-Z0-9][A-Z0-9_-]*)$/,
    'mã đơn vị hoặc nhóm (@so-ban-nganh, @xa-phuong, @all, @divisions:MA)',
  );

const nonEmpty = z.string().trim().min(1);

export const comparator = z.enum(['>=', '>', '=', '<=', '<']);

/**
 * A target: comparator and a decimal written as in the plan, in the indicator's unit of measure
 * ("70" with unit "%" means 70%; "5" with unit "sản phẩm"). Kept as a string: judged exactly.
 */
export const target = z.object({
  /** A year ("2026") or a phase code of the plan ("2026-2027"). */
  period: z.string().regex(/^\d{4}(-\d{4})?$/),
  op: comparator.optional(),
  value: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'số thập phân dạng 70 hoặc 90.46')
    .optional(),
  /** As written in the plan: "≥ 70%", "Đạt cấp độ 3", "30 lần GDP". */
  text: nonEmpty,
});

export const indicatorKind = z.enum([
  'ratio',
  'count',
  'level',
  'multiple',
  'percent_over',
  'duration',
  'reduction',
  'text',
]);

export const indicator = z.object({
  /** Stable code: the contract's built-ins (T26-01…, HS-…, DV-…, CKS-SUDUNG) or the plan's own prefix. */
  code: z.string().regex(/^[A-Z0-9][A-Z0-9.-]*$/),
  /** Heading path in the plan's table: ["A. CHỈ TIÊU …", "I. PHÁT TRIỂN NGUỒN LỰC"]. */
  group: z.array(nonEmpty).default([]),
  /** STT as printed ("1", "2.3", "a"). */
  stt: z.string().optional(),
  name: nonEmpty,
  kind: indicatorKind,
  /** Đơn vị tính: "%", "sản phẩm", "phút", "lần GDP", "cấp độ". */
  unitOfMeasure: nonEmpty,
  formula: z.object({
    /** a (tử số) in words; for counts the thing counted. */
    numerator: nonEmpty,
    /** b (mẫu số) in words; omitted for counts, levels and texts. */
    denominator: nonEmpty.optional(),
    /** The plan's wording of the method, verbatim when it has one. */
    text: nonEmpty.optional(),
  }),
  /** Built-in computation of the exchange contract, or "manual" (entered by hand with evidence). */
  computation: z.union([z.literal('manual'), z.string().regex(/^[A-Z0-9-]+$/)]),
  baseline: z
    .object({
      year: z.number().int(),
      text: nonEmpty,
      value: z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .optional(),
    })
    .nullable(),
  targets: z.array(target).min(1),
  /** Source codes of the contract (tthc-tinh, dvcqg, tthc-bo, qlvb, lienthong, kyso, baocao), primary first. */
  sources: z.array(z.enum(['tthc-tinh', 'dvcqg', 'tthc-bo', 'qlvb', 'lienthong', 'kyso', 'baocao'])).min(1),
  /** Nguồn dữ liệu gốc / hệ thống trích xuất, as written. */
  sourceText: nonEmpty,
  trackingUnit: unitRef,
  frequency: z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly']),
  risk: z.enum(['high', 'normal']),
  /** How units roll up: ratio Σa/Σb, sum, max/min of levels, none (province-level only). */
  aggregation: z.enum(['sum_ratio', 'sum', 'min', 'max', 'none']),
  /** Units that report it (selectors allowed). */
  assignedUnits: z.array(unitRef).min(1),
  /** A unit's own target where its plan sets one (seed 001: 100% where the province sets ≥ 70%). */
  unitTargets: z.array(target.extend({ unit: unitRef })).default([]),
  /** Reference to the indicator of a parent plan this one implements. */
  implements: z.string().optional(),
  notes: z.string().optional(),
});

export const task = z.object({
  /** Stable code: plan prefix + appendix + number ("KH000-II-1"). */
  code: z.string().regex(/^[A-Z0-9][A-Z0-9.-]*$/),
  /** The indicator it serves, if any. */
  indicator: z.string().optional(),
  /** Appendix or section as printed ("Phụ lục II", "III.2.1"). */
  section: z.string().optional(),
  group: z.array(nonEmpty).default([]),
  stt: z.string().optional(),
  name: nonEmpty,
  description: z.string().optional(),
  lead: z.array(unitRef).min(1),
  /** Lead as written ("Các sở, ban, ngành, UBND xã, phường"). */
  leadText: nonEmpty,
  coordinators: z.array(unitRef).default([]),
  coordinatorsText: z.string().optional(),
  /** Parties named that are not units of the catalogue ("Các DN, HTX trên địa bàn tỉnh", "Bộ Công an"). */
  externalParties: z.array(nonEmpty).default([]),
  /** Thời hạn exactly as written; parsed by core/deadlines at load. */
  deadlineText: nonEmpty,
  /** Kết quả / sản phẩm. */
  product: z.string().optional(),
  /** A measurable target of the task's own ("Tỷ lệ thanh toán trực tuyến đạt trên 80%"). */
  target: z.object({ op: comparator, value: z.string(), unitOfMeasure: nonEmpty, text: nonEmpty }).optional(),
});

export const plan = z.object({
  plan: z.object({
    code: z.string().regex(/^[A-Z0-9][A-Z0-9.-]*$/),
    /** QUYẾT ĐỊNH, KẾ HOẠCH, BÁO CÁO… */
    docType: nonEmpty,
    /** "169/KH-UBND"; null when the seed leaves the number blank ("Số: /QĐ-UBND"). */
    number: z.string().nullable(),
    /** As printed, blanks kept ("/QĐ-UBND"). */
    numberText: nonEmpty,
    title: nonEmpty,
    issuer: unitRef,
    /** ISO date when known, else null with dateText saying what is printed. */
    issuedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    dateText: nonEmpty,
    signer: z.object({ authority: nonEmpty, title: z.string().optional(), name: nonEmpty }).optional(),
    legalBases: z.array(nonEmpty).default([]),
    /** Code of the plan this one implements (seed 001 implements seed 000). */
    implements: z.string().nullable().default(null),
    /** Phases of a multi-year plan (seed 003: 2026–2027, 2028–2030). */
    phases: z
      .array(
        z.object({
          code: z.string().regex(/^\d{4}-\d{4}$/),
          name: nonEmpty,
          fromYear: z.number().int(),
          toYear: z.number().int(),
        }),
      )
      .default([]),
    /** Reporting regime of the plan (seed 000 §V: before 17:00 on the 12th). */
    reporting: z
      .object({
        frequency: z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly']),
        dueDay: z.number().int().min(1).max(28),
        dueTime: z.string().regex(/^\d{2}:\d{2}$/),
      })
      .optional(),
    seedFile: nonEmpty,
    summary: z.string().optional(),
  }),
  indicators: z.array(indicator).default([]),
  tasks: z.array(task).default([]),
});

export type Plan = z.infer<typeof plan>;
export type Indicator = z.infer<typeof indicator>;
export type Task = z.infer<typeof task>;
export type Target = z.infer<typeof target>;
export type UnitRef = z.infer<typeof unitRef>;
