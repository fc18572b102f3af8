import { and, eq, lt, sql } from 'drizzle-orm';
import { audit } from '../audit/audit.js';
import type { Config } from '../config.js';
import type { Database } from '../db/connection.js';
import { sessions, users } from '../db/schema/index.js';
import { AppError } from '../shared/errors.js';
import type { UserActor } from './actor.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { createSession, type NewSession } from './sessions.js';
import { normaliseUsername, presentUser, type UserView } from './users.js';

export type LoginConfig = Pick<
  Config,
  'sessionIdleMinutes' | 'sessionMaxHours' | 'maxFailedLogins' | 'lockMinutes'
>;

export interface LoginAttempt {
  username: string;
  password: string;
  ip: string | null;
}

/** One message whether the user is unknown, inactive or the password wrong: no user enumeration. */
export const invalidCredentials = () =>
  new AppError(
    'invalid_credentials',
    'Tên đăng nhập hoặc mật khẩu không đúng.',
    'Wrong username or password.',
    {
      status: 401,
    },
  );

const accountLocked = (minutes: number) =>
  new AppError(
    'account_locked',
    `Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    `The account is locked after repeated failed logins. Try again in ${minutes} minutes.`,
    { status: 423 },
  );

/**
 * Checks a username and password and opens a session. Level 3: after `maxFailedLogins` failures
 * in a row the account is locked for `lockMinutes`; every success and failure is audited.
 */
export async function login(
  database: Database,
  config: LoginConfig,
  now: Date,
  attempt: LoginAttempt,
): Promise<{ session: NewSession; user: UserView }> {
  const username = normaliseUsername(attempt.username);
  const { db } = database;
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const failed = async (reason: string, userId: number | null) =>
    audit(
      db,
      { kind: 'system' },
      {
        action: 'login_failed',
        entity: 'user',
        entityId: userId,
        after: { username, reason },
        ip: attempt.ip,
      },
    );

  if (!user?.active) {
    await verifyPassword(await decoyPasswordHash(), attempt.password); // same time as a real check
    await failed(user ? 'inactive' : 'unknown_user', user?.id ?? null);
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
    await failed('locked', user.id);
    throw accountLocked(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000));
  }

  if (!(await verifyPassword(user.passwordHash, attempt.password))) {
    // counted in SQL, so that parallel attempts cannot overwrite each other's count
    const [counted] = await db
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, user.id))
      .returning({ failedLogins: users.failedLogins });
    const failures = counted?.failedLogins ?? 0;
    if (config.maxFailedLogins > 0 && failures >= config.maxFailedLogins) {
      const lockedUntil = new Date(now.getTime() + config.lockMinutes * 60_000);
      await db.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, user.id));
      await failed('wrong_password', user.id);
      await audit(
        db,
        { kind: 'system' },
        {
          action: 'lock',
          entity: 'user',
          entityId: user.id,
          after: { username, lockedUntil: lockedUntil.toISOString(), failures },
          ip: attempt.ip,
        },
      );
      throw accountLocked(config.lockMinutes);
    }
    await failed('wrong_password', user.id);
    throw invalidCredentials();
  }

  return database.transaction(async ({ db: tx }) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    // housekeeping: the user's dead sessions go when a new one starts
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    const session = await createSession(tx, user.id, now, config, attempt.ip);
    const actor: UserActor = {
      kind: 'user',
      userId: user.id,
      username,
      unitCode: user.unitCode,
      roles: [],
      trackedIndicators: [],
    };
    await audit(tx, actor, { action: 'login', entity: 'user', entityId: user.id, ip: attempt.ip });
    return { session, user: presentUser({ ...user, failedLogins: 0, lockedUntil: null }) };
  });
}

/** Ends a session (audited when it belonged to someone). */
export async function logout(
  database: Database,
  tokenHash: string,
  actor: UserActor | null,
  ip: string | null,
) {
  await database.transaction(async ({ db }) => {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    if (actor) await audit(db, actor, { action: 'logout', entity: 'user', entityId: actor.userId, ip });
  });
}
