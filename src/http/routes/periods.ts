import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parsePeriod } from '../../core/periods.js';
import { listPeriods, periodInfo } from '../../reporting/calendar.js';
import { loadPlanReporting } from '../../reporting/store/catalogue-view.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { periodInfoSchema } from './reports-schemas.js';

/** Reporting periods: implicit (nobody creates them), with their deadlines in Vietnam time (SPEC §4). */
export async function periodRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/periods',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Kỳ báo cáo gần đây và sắp tới, hạn gửi / recent and upcoming periods with deadlines',
        querystring: z.object({
          kind: z.enum(['month', 'quarter', 'half', 'year']).default('month'),
          back: z.coerce.number().int().min(0).max(120).default(12),
          ahead: z.coerce.number().int().min(0).max(24).default(1),
        }),
        response: { 200: z.object({ now: z.string(), items: z.array(periodInfoSchema) }), 401: errorSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const now = app.now();
      const plans = await loadPlanReporting(app.database.db);
      return { now: now.toISOString(), items: listPeriods(now.getTime(), plans, request.query) };
    },
  );

  server.get(
    '/periods/:code',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Một kỳ báo cáo / one period',
        params: z.object({ code: z.string().max(16) }),
        response: { 200: periodInfoSchema, 400: errorSchema, 401: errorSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const plans = await loadPlanReporting(app.database.db);
      return periodInfo(parsePeriod(request.params.code), plans, app.now().getTime());
    },
  );
}
