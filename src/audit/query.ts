import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AppDb } from '../db/connection.js';
import { auditLog } from '../db/schema/index.js';
import { AppError } from '../shared/errors.js';

/** Reading the audit trail (level 3: logins, access and changes, "with who and when"). */

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** username, `cli`, `system` or `token:<name>` */
  actor?: string;
  action?: string;
  /** Vietnamese calendar days, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  actorUserId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditPage {
  items: AuditRow[];
  total: number;
  page: number;
  pageSize: number;
}

const VN_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh: UTC+7, no daylight saving

/** The instant a Vietnamese calendar day begins; rejects what is not a real YYYY-MM-DD date. */
export function vnDayStart(ymd: string, plusDays = 0): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (
    !match ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new AppError(
      'invalid_date',
      `Ngày không hợp lệ: "${ymd}" (cần dạng YYYY-MM-DD).`,
      `Invalid date "${ymd}" (YYYY-MM-DD).`,
    );
  }
  return new Date(utc + plusDays * 86_400_000 - VN_OFFSET_MS);
}

export async function listAudit(db: AppDb, filter: AuditFilter = {}): Promise<AuditPage> {
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = Math.min(500, Math.max(1, filter.pageSize ?? 50));
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actor) conditions.push(eq(auditLog.actor, filter.actor));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.at, vnDayStart(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.at, vnDayStart(filter.to, 1)));
  const where = conditions.length ? and(...conditions) : undefined;

  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return {
    items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total,
    page,
    pageSize,
  };
}
