import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorOverview } from '../../dashboard/indicator-overview.js';
import { provinceDashboard } from '../../dashboard/province.js';
import { unitScorecard } from '../../dashboard/scorecard.js';
import { taskBoard } from '../../dashboard/taskboard.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { period } from './results.js';

const code = z.string().min(1).max(100);
const sort = z.enum(['worst', 'best', 'name', 'value']).optional();
// the shapes are documented in docs/api/dashboards.md; the pages read them as they are
const errors = { 200: z.unknown(), 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/**
 * What leaders and officers look at (issue 5 §1–2, SPEC §8): the dashboard, a unit's scorecard, an
 * indicator's page and the task board. Read-only; scoped by `results.read`.
 */
export async function dashboardRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'Bảng điều hành: chỉ tiêu, xu hướng, dự báo, đơn vị, nhiệm vụ quá hạn, cảnh báo / province dashboard',
        querystring: z.object({ period: period.optional(), unit: code.optional(), sort }),
        response: errors,
      },
    },
    async (request) => provinceDashboard(app, requireUser(request), request.query),
  );

  server.get(
    '/units/:code/scorecard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Phiếu kết quả của một đơn vị / a unit scorecard',
        params: z.object({ code }),
        querystring: z.object({ period: period.optional() }),
        response: errors,
      },
    },
    async (request) => unitScorecard(app, requireUser(request), request.params.code, request.query),
  );

  server.get(
    '/indicators/:code/overview',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Trang chỉ tiêu: định nghĩa, các đơn vị, lịch sử, hồ sơ gốc / an indicator page',
        params: z.object({ code }),
        querystring: z.object({ period: period.optional(), unit: code.optional(), sort }),
        response: errors,
      },
    },
    async (request) => indicatorOverview(app, requireUser(request), request.params.code, request.query),
  );

  server.get(
    '/taskboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Bảng nhiệm vụ: trạng thái, cơ quan chủ trì, quá hạn, hoàn thành muộn / task board',
        querystring: z.object({
          plan: code.optional(),
          unit: code.optional(),
          status: z.enum(['done', 'in_progress', 'not_started', 'not_reported']).optional(),
          timing: z.enum(['on_track', 'overdue', 'done_on_time', 'done_late', 'no_deadline']).optional(),
          period: period.optional(),
        }),
        response: errors,
      },
    },
    async (request) => taskBoard(app, requireUser(request), request.query),
  );
}
