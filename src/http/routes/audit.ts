import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../audit/query.js';
import { authorize } from '../../auth/policy.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The audit trail, newest first: for administrators and inspectors (level 3). */
export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();

  server.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký hệ thống / the audit trail',
        querystring: z.object({
          entity: z.string().optional(),
          entityId: z.string().optional(),
          actor: z.string().optional(),
          action: z.string().optional(),
          from: day.optional(),
          to: day.optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                at: z.string(),
                actor: z.string(),
                actorUserId: z.number().int().nullable(),
                action: z.string(),
                entity: z.string(),
                entityId: z.string().nullable(),
                before: z.unknown(),
                after: z.unknown(),
                ip: z.string().nullable(),
              }),
            ),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
          400: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'audit.read');
      return listAudit(server.app.database.db, request.query);
    },
  );
}
