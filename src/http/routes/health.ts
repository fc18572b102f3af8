import type { FastifyInstance } from 'fastify';

export async function healthRoutes(server: FastifyInstance): Promise<void> {
  server.get('/api/health', { schema: { tags: ['system'], summary: 'Tình trạng hệ thống / health' } }, async () => {
    await server.app.database.raw.query('SELECT 1');
    return { status: 'ok', engine: server.app.database.engine, time: server.app.now().toISOString() };
  });
}
