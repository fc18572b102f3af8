import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login, logout } from '../../auth/login.js';
import { SESSION_COOKIE } from '../../auth/sessions.js';
import { presentUser } from '../../auth/users.js';
import { units, users } from '../../db/schema/index.js';
import { requireUser, unauthenticated } from '../guard.js';
import { errorSchema, userSchema } from './auth-schemas.js';

/** Level 3: brute force is slowed per address here, and per account by the lock-out in auth/login. */
const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.post(
    '/auth/login',
    {
      config: { csrf: false, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập / sign in',
        body: z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
        response: {
          200: z.object({ user: userSchema, csrfToken: z.string() }),
          401: errorSchema,
          423: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const { session, user } = await login(app.database, app.config, app.now(), {
        ...request.body,
        ip: request.ip,
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: app.config.secureCookies,
        expires: session.expiresAt,
      });
      return { user, csrfToken: session.csrfToken };
    },
  );

  server.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất / sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.session) {
        const actor = request.actor?.kind === 'user' ? request.actor : null;
        await logout(app.database, request.session.tokenHash, actor, request.ip);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  server.get(
    '/auth/csrf',
    {
      schema: {
        tags: ['auth'],
        summary: 'Mã chống giả mạo yêu cầu của phiên / the session’s CSRF token',
        response: { 200: z.object({ csrfToken: z.string() }) },
      },
    },
    async (request) => {
      requireUser(request);
      if (!request.session) throw unauthenticated();
      return { csrfToken: request.session.csrfToken };
    },
  );

  server.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Người dùng đang đăng nhập / the signed-in user',
        response: {
          200: z.object({
            user: userSchema,
            unit: z
              .object({
                code: z.string(),
                name: z.string(),
                kind: z.string(),
                parentCode: z.string().nullable(),
              })
              .nullable(),
            roles: userSchema.shape.roles,
            csrfToken: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      if (!request.session) throw unauthenticated();
      const { db } = app.database;
      const [row] = await db.select().from(users).where(eq(users.id, actor.userId));
      if (!row) throw unauthenticated();
      const [unit] = await db
        .select({ code: units.code, name: units.name, kind: units.kind, parentCode: units.parentCode })
        .from(units)
        .where(eq(units.code, row.unitCode));
      const user = presentUser(row);
      return { user, unit: unit ?? null, roles: user.roles, csrfToken: request.session.csrfToken };
    },
  );
}
