import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../auth/policy.js';
import { AppError, forbidden } from '../../shared/errors.js';
import { requireActor } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { importSummarySchema, runImport } from './imports.js';

/** The body formats a source system may push, by Content-Type (issue 4 "Integration"). */
const FORMATS = {
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;
type PushFormat = (typeof FORMATS)[keyof typeof FORMATS];

const EXTENSION: Record<PushFormat, string> = { csv: 'csv', jsonl: 'jsonl', xlsx: 'xlsx' };

/** The request's bytes as they arrive, refused past the upload limit (never buffered whole). */
async function* limited(body: IncomingMessage, limit: number): AsyncIterable<Uint8Array> {
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) {
      body.destroy();
      throw new AppError(
        'too_large',
        'Tệp hoặc yêu cầu vượt quá dung lượng cho phép.',
        'File or request too large.',
        {
          status: 413,
        },
      );
    }
    yield chunk;
  }
}

/**
 * A source system pushes an extract (SPEC §2 "integration token"): `POST /extracts/{recordSet}`
 * with `Authorization: Bearer …`; the same rules as a file (all or nothing, the same summary).
 * A token pushes only its own source, record sets and units: 403 otherwise, nothing written.
 */
export async function extractRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  // The body is read by the import as a stream, not parsed here.
  server.addContentTypeParser(Object.keys(FORMATS), (_request, _payload, done) => done(null, undefined));

  server.post(
    '/extracts/:recordSet',
    {
      schema: {
        tags: ['extracts'],
        summary:
          'Hệ thống nguồn đẩy bản trích xuất / a source system pushes an extract (CSV, JSON Lines or XLSX body)',
        security: [{ token: [] }],
        consumes: Object.keys(FORMATS),
        params: z.object({ recordSet: z.string().min(1).max(64) }),
        querystring: z.object({
          source: z.string().max(64).optional(),
          period: z.string().max(7).optional(),
          encoding: z.string().max(32).optional(),
        }),
        response: {
          200: importSummarySchema,
          422: importSummarySchema,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          413: errorSchema,
          415: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { recordSet } = request.params;
      // the record set before a byte is read: a token for another set is refused at once
      authorize(actor, 'imports.create', { recordSet, unitCodes: [] });
      const source = request.query.source ?? (actor.kind === 'token' ? actor.source : undefined);
      if (actor.kind === 'token' && source !== actor.source) throw forbidden();
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const format = FORMATS[mediaType as keyof typeof FORMATS];
      if (!format) {
        throw new AppError(
          'unsupported_media_type',
          'Định dạng không được hỗ trợ: cần text/csv, application/x-ndjson hoặc XLSX.',
          'Unsupported Content-Type: use text/csv, application/x-ndjson or the XLSX type.',
          { status: 415 },
        );
      }
      return runImport(server, reply, actor, {
        recordSet,
        source,
        period: request.query.period,
        encoding: request.query.encoding,
        format,
        fileName: `${recordSet}-${source ?? 'push'}.${EXTENSION[format]}`,
        body: limited(request.raw, app.config.uploadLimitBytes),
        via: 'api',
      });
    },
  );
}
