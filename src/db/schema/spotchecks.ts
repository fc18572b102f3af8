import { bigint, bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A spot check (kiểm tra đột xuất, SPEC §6.7, seed 000 §V.2): an inspector opens it on a unit and a
 * period, looks at the records behind every number and records findings. Evidence: rows are never
 * edited; the only change is closing it once (closed_at/closed_by set from null).
 */
export const spotChecks = pgTable(
  'spot_checks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitCode: text('unit_code').notNull(),
    /** YYYY-MM */
    period: text('period').notNull(),
    note: text('note').notNull(),
    openedBy: text('opened_by').notNull(),
    openedAt: ts('opened_at').notNull(),
    closedBy: text('closed_by'),
    closedAt: ts('closed_at'),
  },
  (t) => [index('spot_checks_unit_period_idx').on(t.unitCode, t.period)],
);

/** A finding of a spot check: appended, never edited or deleted. */
export const spotCheckFindings = pgTable(
  'spot_check_findings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // no foreign key, like the other tables: drizzle-kit would qualify it with "public", which the
    // per-schema PostgreSQL tests cannot follow; recordFinding checks the check in its transaction
    spotCheckId: bigint('spot_check_id', { mode: 'number' }).notNull(),
    /** The indicator the finding is about; null = the unit's data as a whole. */
    indicator: text('indicator'),
    text: text('text').notNull(),
    /** low | medium | high */
    severity: text('severity').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('spot_check_findings_check_idx').on(t.spotCheckId)],
);
