import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { openCatalogue, openResults, setIndicatorPublic } from '../../opendata/opendata.js';
import { toCsv } from '../../opendata/publish.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { period } from './results.js';

const OPEN_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };

function openHeaders(reply: FastifyReply): FastifyReply {
  // public, anyone may read and embed it
  return reply
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin')
    .header('cache-control', 'public, max-age=300');
}

/**
 * Open data at stable URLs, without signing in (seed 003): /opendata/v1/results.json|.csv and the
 * public catalogue. Registered without a prefix; the administrator's switch lives under /api/v1.
 */
export async function openDataRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;
  const query = z.object({ period: period.optional() });

  server.get(
    '/opendata/v1/results.json',
    {
      config: { rateLimit: OPEN_RATE_LIMIT },
      schema: {
        tags: ['opendata'],
        summary: 'Dữ liệu mở: kết quả các chỉ tiêu công bố, theo đơn vị (JSON) / open data results',
        querystring: query,
        response: { 200: z.unknown(), 400: errorSchema },
      },
    },
    async (request, reply) => {
      const body = await openResults(app, request.query);
      return openHeaders(reply).send(body);
    },
  );

  server.get(
    '/opendata/v1/results.csv',
    {
      config: { rateLimit: OPEN_RATE_LIMIT },
      schema: {
        tags: ['opendata'],
        summary: 'Dữ liệu mở: kết quả các chỉ tiêu công bố (CSV UTF-8) / open data results as CSV',
        querystring: query,
        response: { 200: z.unknown(), 400: errorSchema },
      },
    },
    async (request, reply) => {
      const { metadata, results } = await openResults(app, request.query);
      return openHeaders(reply)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `inline; filename="ket-qua-${metadata.period}.csv"`)
        .header(
          'link',
          `</opendata/v1/results.json?period=${metadata.period}>; rel="describedby"; type="application/json"`,
        )
        .send(toCsv(results));
    },
  );

  server.get(
    '/opendata/v1/indicators.json',
    {
      config: { rateLimit: OPEN_RATE_LIMIT },
      schema: {
        tags: ['opendata'],
        summary: 'Dữ liệu mở: danh mục chỉ tiêu công bố / the public catalogue',
        response: { 200: z.unknown() },
      },
    },
    async (_request, reply) => openHeaders(reply).send(await openCatalogue(app)),
  );

  server.put(
    '/api/v1/indicators/:code/public',
    {
      schema: {
        tags: ['opendata'],
        summary:
          'Công bố / thôi công bố một chỉ tiêu là dữ liệu mở (ghi nhật ký) / mark an indicator public (audited)',
        params: z.object({ code: z.string().min(1).max(100) }),
        body: z.object({ public: z.boolean() }),
        response: {
          200: z.object({ code: z.string(), public: z.boolean() }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) =>
      setIndicatorPublic(app, requireUser(request), request.params.code, request.body.public, request.ip),
  );
}
