import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** A plan (kế hoạch) or decision holding indicators and tasks. The YAML file is the source of truth. */
export const plans = pgTable('plans', {
  code: text('code').primaryKey(),
  docType: text('doc_type').notNull(),
  number: text('number'),
  title: text('title').notNull(),
  issuerCode: text('issuer_code').notNull(),
  issuedOn: date('issued_on', { mode: 'string' }),
  signer: jsonb('signer'),
  legalBases: jsonb('legal_bases').$type<string[]>().notNull(),
  implementsCode: text('implements_code'),
  phases: jsonb('phases')
    .$type<{ code: string; name: string; fromYear: number; toYear: number }[]>()
    .notNull(),
  seedFile: text('seed_file'),
  /** The whole validated definition, as loaded (API detail). */
  definition: jsonb('definition').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An indicator (chỉ tiêu) with its full definition kept as JSON and its key facts as columns. */
export const indicators = pgTable(
  'indicators',
  {
    code: text('code').primaryKey(),
    planCode: text('plan_code').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    trackingUnitCode: text('tracking_unit_code').notNull(),
    risk: text('risk').notNull(),
    manual: boolean('manual').notNull(),
    /** Built-in computation code of the exchange contract (T26-01, HS-SOHOA…), or null. */
    computation: text('computation'),
    isPublic: boolean('is_public').notNull().default(false),
    definition: jsonb('definition').notNull(),
  },
  (t) => [index('indicators_plan_idx').on(t.planCode)],
);

export const tasks = pgTable(
  'tasks',
  {
    code: text('code').primaryKey(),
    planCode: text('plan_code').notNull(),
    position: integer('position').notNull(),
    indicatorCode: text('indicator_code'),
    name: text('name').notNull(),
    deadlineText: text('deadline_text').notNull(),
    /** Parsed deadline (core/deadlines): kind, due date, waves… */
    deadline: jsonb('deadline').notNull(),
    /** Earliest fixed due date, for sorting and overdue queries; null when none. */
    dueOn: date('due_on', { mode: 'string' }),
    definition: jsonb('definition').notNull(),
  },
  (t) => [index('tasks_plan_idx').on(t.planCode), index('tasks_indicator_idx').on(t.indicatorCode)],
);

/** Tasks × units, with group selectors expanded: answers "the tasks of this unit". */
export const taskUnits = pgTable(
  'task_units',
  {
    taskCode: text('task_code').notNull(),
    unitCode: text('unit_code').notNull(),
    /** lead | coordinator */
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.taskCode, t.unitCode, t.role] }),
    index('task_units_unit_idx').on(t.unitCode),
  ],
);

/** Indicators × units they are assigned to, with a unit's own target when its plan sets one. */
export const indicatorUnits = pgTable(
  'indicator_units',
  {
    indicatorCode: text('indicator_code').notNull(),
    unitCode: text('unit_code').notNull(),
    /** Per-unit targets: [{ year|phase, op, value, text }] or null to use the indicator's. */
    targets: jsonb('targets'),
    sourcePlanCode: text('source_plan_code'),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorCode, t.unitCode] }),
    index('indicator_units_unit_idx').on(t.unitCode),
  ],
);
