import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { AppError } from '../shared/errors.js';
import { registerAuthHook } from './auth-hook.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { campaignRoutes } from './routes/campaigns.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { exportRoutes } from './routes/exports.js';
import { extractRoutes } from './routes/extracts.js';
import { flagRoutes } from './routes/flags.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/imports.js';
import { notificationRoutes } from './routes/notifications.js';
import { openDataRoutes } from './routes/opendata.js';
import { periodRoutes } from './routes/periods.js';
import { rankingRoutes } from './routes/ranking.js';
import { reportRoutes } from './routes/reports.js';
import { resultRoutes } from './routes/results.js';
import { serviceQualityRoutes } from './routes/service-quality.js';
import { spotCheckRoutes } from './routes/spotchecks.js';
import { timelinessRoutes } from './routes/timeliness.js';
import { userRoutes } from './routes/users.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook: the signed-in user or integration token, else null. */
    actor: Actor | null;
  }
  interface FastifyInstance {
    app: AppContext;
  }
}

export type Server = FastifyInstance;
export const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function buildServer(
  app: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const server = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  server.decorate('app', app);
  server.decorateRequest('actor', null);

  await server.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await server.register(cookie);
  await server.register(rateLimit, { global: false });
  registerAuthHook(server);
  await server.register(multipart, { limits: { fileSize: app.config.uploadLimitBytes, files: 5 } });
  await server.register(swagger, {
    openapi: {
      info: { title: 'Tiến Độ API', version: '1', description: 'Hệ thống thông tin báo cáo — API v1' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tiendo_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await server.register(swaggerUi, { routePrefix: '/api/docs' });

  server.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return reply.status(error.status).send(error.toJSON());
    const validation = (error as { validation?: unknown }).validation;
    if (validation) {
      return reply.status(400).send(
        new AppError(
          'invalid_request',
          `Yêu cầu không hợp lệ: ${error.message}`,
          `Invalid request: ${error.message}`,
          {
            details: validation,
          },
        ).toJSON(),
      );
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 429) {
      return reply
        .status(429)
        .send(
          new AppError(
            'rate_limited',
            'Quá nhiều yêu cầu, vui lòng thử lại sau.',
            'Too many requests; try again later.',
          ).toJSON(),
        );
    }
    if (status === 413 || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply
        .status(413)
        .send(
          new AppError(
            'too_large',
            'Tệp hoặc yêu cầu vượt quá dung lượng cho phép.',
            'File or request too large.',
          ).toJSON(),
        );
    }
    if (status && status >= 400 && status < 500) {
      return reply
        .status(status)
        .send(new AppError('bad_request', `Yêu cầu không hợp lệ: ${error.message}`, error.message).toJSON());
    }
    request.log.error(error);
    return reply
      .status(500)
      .send(
        new AppError(
          'internal',
          'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
          'Internal error.',
        ).toJSON(),
      );
  });

  await server.register(healthRoutes);
  await server.register(catalogueRoutes, { prefix: '/api/v1' });
  await server.register(authRoutes, { prefix: '/api/v1' });
  await server.register(userRoutes, { prefix: '/api/v1' });
  await server.register(auditRoutes, { prefix: '/api/v1' });
  await server.register(importRoutes, { prefix: '/api/v1' });
  await server.register(extractRoutes, { prefix: '/api/v1' });
  await server.register(resultRoutes, { prefix: '/api/v1' });
  await server.register(flagRoutes, { prefix: '/api/v1' });
  await server.register(spotCheckRoutes, { prefix: '/api/v1' });
  await server.register(periodRoutes, { prefix: '/api/v1' });
  await server.register(campaignRoutes, { prefix: '/api/v1' });
  await server.register(reportRoutes, { prefix: '/api/v1' });
  await server.register(timelinessRoutes, { prefix: '/api/v1' });
  await server.register(notificationRoutes, { prefix: '/api/v1' });
  await server.register(dashboardRoutes, { prefix: '/api/v1' });
  await server.register(rankingRoutes, { prefix: '/api/v1' });
  await server.register(serviceQualityRoutes, { prefix: '/api/v1' });
  await server.register(exportRoutes, { prefix: '/api/v1' });
  await server.register(openDataRoutes);

  // The web app: static files, and index.html for every client-side route.
  if (existsSync(webDist)) {
    await server.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false });
    server.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        return reply
          .status(404)
          .send(new AppError('not_found', 'Không tìm thấy địa chỉ này.', 'Not found.').toJSON());
      }
      return reply.sendFile('index.html');
    });
  }
  return server;
}
