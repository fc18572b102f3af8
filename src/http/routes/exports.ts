import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../audit/audit.js';
import { officialReportInput } from '../../dashboard/report-draft.js';
import { buildOfficialReportModel, SECTION_HEADINGS, type SectionKey } from '../../exports/build.js';
import { renderReportDocx } from '../../exports/docx/render.js';
import { renderAppendicesXlsx } from '../../exports/xlsx.js';
import { requireUser } from '../guard.js';
import { errorSchema } from './auth-schemas.js';
import { period } from './results.js';

const block = z.object({ kind: z.enum(['heading', 'paragraph', 'bullet']), text: z.string().max(20_000) });
const blocks = z.array(block).max(500);
const sections = z
  .object({
    direction: blocks.optional(),
    results: blocks.optional(),
    difficulties: blocks.optional(),
    recommendations: blocks.optional(),
  })
  .optional();
const unit = z.string().min(1).max(100);

const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** "Báo cáo VPUBND 2026-03.docx" as an RFC 6266 header: an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.normalize('NFC'))}`;
}

/**
 * The official report (issue 5 §5, SPEC §8): the draft for the officer's editor, and the export as
 * DOCX (Decree 30/2020) or XLSX (Phụ lục I, III), every export audited.
 */
export async function exportRoutes(fastify: FastifyInstance): Promise<void> {
  const server = fastify.withTypeProvider<ZodTypeProvider>();
  const { app } = server;

  server.get(
    '/exports/official-report/draft',
    {
      schema: {
        tags: ['exports'],
        summary:
          'Dự thảo báo cáo chính thức (phần thuyết minh soạn từ số liệu) để chỉnh sửa / the drafted official report',
        querystring: z.object({ unit, period }),
        response: {
          200: z.unknown(),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const input = await officialReportInput(app, actor, request.query);
      const model = buildOfficialReportModel(input);
      const keys = Object.keys(SECTION_HEADINGS) as SectionKey[];
      return {
        unit: request.query.unit,
        period: request.query.period,
        model,
        // the sections keyed as POST takes them back
        sections: Object.fromEntries(keys.map((k, i) => [k, model.sections[i]?.blocks ?? []])),
        headings: SECTION_HEADINGS,
      };
    },
  );

  server.post(
    '/exports/official-report',
    {
      schema: {
        tags: ['exports'],
        summary:
          'Xuất báo cáo chính thức DOCX (Nghị định 30/2020) hoặc phụ lục XLSX (ghi nhật ký) / export the official report (audited)',
        body: z.object({
          unit,
          period,
          format: z.enum(['docx', 'xlsx']),
          sections,
          number: z.string().trim().max(20).nullable().optional(),
          symbol: z.string().trim().min(1).max(40).optional(),
          date: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          signer: z
            .object({ authority: z.array(z.string().max(200)).min(1).max(4), name: z.string().max(200) })
            .optional(),
          recipients: z.array(z.string().min(1).max(300)).min(1).max(30).optional(),
        }),
        response: {
          200: z.unknown().describe('DOCX or XLSX file (Content-Disposition: attachment)'),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const body = request.body;
      const input = await officialReportInput(app, actor, body);
      const model = buildOfficialReportModel(input);
      const file = body.format === 'docx' ? await renderReportDocx(model) : await renderAppendicesXlsx(model);
      const fileName = `Báo cáo ${body.unit} ${body.period}${body.format === 'xlsx' ? ' - Phụ lục' : ''}.${body.format}`;
      await app.database.transaction(async ({ db }) =>
        audit(db, actor, {
          action: 'export.official_report',
          entity: 'official_report',
          entityId: `${body.unit}|${body.period}`,
          after: {
            unit: body.unit,
            period: body.period,
            format: body.format,
            fileName,
            sizeBytes: file.length,
            sha256: createHash('sha256').update(file).digest('hex'),
            number: model.number,
            symbol: model.symbol,
            editedSections: Object.keys(body.sections ?? {}),
          },
          ip: request.ip,
        }),
      );
      return reply
        .header('content-type', MEDIA[body.format])
        .header('content-disposition', contentDisposition(fileName))
        .header('cache-control', 'no-store')
        .send(file);
    },
  );
}
