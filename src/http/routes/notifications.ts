import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listNotices, markAllRead, markRead } from '../../notifications/store.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { noticeSchema } from './reports-schemas.js';

/** The signed-in user's in-app notices (reminders, overdue lists). */
export async function notificationRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Thông báo của tôi / my notifications',
        querystring: z.object({
          unread: z.enum(['true', 'false']).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({ items: z.array(noticeSchema), unread: z.number().int() }),
          401: errorSchema,
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return listNotices(app.database.db, user.userId, {
        unreadOnly: request.query.unread === 'true',
        limit: request.query.limit,
      });
    },
  );

  server.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Đánh dấu đã đọc / mark read',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: noticeSchema, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return markRead(app.database.db, user.userId, request.params.id, app.now());
    },
  );

  server.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Đánh dấu tất cả đã đọc / mark all read',
        response: { 200: z.object({ marked: z.number().int() }), 401: errorSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return { marked: await markAllRead(app.database.db, user.userId, app.now()) };
    },
  );
}
