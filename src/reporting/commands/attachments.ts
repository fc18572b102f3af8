import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { audit } from '../../audit/audit.js';
import { type Actor, actorLabel } from '../../auth/actor.js';
import { reportAttachments } from '../../db/schema/index.js';
import { keptFilePath } from '../../extracts/files.js';
import { AppError } from '../../shared/errors.js';
import { detectEvidenceType, MEDIA_TYPES } from '../magic.js';
import type { AttachmentView } from '../presenter.js';
import { loadReport } from '../store/reports.js';
import { authorizeReportAction, reportRef } from './shared.js';

/** Evidence files: 20 MB at most (a scanned signed document), PDF/DOCX/XLSX/PNG/JPEG by their bytes. */
export const ATTACHMENT_LIMIT_BYTES = 20 * 1024 * 1024;

export const attachmentTooLarge = () =>
  new AppError(
    'too_large',
    `Tệp đính kèm vượt quá ${ATTACHMENT_LIMIT_BYTES / 1024 / 1024} MB.`,
    `The attachment exceeds ${ATTACHMENT_LIMIT_BYTES / 1024 / 1024} MB.`,
    { status: 413 },
  );

/** Keeps the bytes as `<filesDir>/<sha256>` (the same content-addressed store as extracts). */
async function keep(filesDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const path = keptFilePath(filesDir, sha256);
  try {
    await access(path);
    return; // the same bytes are already kept
  } catch {
    await mkdir(filesDir, { recursive: true });
    const part = join(filesDir, `.${process.pid}-${randomBytes(6).toString('hex')}.part`);
    await writeFile(part, bytes, { flag: 'wx' });
    await rename(part, path);
  }
}

/** The name as shown and offered on download: no path separators or control characters, 255 at most. */
function safeFileName(name: string): string {
  return [...name]
    .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 ? '_' : c))
    .join('')
    .slice(0, 255);
}

export async function addAttachment(
  app: AppContext,
  actor: Actor,
  reportId: number,
  file: { fileName: string; bytes: Uint8Array },
): Promise<AttachmentView> {
  const { report, version } = await loadReport(app.database.db, reportId);
  // evidence belongs to the draft being written: whoever may edit it may attach
  authorizeReportAction(actor, 'save', reportRef(report, version));
  if (file.bytes.byteLength > ATTACHMENT_LIMIT_BYTES) throw attachmentTooLarge();
  const type = detectEvidenceType(file.bytes);
  if (!type) {
    throw new AppError(
      'unsupported_file_type',
      'Chỉ nhận tệp PDF, Word (DOCX), Excel (XLSX), PNG hoặc JPEG.',
      'Only PDF, DOCX, XLSX, PNG or JPEG files are accepted.',
      { status: 415 },
    );
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  await keep(app.config.filesDir, sha256, file.bytes);
  const now = app.now();
  const fileName = safeFileName(file.fileName) || `tep.${type}`;
  return app.database.transaction(async ({ db }) => {
    const [row] = await db
      .insert(reportAttachments)
      .values({
        reportId,
        sha256,
        fileName,
        mediaType: MEDIA_TYPES[type],
        sizeBytes: file.bytes.byteLength,
        uploadedBy: actorLabel(actor),
        uploadedAt: now,
      })
      .returning();
    if (!row) throw new Error('attachment insert returned nothing');
    const view: AttachmentView = {
      id: row.id,
      fileName,
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      sha256,
      uploadedBy: row.uploadedBy,
      uploadedAt: now.toISOString(),
    };
    await audit(db, actor, { action: 'report.attach', entity: 'report', entityId: reportId, after: view });
    return view;
  });
}
