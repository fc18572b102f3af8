import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { AppDb } from '../db/connection.js';
import { sessions, users } from '../db/schema/index.js';

/**
 * Sessions (level 3: sessions that expire): a random 32-byte token lives only in the user's
 * httpOnly cookie; the database keeps its SHA-256, so a leaked table hands out no live session.
 * A session ends after `sessionIdleMinutes` without a request, or `sessionMaxHours` after login.
 */

export const SESSION_COOKIE = 'tiendo_session';
/** Sliding `last_seen_at` is written at most this often, not on every request of a busy 12th. */
const TOUCH_EVERY_MS = 60_000;

export type SessionTiming = Pick<Config, 'sessionIdleMinutes' | 'sessionMaxHours'>;
type SessionRow = typeof sessions.$inferSelect;
type UserRow = typeof users.$inferSelect;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

/** Compares two secrets in constant time. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Pure: is this session still alive at `now`? */
export function sessionState(
  session: Pick<SessionRow, 'lastSeenAt' | 'expiresAt'>,
  now: Date,
  timing: SessionTiming,
): 'active' | 'idle' | 'expired' {
  if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= timing.sessionIdleMinutes * 60_000) return 'idle';
  return 'active';
}

export interface NewSession {
  /** Goes in the cookie; never stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: AppDb,
  userId: number,
  now: Date,
  timing: SessionTiming,
  ip: string | null,
): Promise<NewSession> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + timing.sessionMaxHours * 3_600_000);
  await db
    .insert(sessions)
    .values({ tokenHash: sha256(token), userId, csrfToken, createdAt: now, lastSeenAt: now, expiresAt, ip });
  return { token, csrfToken, expiresAt };
}

export interface LiveSession {
  tokenHash: string;
  csrfToken: string;
  user: UserRow;
}

/**
 * The session behind a cookie token, sliding its idle window; null when unknown, idle, expired
 * or its user deactivated (a dead session is deleted on the way).
 */
export async function resolveSession(
  db: AppDb,
  token: string,
  now: Date,
  timing: SessionTiming,
): Promise<LiveSession | null> {
  const tokenHash = sha256(token);
  const [found] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!found) return null;
  if (sessionState(found.session, now, timing) !== 'active' || !found.user.active) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { tokenHash, csrfToken: found.session.csrfToken, user: found.user };
}

export async function deleteSession(db: AppDb, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
