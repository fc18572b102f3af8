import { and, arrayOverlaps, eq, gte, lt } from 'drizzle-orm';
import type { AppContext } from '../app/context.js';
import { periodCode, periodLabelVi } from '../core/periods.js';
import { campaigns, reminderLog, reports, units, users } from '../db/schema/index.js';
import {
  deadlineLabelVi,
  expectedKinds,
  periodDeadline,
  periodsWithDeadlineIn,
} from '../reporting/calendar.js';
import { expectedUnits, loadPlanReporting } from '../reporting/store/catalogue-view.js';
import { createMailer, type Mail } from './mailer.js';
import { currentStage, type LateUnit, overdueMessage, reminderMessage } from './messages.js';
import { notifyUsers } from './store.js';

/**
 * The reminder job (SPEC §4, issue 3 §6): 3 days, 1 day and 2 hours before a deadline, the units
 * that have not submitted get an in-app notice and an e-mail; once the deadline has passed, the
 * aggregators get the list of late and missing units. Idempotent: `reminder_log` holds one row per
 * (stage, period or campaign, unit), and what is logged is never sent again. Driven by `now`, so
 * tests run it on a fake clock.
 */
const DAY = 86_400_000;
/** After a deadline the list goes out on the first run within a week (not for every old period on first start). */
const OVERDUE_WINDOW = 7 * DAY;

interface Subject {
  key: string;
  label: string;
  deadline: number;
  expected: string[];
  link: string;
  /** Which reports belong to it. */
  match: { period: string } | { campaignId: number };
}

export interface ReminderRun {
  sent: { key: string; recipients: number; emails: number }[];
  errors: string[];
}

async function subjectsAround(app: AppContext, now: number): Promise<Subject[]> {
  const { db } = app.database;
  const plans = await loadPlanReporting(db);
  const expected = await expectedUnits(db);
  const from = now - OVERDUE_WINDOW;
  const to = now + 3 * DAY + 1;
  const out: Subject[] = [];
  for (const kind of expectedKinds(plans)) {
    for (const period of periodsWithDeadlineIn(from, to, kind, plans)) {
      const code = periodCode(period);
      out.push({
        key: `period:${code}`,
        label: periodLabelVi(period),
        deadline: periodDeadline(period, plans),
        expected,
        link: `/bao-cao?ky=${code}`,
        match: { period: code },
      });
    }
  }
  const open = await db
    .select()
    .from(campaigns)
    .where(and(gte(campaigns.deadline, new Date(from)), lt(campaigns.deadline, new Date(to))));
  for (const c of open) {
    out.push({
      key: `campaign:${c.id}`,
      label: `${c.title} (${c.letterNumber})`,
      deadline: c.deadline.getTime(),
      expected: c.unitCodes,
      link: `/bao-cao?dot=${c.id}`,
      match: { campaignId: c.id },
    });
  }
  return out;
}

/** Logs the key; true when it was not logged before (this run owns the sending). */
async function claim(app: AppContext, key: string, recipients: number, now: Date): Promise<boolean> {
  const rows = await app.database.db
    .insert(reminderLog)
    .values({ key, sentAt: now, recipients })
    .onConflictDoNothing()
    .returning({ key: reminderLog.key });
  return rows.length > 0;
}

export async function runReminders(app: AppContext, now: Date): Promise<ReminderRun> {
  const { db } = app.database;
  const mailer = createMailer(app.config.smtp);
  const run: ReminderRun = { sent: [], errors: [] };
  const nowMs = now.getTime();
  const unitNames = new Map(
    (await db.select({ code: units.code, name: units.name }).from(units)).map((u) => [u.code, u.name]),
  );
  const nameOf = (code: string) => unitNames.get(code) ?? code;

  const mail = async (key: string, message: Mail) => {
    if (!mailer || message.to.length === 0) return 0;
    try {
      await mailer.send(message);
      return message.to.length;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      run.errors.push(`${key}: ${text}`);
      await db
        .update(reminderLog)
        .set({ emailError: text.slice(0, 1000) })
        .where(eq(reminderLog.key, key));
      return 0;
    }
  };

  for (const subject of await subjectsAround(app, nowMs)) {
    const rows = await db
      .select({ unitCode: reports.unitCode, firstSubmittedAt: reports.firstSubmittedAt })
      .from(reports)
      .where(
        'period' in subject.match
          ? eq(reports.period, subject.match.period)
          : eq(reports.campaignId, subject.match.campaignId),
      );
    const submittedAt = new Map(
      rows.filter((r) => r.firstSubmittedAt).map((r) => [r.unitCode, (r.firstSubmittedAt as Date).getTime()]),
    );
    const deadlineLabel = deadlineLabelVi(subject.deadline);

    if (nowMs < subject.deadline) {
      const stage = currentStage(nowMs, subject.deadline);
      if (!stage) continue;
      for (const unitCode of subject.expected.filter((u) => !submittedAt.has(u))) {
        const staff = await db
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(
            and(
              eq(users.unitCode, unitCode),
              eq(users.active, true),
              arrayOverlaps(users.roles, ['reporter', 'unit_head']),
            ),
          );
        const key = `reminder:${stage.stage}:${subject.key}:${unitCode}`;
        if (!(await claim(app, key, staff.length, now))) continue;
        const message = reminderMessage({
          unitName: nameOf(unitCode),
          subjectLabel: subject.label,
          deadlineLabel,
          stageVi: stage.vi,
          link: subject.link,
        });
        await notifyUsers(
          db,
          staff.map((u) => u.id),
          {
            kind: 'reminder',
            title: message.title,
            body: message.body,
            link: subject.link,
            data: { subject: subject.key, stage: stage.stage, unitCode },
          },
          now,
        );
        const emails = await mail(key, {
          to: staff.flatMap((u) => (u.email ? [u.email] : [])),
          subject: message.subject,
          text: message.body,
        });
        run.sent.push({ key, recipients: staff.length, emails });
      }
    } else if (nowMs > subject.deadline) {
      const key = `overdue:${subject.key}`;
      const aggregators = await db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(eq(users.active, true), arrayOverlaps(users.roles, ['aggregator'])));
      if (!(await claim(app, key, aggregators.length, now))) continue;
      const unit = (code: string): LateUnit => ({
        code,
        name: nameOf(code),
        submittedAt: submittedAt.get(code) ?? null,
      });
      const late = subject.expected.filter((u) => (submittedAt.get(u) ?? 0) > subject.deadline).map(unit);
      const missing = subject.expected.filter((u) => !submittedAt.has(u)).map(unit);
      const link = `/tinh-hinh-bao-cao?${'period' in subject.match ? `ky=${subject.match.period}` : `dot=${subject.match.campaignId}`}`;
      const message = overdueMessage({ subjectLabel: subject.label, deadlineLabel, late, missing, link });
      await notifyUsers(
        db,
        aggregators.map((u) => u.id),
        {
          kind: 'overdue',
          title: message.title,
          body: message.body,
          link,
          data: { subject: subject.key, late: late.map((u) => u.code), missing: missing.map((u) => u.code) },
        },
        now,
      );
      const emails = await mail(key, {
        to: aggregators.flatMap((u) => (u.email ? [u.email] : [])),
        subject: message.subject,
        text: message.body,
      });
      run.sent.push({ key, recipients: aggregators.length, emails });
    }
  }
  return run;
}
