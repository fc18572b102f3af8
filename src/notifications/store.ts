import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { AppDb } from '../db/connection.js';
import { notifications } from '../db/schema/index.js';
import { notFound } from '../shared/errors.js';

/** In-app notices (thông báo): written by the reminder job and workflow, read by their user. */
export interface NoticeInput {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  data?: unknown;
}
export interface NoticeView {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  data: unknown;
  createdAt: string;
  readAt: string | null;
}

export async function notifyUsers(
  db: AppDb,
  userIds: readonly number[],
  notice: NoticeInput,
  now: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  await db.insert(notifications).values(
    userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link ?? null,
      data: notice.data ?? null,
      createdAt: now,
    })),
  );
}

const present = (row: typeof notifications.$inferSelect): NoticeView => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  data: row.data,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

export async function listNotices(
  db: AppDb,
  userId: number,
  options: { unreadOnly?: boolean; limit?: number } = {},
) {
  const mine = eq(notifications.userId, userId);
  const rows = await db
    .select()
    .from(notifications)
    .where(options.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit ?? 100);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)));
  return { items: rows.map(present), unread: count?.n ?? 0 };
}

/** Marks one notice read; a user reads only their own (someone else's is "not found"). */
export async function markRead(db: AppDb, userId: number, id: number, now: Date): Promise<NoticeView> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  if (!row) throw notFound('thông báo', 'Notification', String(id));
  return present(row);
}

export async function markAllRead(db: AppDb, userId: number, now: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
