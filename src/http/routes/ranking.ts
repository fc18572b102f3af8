import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unitRanking } from '../../ranking/ranking.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { period } from './results.js';

/** The ranking of units by a published, explainable score (seed 003 §V.2.g, issue 5 §4). */
export async function rankingRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;
  server.get(
    '/ranking',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Xếp hạng đơn vị theo điểm công bố, có công thức và từng thành phần / ranking of units',
        querystring: z.object({
          period: period.optional(),
          group: z.enum(['so_ban_nganh', 'xa_phuong']).optional(),
        }),
        response: { 200: z.unknown(), 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request) => unitRanking(app, requireUser(request), request.query),
  );
}
