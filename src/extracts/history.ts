import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { type Actor, actorLabel } from '../auth/actor.js';
import type { AppDb } from '../db/connection.js';
import { imports } from '../db/schema/index.js';
import type { ImportRecord } from './store/imports.js';

/**
 * The import history as the API and the history page show it, paged, with the total.
 * An import row names no unit, so a reader limited to its own units (unitScope ≠ 'all') sees the
 * imports it made itself (docs/decisions/extracts-api.md).
 */
export interface HistoryFilter {
  recordSet?: string;
  source?: string;
  period?: string;
  page?: number;
  pageSize?: number;
}

export interface HistoryPage {
  items: ImportRecord[];
  total: number;
  page: number;
  pageSize: number;
}

export async function importHistory(
  db: AppDb,
  filter: HistoryFilter,
  scope: { all: true } | { actor: Actor },
): Promise<HistoryPage> {
  const conditions: SQL[] = [];
  if (filter.recordSet) conditions.push(eq(imports.recordSet, filter.recordSet));
  if (filter.source) conditions.push(eq(imports.source, filter.source));
  if (filter.period) conditions.push(eq(imports.period, filter.period));
  if (!('all' in scope)) conditions.push(eq(imports.actor, actorLabel(scope.actor)));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const page = Math.max(filter.page ?? 1, 1);
  const pageSize = Math.min(Math.max(filter.pageSize ?? 20, 1), 200);
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(imports)
      .where(where)
      .orderBy(desc(imports.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(imports).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0), page, pageSize };
}

export async function findImport(db: AppDb, id: number): Promise<ImportRecord | null> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row ?? null;
}
