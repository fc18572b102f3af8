import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The organisation tree: province → departments, agencies, communes, wards → divisions. */
export const units = pgTable(
  'units',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** province | department | agency | commune | ward | division */
    kind: text('kind').notNull(),
    parentCode: text('parent_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_parent_idx').on(t.parentCode)],
);
