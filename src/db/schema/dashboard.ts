import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Results documents kept per period (src/results/cache.ts): dashboards read many periods and a
 * computation takes up to a second or two. A row is valid while `version` equals the data version
 * (imports, reconciliation decisions, units) it was computed at; nothing expires by time.
 */
export const resultsCache = pgTable('results_cache', {
  /** YYYY-MM */
  period: text('period').primaryKey(),
  version: text('version').notNull(),
  /** The contract's results document (formats/README.md "Results"). */
  document: jsonb('document').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
