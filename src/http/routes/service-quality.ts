import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceQuality } from '../../service-quality/service-quality.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { period } from './results.js';

/** Online public-service quality (seed 004, issue 5 §3). */
export async function serviceQualityRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;
  server.get(
    '/service-quality',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'Chất lượng dịch vụ công trực tuyến: danh mục theo mức độ, thời gian nộp, thời gian xử lý, hài lòng, theo đơn vị và thủ tục / online service quality',
        querystring: z.object({
          period: period.optional(),
          unit: z.string().min(1).max(100).optional(),
          scope: z.enum(['month', 'ytd']).optional(),
          source: z.enum(['tthc-tinh', 'dvcqg', 'tthc-bo']).optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: {
          200: z.unknown(),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => serviceQuality(app, requireUser(request), request.query),
  );
}
