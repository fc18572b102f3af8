import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicators, plans, tasks, taskUnits, units } from '../../db/schema/index.js';
import { notFound } from '../../shared/errors.js';
import { requireUser } from '../guard.js';
import { presentIndicator, presentPlan, presentTask, presentUnit } from '../presenters/catalogue.js';

/** Read-only catalogue: every signed-in user may read plans, indicators, tasks and units. */
export async function catalogueRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => server.app.database.db;

  server.get(
    '/units',
    { schema: { tags: ['catalogue'], summary: 'Cây đơn vị / the unit tree' } },
    async (request) => {
      requireUser(request);
      const rows = await db().select().from(units);
      return { items: sortVi(rows.map(presentUnit), (u) => u.name) };
    },
  );

  server.get(
    '/plans',
    { schema: { tags: ['catalogue'], summary: 'Danh sách kế hoạch / plans' } },
    async (request) => {
      requireUser(request);
      const rows = await db().select().from(plans).orderBy(asc(plans.seedFile), asc(plans.code));
      const counts = await server.app.database.raw.query<{
        plan_code: string;
        indicators: number;
        tasks: number;
      }>(
        `SELECT p.code AS plan_code,
              (SELECT count(*)::int FROM indicators i WHERE i.plan_code = p.code) AS indicators,
              (SELECT count(*)::int FROM tasks t WHERE t.plan_code = p.code) AS tasks
         FROM plans p`,
      );
      const byPlan = new Map(counts.map((c) => [c.plan_code, c]));
      return {
        items: rows.map((row) => ({
          ...presentPlan(row),
          indicatorCount: byPlan.get(row.code)?.indicators ?? 0,
          taskCount: byPlan.get(row.code)?.tasks ?? 0,
        })),
      };
    },
  );

  server.get(
    '/plans/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Một kế hoạch với chỉ tiêu và nhiệm vụ / one plan',
        params: z.object({ id: z.string() }),
      },
    },
    async (request) => {
      requireUser(request);
      const [row] = await db().select().from(plans).where(eq(plans.code, request.params.id));
      if (!row) throw notFound('kế hoạch', 'Plan', request.params.id);
      const planIndicators = await db()
        .select()
        .from(indicators)
        .where(eq(indicators.planCode, row.code))
        .orderBy(asc(indicators.position));
      const planTasks = await db()
        .select()
        .from(tasks)
        .where(eq(tasks.planCode, row.code))
        .orderBy(asc(tasks.position));
      return {
        ...presentPlan(row),
        indicators: planIndicators.map(presentIndicator),
        tasks: planTasks.map(presentTask),
      };
    },
  );

  server.get(
    '/indicators',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Chỉ tiêu với định nghĩa đầy đủ / indicators with their full definitions',
        querystring: z.object({ plan: z.string().optional(), code: z.string().optional() }),
      },
    },
    async (request) => {
      requireUser(request);
      const where: SQL[] = [];
      if (request.query.plan) where.push(eq(indicators.planCode, request.query.plan));
      if (request.query.code) where.push(eq(indicators.code, request.query.code));
      const rows = await db()
        .select()
        .from(indicators)
        .where(and(...where))
        .orderBy(asc(indicators.planCode), asc(indicators.position));
      return { items: rows.map(presentIndicator) };
    },
  );

  server.get(
    '/tasks',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Nhiệm vụ với thời hạn đã phân tích / tasks with parsed deadlines',
        querystring: z.object({
          plan: z.string().optional(),
          indicator: z.string().optional(),
          unit: z.string().optional(),
        }),
      },
    },
    async (request) => {
      requireUser(request);
      const where: SQL[] = [];
      if (request.query.plan) where.push(eq(tasks.planCode, request.query.plan));
      if (request.query.indicator) where.push(eq(tasks.indicatorCode, request.query.indicator));
      if (request.query.unit) {
        const linked = await db()
          .select({ code: taskUnits.taskCode })
          .from(taskUnits)
          .where(eq(taskUnits.unitCode, request.query.unit));
        where.push(inArray(tasks.code, linked.length ? linked.map((l) => l.code) : ['']));
      }
      const rows = await db()
        .select()
        .from(tasks)
        .where(and(...where))
        .orderBy(asc(tasks.planCode), asc(tasks.position));
      return { items: rows.map(presentTask) };
    },
  );
}

const collator = new Intl.Collator('vi');
function sortVi<T>(items: T[], key: (item: T) => string): T[] {
  return items.sort((a, b) => collator.compare(key(a), key(b)));
}
