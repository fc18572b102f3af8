import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { keptFilePath } from '../../extracts/files.js';
import {
  ATTACHMENT_LIMIT_BYTES,
  addAttachment,
  attachmentTooLarge,
} from '../../reporting/commands/attachments.js';
import { openReport } from '../../reporting/commands/open.js';
import { saveReport } from '../../reporting/commands/save.js';
import { amendReport, type TransitionAction, transitionReport } from '../../reporting/commands/transition.js';
import {
  diffVersions,
  getReport,
  listReports,
  listVersions,
  loadAttachments,
  readableReport,
} from '../../reporting/queries.js';
import { AppError, notFound } from '../../shared/errors.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import {
  attachmentSchema,
  diffSchema,
  reportListSchema,
  reportViewSchema,
  versionsSchema,
} from './reports-schemas.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  422: errorSchema,
};

/**
 * The monthly reporting cycle (SPEC §4, issue 3): a unit's report for a period or campaign,
 * its workflow, versions and evidence. Permissions are the policy's (auth/policy.ts) through
 * reporting/workflow.ts; routes only translate.
 */
export async function reportRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;
  const view = (actor: ReturnType<typeof requireUser>, id: number) => getReport(app.database.db, actor, id);

  server.get(
    '/reports',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Danh sách báo cáo; báo cáo đơn vị mình cần lập / reports, and the caller’s report to fill',
        querystring: z.object({
          period: z.string().max(16).optional(),
          unit: z.string().max(100).optional(),
          campaign: z.coerce.number().int().positive().optional(),
          status: z.enum(['draft', 'approved', 'submitted', 'accepted', 'returned']).optional(),
          tracked: z
            .enum(['true', 'false'])
            .optional()
            .describe('true: only reports asking for an indicator the caller tracks (review queue)'),
        }),
        response: { 200: reportListSchema, ...errors },
      },
    },
    async (request) =>
      listReports(
        app.database.db,
        requireUser(request),
        { ...request.query, tracked: request.query.tracked === 'true' },
        app.now(),
      ),
  );

  server.post(
    '/reports',
    {
      schema: {
        tags: ['reporting'],
        summary:
          'Mở báo cáo của đơn vị cho một kỳ hoặc đợt (lặp lại không tạo thêm) / open a unit’s report (idempotent)',
        body: z.object({
          unit: z.string().min(1).max(100),
          period: z.string().max(16).nullish(),
          campaign: z.number().int().positive().nullish(),
        }),
        response: { 200: reportViewSchema, 201: reportViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { id, created } = await openReport(app, actor, {
        unitCode: request.body.unit,
        period: request.body.period,
        campaignId: request.body.campaign,
      });
      return reply.status(created ? 201 : 200).send(await view(actor, id));
    },
  );

  server.get(
    '/reports/:id',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Một báo cáo (phiên bản hiện tại) / one report',
        params: idParams,
        response: { 200: reportViewSchema, ...errors },
      },
    },
    async (request) => view(requireUser(request), request.params.id),
  );

  server.put(
    '/reports/:id',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Lưu dự thảo (kèm revision đang sửa) / save the draft (with the revision edited)',
        params: idParams,
        body: z.object({ revision: z.number().int().positive(), content: z.unknown() }),
        response: { 200: reportViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      await saveReport(app, actor, request.params.id, request.body);
      return view(actor, request.params.id);
    },
  );

  const transition = (action: TransitionAction, summary: string, body: z.ZodType) =>
    server.post(
      `/reports/:id/${action}`,
      {
        schema: {
          tags: ['reporting'],
          summary,
          params: idParams,
          body,
          response: { 200: reportViewSchema, ...errors },
        },
      },
      async (request) => {
        const actor = requireUser(request);
        const input = (request.body ?? {}) as { comment?: string | null; revision?: number };
        await transitionReport(app, actor, request.params.id, action, input);
        return view(actor, request.params.id);
      },
    );
  const optionalRevision = z.object({ revision: z.number().int().positive().optional() }).nullish();
  transition('approve', 'Thủ trưởng đơn vị phê duyệt / the unit head approves', optionalRevision);
  transition(
    'submit',
    'Gửi báo cáo (máy chủ ghi thời điểm, đúng hạn hay muộn) / submit (server-stamped, on time or late)',
    optionalRevision,
  );
  transition(
    'accept',
    'Cơ quan theo dõi tiếp nhận (khóa báo cáo) / the tracking aggregator accepts (locks)',
    z
      .object({ revision: z.number().int().positive().optional(), comment: z.string().max(5000).optional() })
      .nullish(),
  );
  transition(
    'return',
    'Cơ quan theo dõi trả lại kèm ý kiến / the tracking aggregator returns with a comment',
    z.object({ revision: z.number().int().positive().optional(), comment: z.string().max(5000) }),
  );

  server.post(
    '/reports/:id/amend',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Mở phiên bản điều chỉnh từ báo cáo đã tiếp nhận / open an amendment (new version)',
        params: idParams,
        response: { 200: reportViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      await amendReport(app, actor, request.params.id);
      return view(actor, request.params.id);
    },
  );

  server.get(
    '/reports/:id/versions',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Mọi phiên bản và lịch sử trạng thái / every version and its history',
        params: idParams,
        response: { 200: versionsSchema, ...errors },
      },
    },
    async (request) => listVersions(app.database.db, requireUser(request), request.params.id),
  );

  server.get(
    '/reports/:id/diff',
    {
      schema: {
        tags: ['reporting'],
        summary: 'So sánh hai phiên bản / differences between two versions',
        params: idParams,
        querystring: z.object({
          from: z.coerce.number().int().positive(),
          to: z.coerce.number().int().positive(),
        }),
        response: { 200: diffSchema, ...errors },
      },
    },
    async (request) =>
      diffVersions(
        app.database.db,
        requireUser(request),
        request.params.id,
        request.query.from,
        request.query.to,
      ),
  );

  server.post(
    '/reports/:id/attachments',
    {
      schema: {
        tags: ['reporting'],
        summary: `Đính kèm minh chứng (PDF, DOCX, XLSX, PNG, JPEG; tối đa ${ATTACHMENT_LIMIT_BYTES / 1024 / 1024} MB) / attach evidence (multipart "file")`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: attachmentSchema, ...errors, 413: errorSchema, 415: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const file = await request.file({ limits: { fileSize: ATTACHMENT_LIMIT_BYTES, files: 1 } });
      if (!file) throw new AppError('invalid_request', 'Chưa chọn tệp đính kèm.', 'No file in the request.');
      const bytes = await file.toBuffer().catch((error: { code?: string }) => {
        throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? attachmentTooLarge() : error;
      });
      if (file.file.truncated) throw attachmentTooLarge();
      const attachment = await addAttachment(app, actor, request.params.id, {
        fileName: file.filename,
        bytes,
      });
      return reply.status(201).send(attachment);
    },
  );

  server.get(
    '/reports/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Tải tệp đính kèm / download an attachment',
        params: z.object({
          id: z.coerce.number().int().positive(),
          attachmentId: z.coerce.number().int().positive(),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      await readableReport(app.database.db, actor, request.params.id);
      const attachment = (await loadAttachments(app.database.db, request.params.id)).find(
        (a) => a.id === request.params.attachmentId,
      );
      if (!attachment) throw notFound('tệp đính kèm', 'Attachment', String(request.params.attachmentId));
      return reply
        .header('content-type', attachment.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(keptFilePath(app.config.filesDir, attachment.sha256)));
    },
  );
}
