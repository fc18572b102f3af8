import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { timeliness } from '../../reporting/timeliness-query.js';
import { AppError } from '../../shared/errors.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { timelinessSchema } from './reports-schemas.js';

/** The reporting-rate dashboard's data: expected / submitted / on time / late / missing (SPEC §4). */
export async function timelinessRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/timeliness',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Tình hình gửi báo cáo theo kỳ / timeliness per period or campaign',
        querystring: z.object({
          period: z.string().max(16).optional(),
          campaign: z.coerce.number().int().positive().optional(),
          history: z.coerce
            .number()
            .int()
            .min(1)
            .max(60)
            .optional()
            .describe('also the totals of the last N periods, e.g. 12'),
        }),
        response: { 200: timelinessSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      if (!request.query.period && !request.query.campaign) {
        throw new AppError(
          'invalid_request',
          'Cần chọn kỳ báo cáo (period) hoặc đợt báo cáo (campaign).',
          'Give period or campaign.',
        );
      }
      return timeliness(app.database.db, actor, request.query);
    },
  );
}
