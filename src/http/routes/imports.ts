import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { authorize, unitScope } from '../../auth/policy.js';
import { summaryJson } from '../../cli/commands/import.js';
import { keptFilePath } from '../../extracts/files.js';
import { findImport, importHistory } from '../../extracts/history.js';
import { type ImportInput, importExtract } from '../../extracts/import.js';
import { guardedReader, ImportForbidden } from '../../extracts/import-guard.js';
import type { ImportRecord } from '../../extracts/store/imports.js';
import { warmAfterImport } from '../../results/warm.js';
import { AppError, notFound } from '../../shared/errors.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';

/** The summary of one import — the same document as `tiendo import --json` (contract "Exit codes and output"). */
export const importSummarySchema = z.object({
  status: z.enum(['accepted', 'unchanged', 'rejected']),
  importId: z.number().int().nullable(),
  recordSet: z.string(),
  source: z.string().nullable(),
  period: z.string().nullable(),
  fileName: z.string(),
  sha256: z.string().nullable(),
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  encodingDetected: z.boolean(),
  encodingBasis: z.string().nullable(),
  rowsRead: z.number().int(),
  imported: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(
    z.object({ line: z.number().int().nullable(), reason: z.string(), reasonEn: z.string() }),
  ),
  warnings: z.array(z.object({ message: z.string(), messageEn: z.string() })),
});

const importItemSchema = z.object({
  id: z.number().int(),
  recordSet: z.string(),
  source: z.string().nullable(),
  period: z.string().nullable(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  format: z.string(),
  encoding: z.string().nullable(),
  status: z.string(),
  rowsRead: z.number().int(),
  imported: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
  warnings: z.array(z.string()),
  actor: z.string(),
  via: z.string(),
  createdAt: z.string(),
  fileUrl: z.string(),
});

const MIME: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Runs one import for a route (upload or push): the permission on the units is checked on the rows
 * read (src/extracts/import-guard.ts); 200 accepted or unchanged, 422 rejected with every bad line.
 */
export async function runImport(
  server: FastifyInstance,
  reply: FastifyReply,
  actor: Actor,
  input: Omit<ImportInput, 'via'> & { via: ImportInput['via'] },
) {
  const { app } = server;
  try {
    const summary = await importExtract(
      { database: app.database, filesDir: app.config.filesDir, actor, now: app.now },
      input,
      guardedReader(actor),
    );
    // new data: the year's results recomputed in the background, the answer does not wait for it
    if (summary.status === 'accepted') warmAfterImport(app, (line) => server.log.info(line));
    return reply.status(summary.status === 'rejected' ? 422 : 200).send(summaryJson(summary));
  } catch (error) {
    if (error instanceof ImportForbidden) throw error.error;
    throw error;
  }
}

const uploadFields = new Set(['recordSet', 'source', 'period', 'encoding', 'format']);

function present(row: ImportRecord) {
  return { ...row, createdAt: row.createdAt.toISOString(), fileUrl: `/api/v1/imports/${row.id}/file` };
}

/** Uploading extracts and their history (SPEC §5; issue 4 "Web pages"). */
export async function importRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.post(
    '/imports',
    {
      schema: {
        tags: ['extracts'],
        summary:
          'Tải lên một tệp trích xuất / upload a record extract (multipart: recordSet, source, period?, encoding?, then file)',
        consumes: ['multipart/form-data'],
        response: {
          200: importSummarySchema,
          422: importSummarySchema,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          413: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'imports.create');
      if (!request.isMultipart()) {
        throw new AppError(
          'invalid_request',
          'Cần gửi tệp dạng multipart/form-data.',
          'Send the file as multipart/form-data.',
        );
      }
      // The fields come before the file (the page sends them so): the file is streamed into the
      // import as it arrives, never held in memory.
      const fields: Record<string, string> = {};
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (uploadFields.has(part.fieldname) && typeof part.value === 'string')
            fields[part.fieldname] = part.value;
          continue;
        }
        const recordSet = fields.recordSet ?? '';
        return runImport(server, reply, actor, {
          recordSet,
          source: fields.source || undefined,
          period: fields.period || undefined,
          encoding: fields.encoding && fields.encoding !== 'auto' ? fields.encoding : undefined,
          format: fields.format || undefined,
          fileName: part.filename || 'upload',
          body: part.file,
          via: 'upload',
        });
      }
      throw new AppError('file_required', 'Chưa chọn tệp để tải lên.', 'No file was uploaded.');
    },
  );

  server.get(
    '/imports',
    {
      schema: {
        tags: ['extracts'],
        summary: 'Lịch sử nhập số liệu / the import history, newest first',
        querystring: z.object({
          recordSet: z.string().optional(),
          source: z.string().optional(),
          period: z.string().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(importItemSchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
          401: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'imports.read');
      const scope = unitScope(actor, 'imports.read') === 'all' ? { all: true as const } : { actor };
      const history = await importHistory(app.database.db, request.query, scope);
      return { ...history, items: history.items.map(present) };
    },
  );

  server.get(
    '/imports/:id/file',
    {
      schema: {
        tags: ['extracts'],
        summary: 'Tải tệp gốc đã lưu (ghi nhật ký) / download the kept original (audited as an export)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        // the file's bytes, streamed (CSV, JSON Lines or XLSX as it was received)
        response: { 200: z.unknown(), 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'imports.read');
      const row = await findImport(app.database.db, request.params.id);
      const mine =
        row !== null && (unitScope(actor, 'imports.read') === 'all' || row.actor === actor.username);
      if (!row || !mine) throw notFound('lần nhập', 'Import', String(request.params.id));
      const path = keptFilePath(app.config.filesDir, row.sha256);
      const size = await stat(path).then(
        (s) => s.size,
        () => null,
      );
      if (size === null) throw notFound('tệp gốc của lần nhập', 'Original file of import', String(row.id));
      // level 3: every export is in the audit trail
      await audit(app.database.db, actor, {
        action: 'export',
        entity: 'import_file',
        entityId: row.id,
        after: { sha256: row.sha256, fileName: row.fileName },
        ip: request.ip,
      });
      const name = row.fileName ?? `import-${row.id}.${row.format}`;
      const ascii = name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[^\x20-\x7e]|["\\]/g, '_');
      return reply
        .header('content-type', MIME[row.format] ?? 'application/octet-stream')
        .header('content-length', size)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header('x-content-sha256', row.sha256)
        .send(createReadStream(path));
    },
  );
}
