import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../auth/policy.js';
import { createCampaign, listCampaigns, loadCampaign, presentCampaign } from '../../reporting/campaigns.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { campaignInputSchema, campaignSchema } from './reports-schemas.js';

/** Ad-hoc campaigns (báo cáo đột xuất) from a request letter: aggregators and administrators create them. */
export async function campaignRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/campaigns',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Các đợt báo cáo đột xuất / ad-hoc campaigns',
        response: { 200: z.object({ items: z.array(campaignSchema) }), 401: errorSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: await listCampaigns(app.database.db) };
    },
  );

  server.get(
    '/campaigns/:id',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Một đợt báo cáo đột xuất / one campaign',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: campaignSchema, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return presentCampaign(await loadCampaign(app.database.db, request.params.id));
    },
  );

  server.post(
    '/campaigns',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Tạo đợt báo cáo đột xuất theo văn bản yêu cầu / create a campaign from a request letter',
        body: campaignInputSchema,
        response: { 201: campaignSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'campaigns.manage');
      const view = await app.database.transaction(({ db }) =>
        createCampaign(db, actor, request.body, app.now()),
      );
      return reply.status(201).send(view);
    },
  );
}
