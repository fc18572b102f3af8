import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { authorize, unitScope } from '../../auth/policy.js';
import type { Database } from '../../db/connection.js';
import { computeResults } from '../../results/compute-results.js';
import type { ResultsDocument } from '../../results/core/types.js';
import { recordsBehind } from '../../results/records.js';
import { forbidden } from '../../shared/errors.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';

export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const scopeSchema = z.enum(['month', 'ytd', 'snapshot']);

export const flagSchema = z.object({ code: z.string(), message: z.string(), messageEn: z.string() });
export const resultSchema = z.object({
  indicator: z.string(),
  unit: z.string(),
  scope: scopeSchema,
  a: z.number().nullable(),
  b: z.number().nullable(),
  value: z.number().nullable(),
  target: z.object({ op: z.string(), value: z.number() }),
  status: z.enum(['dat', 'chua_dat', 'chua_danh_gia']),
  excluded: z.record(z.string(), z.number()),
  flags: z.array(flagSchema),
  sources: z.array(z.object({ source: z.string(), a: z.number().nullable(), b: z.number().nullable() })),
  decision: z
    .object({ source: z.string(), decidedBy: z.string(), decidedAt: z.string(), reason: z.string() })
    .optional(),
});
const resultsDocumentSchema = z.object({ period: z.string(), results: z.array(resultSchema) });

const recordRowSchema = z.object({
  id: z.string(),
  unit: z.string(),
  at: z.string().nullable(),
  category: z.enum(['in_a', 'in_b', 'excluded']),
  rules: z.array(z.string()),
  a: z.number(),
  b: z.number(),
  measure: z.number().nullable(),
  reason: z.object({ vi: z.string(), en: z.string() }),
  record: z.record(z.string(), z.unknown()),
});

/**
 * The results of a period for the caller's units (contract "Results": the same document as
 * `compute --json`), narrowed to what `results.read` lets the actor see.
 */
export async function scopedResults(
  database: Database,
  actor: Actor,
  query: { period: string; unit?: string; indicator?: string },
  action: 'results.read' | 'flags.read' = 'results.read',
): Promise<ResultsDocument> {
  const scope = unitScope(actor, action);
  if (query.unit !== undefined && scope !== 'all' && !scope.has(query.unit)) throw forbidden();
  const document = await computeResults(database, {
    period: query.period,
    units: query.unit === undefined ? undefined : [query.unit],
    indicators: query.indicator === undefined ? undefined : [query.indicator],
  });
  if (scope === 'all') return document;
  return { ...document, results: document.results.filter((r) => scope.has(r.unit)) };
}

/** Results and the records behind them (issue 4 §3, SPEC §6.5). */
export async function resultRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/results',
    {
      schema: {
        tags: ['results'],
        summary: 'Kết quả các chỉ tiêu của một kỳ / the results document of a period',
        querystring: z.object({
          period,
          unit: z.string().min(1).max(100).optional(),
          indicator: z.string().min(1).max(64).optional(),
        }),
        response: { 200: resultsDocumentSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'results.read');
      return scopedResults(app.database, actor, request.query);
    },
  );

  server.get(
    '/results/records',
    {
      schema: {
        tags: ['results'],
        summary:
          'Hồ sơ gốc đằng sau một con số / the records behind a number, paged, with the reason per record',
        querystring: z.object({
          period,
          unit: z.string().min(1).max(100),
          indicator: z.string().min(1).max(64),
          scope: scopeSchema,
          source: z.string().max(64).optional(),
          filter: z.enum(['in_a', 'in_b', 'excluded', 'all']).default('all'),
          rule: z.string().max(64).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: {
          200: z.object({
            indicator: z.string(),
            unit: z.string(),
            period: z.string(),
            scope: scopeSchema,
            source: z.string().nullable(),
            recordSet: z.string(),
            result: resultSchema.nullable(),
            totals: z.object({
              counts: z.object({ in_a: z.number(), in_b: z.number(), excluded: z.number() }),
              rules: z.record(z.string(), z.number()),
              a: z.number(),
              b: z.number(),
            }),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(recordRowSchema),
          }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'records.read', { unitCode: request.query.unit });
      return recordsBehind(app.database, request.query);
    },
  );
}
