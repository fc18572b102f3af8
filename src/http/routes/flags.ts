import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../auth/policy.js';
import { computeResults } from '../../results/compute-results.js';
import { recordDecision } from '../../results/decisions.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { flagSchema, period, resultSchema, scopedResults, scopeSchema } from './results.js';

const flagItemSchema = z.object({
  indicator: z.string(),
  unit: z.string(),
  scope: scopeSchema,
  status: z.enum(['dat', 'chua_dat', 'chua_danh_gia']),
  a: z.number().nullable(),
  b: z.number().nullable(),
  value: z.number().nullable(),
  flag: flagSchema,
  sources: resultSchema.shape.sources,
  decision: resultSchema.shape.decision,
});

/**
 * Data-control flags (SPEC §6): every flag of a period across units and indicators, for inspectors
 * and aggregators; and an aggregator's decision settling a source mismatch (seed 000 §II.3).
 */
export async function flagRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/flags',
    {
      schema: {
        tags: ['results'],
        summary: 'Cảnh báo kiểm soát số liệu của một kỳ / the data-control flags of a period',
        querystring: z.object({
          period,
          unit: z.string().min(1).max(100).optional(),
          code: z.string().min(1).max(64).optional(),
          indicator: z.string().min(1).max(64).optional(),
        }),
        response: {
          200: z.object({ period: z.string(), items: z.array(flagItemSchema) }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'flags.read');
      const { code, ...query } = request.query;
      const document = await scopedResults(app.database, actor, query, 'flags.read');
      const items = document.results.flatMap((r) =>
        r.flags
          .filter((f) => code === undefined || f.code === code)
          .map((flag) => ({
            indicator: r.indicator,
            unit: r.unit,
            scope: r.scope,
            status: r.status,
            a: r.a,
            b: r.b,
            value: r.value,
            flag,
            sources: r.sources,
            decision: r.decision,
          })),
      );
      return { period: document.period, items };
    },
  );

  server.post(
    '/flags/decisions',
    {
      schema: {
        tags: ['results'],
        summary:
          'Quyết định đối chiếu nguồn (ghi nhật ký) / settle a source mismatch by a recorded decision (audited)',
        body: z.object({
          indicator: z.string().min(1).max(64),
          unit: z.string().min(1).max(100),
          period,
          scope: scopeSchema,
          source: z.string().min(1).max(64).optional(),
          // seed 000 §II.3: only with a written reason
          reason: z.string().trim().min(10).max(4000),
        }),
        response: {
          201: z.object({
            decision: z.object({
              indicator: z.string(),
              unit: z.string(),
              period: z.string(),
              scope: scopeSchema,
              source: z.string().nullable(),
              decidedBy: z.string(),
              decidedAt: z.string(),
              reason: z.string(),
            }),
            result: resultSchema.nullable(),
          }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const body = request.body;
      authorize(actor, 'flags.decide', { indicatorCode: body.indicator, unitCode: body.unit });
      const decision = await recordDecision(app.database, actor, body, app.now());
      const document = await computeResults(app.database, {
        period: body.period,
        units: [body.unit],
        indicators: [body.indicator],
      });
      const result = document.results.find((r) => r.scope === body.scope) ?? null;
      return reply.status(201).send({ decision, result });
    },
  );
}
