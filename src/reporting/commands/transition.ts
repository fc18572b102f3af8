import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app/context.js';
import { audit } from '../../audit/audit.js';
import { type Actor, actorLabel } from '../../auth/actor.js';
import { isLate } from '../../core/periods.js';
import { reports, reportVersions } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import { appendEvent, lockReport } from '../store/reports.js';
import { validateReport } from '../validate.js';
import { REPORT_STATUS_VI, type ReportStatus } from '../workflow.js';
import { authorizeReportAction, checkRevision, reportRef } from './shared.js';

export type TransitionAction = 'approve' | 'submit' | 'accept' | 'return';

/**
 * approve (unit head) → submit (unit head; stamped by the server's clock, late when after the
 * deadline in Vietnam time) → accept or return with a comment (the tracking aggregator).
 * Every transition is an event with the content it acted on, and an audit row.
 */
export async function transitionReport(
  app: AppContext,
  actor: Actor,
  id: number,
  action: TransitionAction,
  input: { comment?: string | null; revision?: number } = {},
): Promise<{ status: ReportStatus; submittedAt: string | null; late: boolean | null }> {
  return app.database.transaction(async ({ db }) => {
    const { report, version } = await lockReport(db, id);
    const to = authorizeReportAction(actor, action, reportRef(report, version));
    checkRevision(version, input.revision);
    const comment = input.comment?.trim() ?? '';
    if (action === 'return' && comment === '') {
      throw new AppError(
        'comment_required',
        'Trả lại báo cáo phải kèm ý kiến nêu rõ nội dung cần sửa.',
        'Returning a report needs a comment.',
        { status: 400 },
      );
    }
    if (action === 'approve' || action === 'submit') {
      const issues = validateReport(version.form, version.content, { forSubmit: true });
      if (issues.length > 0) {
        throw new AppError(
          'report_incomplete',
          `Chưa thể ${action === 'approve' ? 'phê duyệt' : 'gửi'} báo cáo: còn ${issues.length} nội dung cần hoàn thiện. ${issues[0]?.message}`,
          `Cannot ${action} the report: ${issues.length} issue(s). ${issues[0]?.messageEn}`,
          { status: 422, details: { issues } },
        );
      }
    }

    const now = app.now();
    const submitted = action === 'submit';
    // issue 3 §3: the server's clock, never the client's; late = strictly after the deadline
    const late = submitted ? isLate(now.getTime(), report.deadline.getTime()) : version.late;
    await db
      .update(reportVersions)
      .set({
        status: to,
        revision: version.revision + 1,
        updatedBy: actorLabel(actor),
        updatedAt: now,
        ...(submitted ? { submittedAt: now, late } : {}),
        ...(action === 'return' ? { returnComment: comment } : {}),
        ...(action === 'approve' ? { returnComment: null } : {}),
      })
      .where(eq(reportVersions.id, version.id));
    if (submitted && report.firstSubmittedAt === null) {
      await db.update(reports).set({ firstSubmittedAt: now }).where(eq(reports.id, id));
    }
    await appendEvent(db, actor, {
      reportId: id,
      version: version.version,
      action,
      fromStatus: version.status,
      toStatus: to,
      at: now,
      comment: comment || null,
      late: submitted ? late : null,
      content: version.content,
    });
    await audit(db, actor, {
      action: `report.${action}`,
      entity: 'report',
      entityId: id,
      before: { version: version.version, status: version.status },
      after: {
        version: version.version,
        status: to,
        ...(submitted ? { submittedAt: now.toISOString(), late } : {}),
        ...(comment ? { comment } : {}),
      },
    });
    return {
      status: to,
      submittedAt: submitted ? now.toISOString() : (version.submittedAt?.toISOString() ?? null),
      late: late ?? null,
    };
  });
}

/**
 * Accepted reports are locked; an amendment opens the next version as a draft carrying the
 * accepted content, and leaves the accepted version as it was (issue 3 §3).
 */
export async function amendReport(app: AppContext, actor: Actor, id: number): Promise<{ version: number }> {
  return app.database.transaction(async ({ db }) => {
    const { report, version } = await lockReport(db, id);
    authorizeReportAction(actor, 'amend', reportRef(report, version));
    const now = app.now();
    const who = actorLabel(actor);
    const next = version.version + 1;
    await db.insert(reportVersions).values({
      reportId: id,
      version: next,
      status: 'draft',
      content: version.content,
      form: version.form,
      extracted: version.extracted,
      revision: 1,
      createdBy: who,
      createdAt: now,
      updatedBy: who,
      updatedAt: now,
    });
    await db.update(reports).set({ currentVersion: next }).where(eq(reports.id, id));
    await appendEvent(db, actor, {
      reportId: id,
      version: next,
      action: 'amend',
      fromStatus: version.status,
      toStatus: 'draft',
      at: now,
      content: version.content,
    });
    await audit(db, actor, {
      action: 'report.amend',
      entity: 'report',
      entityId: id,
      before: { version: version.version, status: version.status },
      after: { version: next, status: 'draft' },
    });
    return { version: next };
  });
}

export const statusLabel = (s: ReportStatus) => REPORT_STATUS_VI[s];
