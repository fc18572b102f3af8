import { and, desc, eq, sql } from 'drizzle-orm';
import type { AppDb } from '../../db/connection.js';
import { imports } from '../../db/schema/index.js';

/** One row of the import history, as the API and the web page show it. */
export interface ImportRecord {
  id: number;
  recordSet: string;
  source: string | null;
  period: string | null;
  fileName: string | null;
  sha256: string;
  sizeBytes: number;
  format: string;
  encoding: string | null;
  /** applied | unchanged */
  status: string;
  rowsRead: number;
  imported: number;
  replaced: number;
  unchanged: number;
  warnings: string[];
  actor: string;
  via: string;
  createdAt: Date;
}

export type NewImport = Omit<ImportRecord, 'id'>;

/** Inserts the row; `id` may be given when it was taken from the sequence beforehand. */
export async function insertImport(db: AppDb, row: NewImport & { id?: number }): Promise<number> {
  const [inserted] = await db.insert(imports).values(row).returning({ id: imports.id });
  if (!inserted) throw new Error('imports row not returned');
  return inserted.id;
}

export async function updateImportCounts(
  db: AppDb,
  id: number,
  counts: { imported: number; replaced: number; unchanged: number; warnings: string[] },
): Promise<void> {
  await db.update(imports).set(counts).where(eq(imports.id, id));
}

/** The applied import of the same bytes for the same record set, source and period, if any. */
export async function findAppliedImport(
  db: AppDb,
  key: { recordSet: string; source: string | null; period: string | null; sha256: string },
): Promise<ImportRecord | null> {
  const [row] = await db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.sha256, key.sha256),
        eq(imports.recordSet, key.recordSet),
        eq(imports.status, 'applied'),
        sql`${imports.source} IS NOT DISTINCT FROM ${key.source}`,
        sql`${imports.period} IS NOT DISTINCT FROM ${key.period}`,
      ),
    )
    .orderBy(desc(imports.id))
    .limit(1);
  return row ?? null;
}

export interface ImportFilter {
  recordSet?: string;
  source?: string;
  period?: string;
  status?: 'applied' | 'unchanged';
  /** Newest first; default 100, at most 1000. */
  limit?: number;
  offset?: number;
}

/** The import history, newest first. */
export async function listImports(db: AppDb, filter: ImportFilter = {}): Promise<ImportRecord[]> {
  const conditions = [
    filter.recordSet === undefined ? undefined : eq(imports.recordSet, filter.recordSet),
    filter.source === undefined ? undefined : eq(imports.source, filter.source),
    filter.period === undefined ? undefined : eq(imports.period, filter.period),
    filter.status === undefined ? undefined : eq(imports.status, filter.status),
  ].filter((c) => c !== undefined);
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
  return db
    .select()
    .from(imports)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(imports.id))
    .limit(limit)
    .offset(Math.max(filter.offset ?? 0, 0));
}
