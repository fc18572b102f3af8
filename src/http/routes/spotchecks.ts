import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../auth/policy.js';
import { BUILTIN_BY_CODE } from '../../results/builtins.js';
import { computeResults } from '../../results/compute-results.js';
import {
  closeSpotCheck,
  getSpotCheck,
  listSpotChecks,
  openSpotCheck,
  recordFinding,
  SEVERITIES,
} from '../../spotchecks/spotchecks.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { period, resultSchema } from './results.js';

const checkSchema = z.object({
  id: z.number().int(),
  unit: z.string(),
  period: z.string(),
  note: z.string(),
  status: z.enum(['open', 'closed']),
  openedBy: z.string(),
  openedAt: z.string(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  findings: z.number().int(),
});
const findingSchema = z.object({
  id: z.number().int(),
  indicator: z.string().nullable(),
  text: z.string(),
  severity: z.enum(SEVERITIES),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Spot checks (SPEC §6.7): the inspectors' — opened, looked into, findings appended, closed. */
export async function spotCheckRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.post(
    '/spotchecks',
    {
      schema: {
        tags: ['spotchecks'],
        summary: 'Mở đợt kiểm tra đột xuất / open a spot check on a unit and period',
        body: z.object({
          unit: z.string().min(1).max(100),
          period,
          note: z.string().trim().min(1).max(4000),
        }),
        response: {
          201: checkSchema,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'spotchecks.open', { unitCode: request.body.unit });
      return reply.status(201).send(await openSpotCheck(app.database, actor, request.body, app.now()));
    },
  );

  server.get(
    '/spotchecks',
    {
      schema: {
        tags: ['spotchecks'],
        summary: 'Các đợt kiểm tra đột xuất / spot checks, newest first',
        querystring: z.object({ unit: z.string().optional(), period: z.string().optional() }),
        response: { 200: z.object({ items: z.array(checkSchema) }), 401: errorSchema, 403: errorSchema },
      },
    },
    async (request) => {
      // decision: spot checks are read by those who make them (the inspectors)
      authorize(requireUser(request), 'spotchecks.record');
      return { items: await listSpotChecks(app.database.db, request.query) };
    },
  );

  server.get(
    '/spotchecks/:id',
    {
      schema: {
        tags: ['spotchecks'],
        summary:
          'Một đợt kiểm tra: các chỉ tiêu của đơn vị trong kỳ và hồ sơ gốc / a spot check with every number and its records',
        params: idParams,
        response: {
          200: z.object({
            check: checkSchema,
            findings: z.array(findingSchema),
            indicators: z.array(resultSchema.extend({ name: z.string(), recordsUrl: z.string() })),
          }),
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'spotchecks.record');
      const { check, findings } = await getSpotCheck(app.database.db, request.params.id);
      const document = await computeResults(app.database, { period: check.period, units: [check.unit] });
      const indicators = document.results.map((r) => {
        const query = new URLSearchParams({
          period: check.period,
          unit: r.unit,
          indicator: r.indicator,
          scope: r.scope,
        });
        return {
          ...r,
          name: BUILTIN_BY_CODE.get(r.indicator)?.name ?? r.indicator,
          recordsUrl: `/api/v1/results/records?${query.toString()}`,
        };
      });
      return { check, findings, indicators };
    },
  );

  server.post(
    '/spotchecks/:id/findings',
    {
      schema: {
        tags: ['spotchecks'],
        summary: 'Ghi kết quả kiểm tra (không sửa được) / record a finding (append-only)',
        params: idParams,
        body: z.object({
          indicator: z.string().min(1).max(64).optional(),
          text: z.string().trim().min(1).max(8000),
          severity: z.enum(SEVERITIES),
        }),
        response: {
          201: findingSchema,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
          409: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'spotchecks.record');
      return reply
        .status(201)
        .send(await recordFinding(app.database, actor, request.params.id, request.body, app.now()));
    },
  );

  server.post(
    '/spotchecks/:id/close',
    {
      schema: {
        tags: ['spotchecks'],
        summary: 'Kết thúc đợt kiểm tra / close a spot check',
        params: idParams,
        response: {
          200: checkSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
          409: errorSchema,
        },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'spotchecks.record');
      return closeSpotCheck(app.database, actor, request.params.id, app.now());
    },
  );
}
