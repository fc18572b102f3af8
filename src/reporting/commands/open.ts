import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app/context.js';
import { audit } from '../../audit/audit.js';
import { type Actor, actorLabel } from '../../auth/actor.js';
import { reports, reportVersions } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import { emptyContent, type ReportContent, type ReportForm } from '../content.js';
import { loadForm } from '../store/catalogue-view.js';
import { type Extracted, extractedValues } from '../store/prefill.js';
import { appendEvent } from '../store/reports.js';
import { formScope, reportKey, resolveSubject, type Subject } from '../store/subject.js';
import { validateIndicatorValue } from '../validate.js';
import { authorizeReportAction, entryFromExtract } from './shared.js';

/**
 * Opens a unit's report for a period or campaign: the first call creates the draft (version 1),
 * pre-filled from the extracts; later calls return the same report (idempotent, issue 3 §7).
 */
export async function openReport(
  app: AppContext,
  actor: Actor,
  input: { unitCode: string; period?: string | null; campaignId?: number | null },
): Promise<{ id: number; created: boolean }> {
  const { db } = app.database;
  const subject = await resolveSubject(db, input);
  const key = reportKey(input.unitCode, subject);
  const [existing] = await db.select({ id: reports.id }).from(reports).where(eq(reports.reportKey, key));
  const form = await loadForm(db, input.unitCode, subject.year, formScope(subject));
  // only the unit's own staff open (and so write) its report
  authorizeReportAction(actor, 'save', {
    unitCode: input.unitCode,
    status: 'draft',
    indicatorCodes: form.indicators.map((i) => i.code),
  });
  if (existing) return { id: existing.id, created: false };
  if (subject.kind === 'campaign' && !subject.campaign.unitCodes.includes(input.unitCode)) {
    throw new AppError(
      'not_in_campaign',
      `Đơn vị ${input.unitCode} không thuộc phạm vi đợt báo cáo "${subject.campaign.title}".`,
      `Unit ${input.unitCode} is not in the campaign's scope.`,
      { status: 400 },
    );
  }

  const extracted = await prefillSafely(app, input.unitCode, subject, form);
  const content = prefilled(form, extracted);
  const now = app.now();
  return app.database.transaction(async ({ db: tx }) => {
    const [row] = await tx
      .insert(reports)
      .values({
        reportKey: key,
        unitCode: input.unitCode,
        period: subject.kind === 'period' ? subject.code : null,
        campaignId: subject.kind === 'campaign' ? subject.campaign.id : null,
        deadline: new Date(subject.deadline),
        currentVersion: 1,
        createdAt: now,
      })
      .onConflictDoNothing({ target: reports.reportKey })
      .returning({ id: reports.id });
    if (!row) {
      // opened by someone else a moment ago
      const [again] = await tx.select({ id: reports.id }).from(reports).where(eq(reports.reportKey, key));
      if (!again) throw new Error('report vanished after a conflicting insert');
      return { id: again.id, created: false };
    }
    const who = actorLabel(actor);
    await tx.insert(reportVersions).values({
      reportId: row.id,
      version: 1,
      status: 'draft',
      content,
      form,
      extracted,
      revision: 1,
      createdBy: who,
      createdAt: now,
      updatedBy: who,
      updatedAt: now,
    });
    await appendEvent(tx, actor, {
      reportId: row.id,
      version: 1,
      action: 'open',
      fromStatus: null,
      toStatus: 'draft',
      at: now,
      content,
    });
    await audit(tx, actor, {
      action: 'report.open',
      entity: 'report',
      entityId: row.id,
      after: { key, version: 1 },
    });
    return { id: row.id, created: true };
  });
}

/** The engine is optional for a report: without results (no extracts yet) the draft starts empty. */
async function prefillSafely(
  app: AppContext,
  unitCode: string,
  subject: Subject,
  form: ReportForm,
): Promise<Extracted> {
  if (!subject.period) return {};
  try {
    return await extractedValues(app.database, unitCode, subject.period, form.indicators);
  } catch (error) {
    if (error instanceof AppError) return {};
    throw error;
  }
}

export function prefilled(form: ReportForm, extracted: Extracted): ReportContent {
  const content = emptyContent(form);
  content.indicators = content.indicators.map((entry) => {
    const indicator = form.indicators.find((i) => i.code === entry.code);
    const value = extracted[entry.code];
    if (!indicator || !value) return entry;
    const candidate = entryFromExtract(indicator, entry, value);
    // A value the form would refuse (a ratio over no records: b = 0) is left for the unit to enter:
    // a draft must always be savable.
    return validateIndicatorValue(indicator, candidate).length === 0 ? candidate : entry;
  });
  return content;
}
