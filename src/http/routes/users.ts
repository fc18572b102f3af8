import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../auth/actor.js';
import { authorize } from '../../auth/policy.js';
import { createIntegrationToken, listIntegrationTokens, revokeIntegrationToken } from '../../auth/tokens.js';
import { createUser, listUsers } from '../../auth/users.js';
import { requireUser } from '../guard.js';
import { errorSchema, userSchema } from './auth-schemas.js';

const tokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  source: z.string(),
  recordSets: z.array(z.string()),
  unitCodes: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.number().int().nullable(),
  revokedAt: z.string().nullable(),
});

const code = z.string().trim().min(1).max(100);

/** Accounts and integration tokens: administration only (SPEC §2, level 3 "restricted administration"). */
export async function userRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Danh sách người dùng / users',
        response: { 200: z.object({ items: z.array(userSchema) }), 403: errorSchema },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'users.read');
      return { items: await listUsers(app.database.db) };
    },
  );

  server.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Tạo người dùng / create a user',
        body: z.object({
          username: z.string().min(1).max(64),
          password: z.string().min(1).max(1000),
          displayName: z.string().max(200).optional(),
          unitCode: code,
          roles: z.array(z.enum(ROLES as [string, ...string[]])).min(1),
          email: z.string().max(320).optional(),
          trackedIndicators: z.array(code).optional(),
        }),
        response: { 201: userSchema, 400: errorSchema, 403: errorSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'users.manage');
      const user = await app.database.transaction(({ db }) => createUser(db, actor, request.body));
      return reply.status(201).send(user);
    },
  );

  server.get(
    '/tokens',
    {
      schema: {
        tags: ['users'],
        summary: 'Mã truy cập của hệ thống nguồn / integration tokens',
        response: { 200: z.object({ items: z.array(tokenSchema) }), 403: errorSchema },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'tokens.manage');
      return { items: await listIntegrationTokens(app.database.db) };
    },
  );

  server.post(
    '/tokens',
    {
      schema: {
        tags: ['users'],
        summary:
          'Tạo mã truy cập cho một hệ thống nguồn (chỉ hiện một lần) / create an integration token (shown once)',
        body: z.object({
          name: z.string().trim().min(1).max(200),
          source: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
          recordSets: z.array(z.string().regex(/^[a-z_]+$/)).min(1),
          unitCodes: z.array(code).min(1),
        }),
        response: {
          201: z.object({ token: z.string(), item: tokenSchema }),
          400: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'tokens.manage');
      const { token, view } = await app.database.transaction(({ db }) =>
        createIntegrationToken(db, actor, request.body),
      );
      return reply.status(201).send({ token, item: view });
    },
  );

  server.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Thu hồi mã truy cập / revoke an integration token',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: tokenSchema, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'tokens.manage');
      return app.database.transaction(({ db }) =>
        revokeIntegrationToken(db, actor, request.params.id, app.now()),
      );
    },
  );
}
