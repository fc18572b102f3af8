import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../app/context.js';
import { audit } from '../../audit/audit.js';
import { type Actor, actorLabel } from '../../auth/actor.js';
import { reportVersions } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import { type ReportContent, reportContentSchema } from '../content.js';
import { diffContent } from '../diff.js';
import { appendEvent, asVersion, loadReport } from '../store/reports.js';
import { validateReport } from '../validate.js';
import { authorizeReportAction, conflict, reportRef } from './shared.js';

/**
 * Saves a draft's content (PUT /reports/{id}). Optimistic concurrency (issue 3 §3): the write
 * applies only to the revision the editor loaded; otherwise 409 `conflict` names who saved between.
 * Values that cannot be right are refused (422 `invalid_content`); what is merely missing is not.
 */
export async function saveReport(
  app: AppContext,
  actor: Actor,
  id: number,
  input: { revision: number; content: unknown },
): Promise<{ revision: number }> {
  return app.database.transaction(async ({ db }) => {
    const { report, version } = await loadReport(db, id);
    authorizeReportAction(actor, 'save', reportRef(report, version));
    if (version.revision !== input.revision) throw conflict(version, input.revision);
    const content: ReportContent = reportContentSchema.parse(input.content);
    const issues = validateReport(version.form, content, { forSubmit: false });
    if (issues.length > 0) {
      throw new AppError(
        'invalid_content',
        `Báo cáo có ${issues.length} số liệu không hợp lệ: ${issues[0]?.message}`,
        `The report has ${issues.length} invalid value(s): ${issues[0]?.messageEn}`,
        { status: 422, details: { issues } },
      );
    }
    const now = app.now();
    const [updated] = await db
      .update(reportVersions)
      .set({
        content,
        status: 'draft',
        revision: version.revision + 1,
        updatedBy: actorLabel(actor),
        updatedAt: now,
      })
      .where(and(eq(reportVersions.id, version.id), eq(reportVersions.revision, input.revision)))
      .returning();
    if (!updated) {
      // someone saved between our read and our write
      const { version: current } = await loadReport(db, id);
      throw conflict(current, input.revision);
    }
    await appendEvent(db, actor, {
      reportId: id,
      version: version.version,
      action: 'save',
      fromStatus: version.status,
      toStatus: 'draft',
      at: now,
      content,
    });
    await audit(db, actor, {
      action: 'report.save',
      entity: 'report',
      entityId: id,
      before: { version: version.version, revision: version.revision },
      after: {
        version: version.version,
        revision: asVersion(updated).revision,
        changes: diffContent(version.content, content),
      },
    });
    return { revision: updated.revision };
  });
}
