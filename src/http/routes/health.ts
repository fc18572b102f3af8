import type { FastifyInstance } from 'fastify';
import { isDemo } from '../../demo/load.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../demo/users.js';

export async function healthRoutes(server: FastifyInstance): Promise<void> {
  server.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Tình trạng hệ thống / health' } },
    async () => {
      await server.app.database.raw.query('SELECT 1');
      return { status: 'ok', engine: server.app.database.engine, time: server.app.now().toISOString() };
    },
  );

  // Public on purpose: the login page shows the demonstration banner and accounts before anyone signs in.
  server.get(
    '/api/v1/system',
    { schema: { tags: ['system'], summary: 'Thông tin hệ thống (chế độ trình diễn) / system info' } },
    async () => {
      const demo = await isDemo(server.app);
      return {
        product: 'Tiến Độ',
        demo,
        demoAccounts: demo
          ? DEMO_USERS.map((u) => ({
              username: u.username,
              displayName: u.displayName,
              roles: u.roles,
              password: DEMO_PASSWORD,
            }))
          : [],
      };
    },
  );
}
