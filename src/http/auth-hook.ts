import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadUserActor } from '../auth/load-actor.js';
import { resolveSession, SESSION_COOKIE, sameSecret } from '../auth/sessions.js';
import { resolveBearer } from '../auth/tokens.js';
import { AppError } from '../shared/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The cookie session behind `request.actor`, when it came from one. */
    session: { tokenHash: string; csrfToken: string } | null;
  }
  interface FastifyContextConfig {
    /** Set `csrf: false` on a route that needs no CSRF token (login: there is no session yet). */
    csrf?: boolean;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

export const csrfInvalid = () =>
  new AppError(
    'csrf_invalid',
    'Phiên làm việc không hợp lệ hoặc đã hết hạn, vui lòng tải lại trang.',
    'Missing or invalid CSRF token; reload the page.',
    { status: 403 },
  );

/**
 * `onRequest`: who is asking. `Authorization: Bearer …` → an integration token; else the session
 * cookie → a user. A cookie-authenticated POST/PUT/PATCH/DELETE must carry the session's CSRF
 * token in `x-csrf-token` (SameSite=Strict is the first defence, this the second); a bearer call
 * needs none — a browser never adds that header by itself.
 */
export function registerAuthHook(server: FastifyInstance): void {
  server.decorateRequest('session', null);
  server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const { database, config, now } = server.app;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      request.actor = match?.[1] ? await resolveBearer(database.db, match[1]) : null;
      return; // a wrong token is not rescued by a cookie: the route answers 401
    }

    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const live = await resolveSession(database.db, token, now(), config);
    if (!live) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    request.actor = await loadUserActor(database.db, live.user);
    request.session = { tokenHash: live.tokenHash, csrfToken: live.csrfToken };

    const csrfRequired = request.routeOptions.config?.csrf !== false;
    if (STATE_CHANGING.has(request.method) && csrfRequired) {
      const sent = request.headers[CSRF_HEADER];
      if (!sameSecret(typeof sent === 'string' ? sent : undefined, live.csrfToken)) throw csrfInvalid();
    }
  });
}
