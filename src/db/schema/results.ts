import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * An aggregator's decision settling a reconciliation flag of a high-risk indicator (seed 000 §II.3,
 * SPEC §6.3): who, when, why, and which source's value is official. Append-only: a later decision
 * for the same (indicator, unit, period, scope) supersedes an earlier one, which stays.
 */
export const reconciliationDecisions = pgTable(
  'reconciliation_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    indicator: text('indicator').notNull(),
    unitCode: text('unit_code').notNull(),
    /** YYYY-MM */
    period: text('period').notNull(),
    /** month | ytd | snapshot */
    scope: text('scope').notNull(),
    /** The source whose value is taken; null = the primary source. */
    chosenSource: text('chosen_source'),
    reason: text('reason').notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reconciliation_decisions_key_idx').on(t.period, t.indicator, t.unitCode)],
);
