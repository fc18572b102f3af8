import type { FastifyRequest } from 'fastify';
import type { Actor, UserActor } from '../auth/actor.js';
import { AppError } from '../shared/errors.js';

export const unauthenticated = () =>
  new AppError('unauthenticated', 'Bạn cần đăng nhập.', 'Authentication required.', { status: 401 });

/** The signed-in user, or 401. Permission checks go through auth/policy on top of this. */
export function requireUser(request: FastifyRequest): UserActor {
  const actor = request.actor;
  if (actor?.kind !== 'user') throw unauthenticated();
  return actor;
}

/** A user or an integration token, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
