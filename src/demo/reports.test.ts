import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { describeEachEngine } from '../../test/support/db.js';
import { seedReportingCatalogue } from '../../test/support/reporting.js';
import type { ReportContent } from '../reporting/content.js';
import { completion, DEMO_REPORT_MONTHS, loadDemoReports, planDemoReports } from './reports.js';

const DAY = 86_400_000;
/** 17:00 on the 12th of the next month, Vietnam time. */
const deadlineOf = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return Date.UTC(y, m, 12, 10);
};

describe('planDemoReports', () => {
  const units = Array.from({ length: 111 }, (_, i) => `U${i}`);
  const plan = planDemoReports(units, DEMO_REPORT_MONTHS, deadlineOf);

  it('plans every unit and month, the same on every run', () => {
    expect(plan).toHaveLength(111 * DEMO_REPORT_MONTHS.length);
    expect(planDemoReports(units, DEMO_REPORT_MONTHS, deadlineOf)).toEqual(plan);
  });

  it('sends most reports days before the deadline, some after it, and leaves a few recent ones unsent', () => {
    const sent = plan.filter((p) => p.submitAt !== null);
    const onTime = sent.filter((p) => (p.submitAt as number) <= p.deadline);
    const late = sent.filter((p) => (p.submitAt as number) > p.deadline);
    const unsent = plan.filter((p) => p.submitAt === null);
    expect(onTime.length / plan.length).toBeGreaterThan(0.85);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((p) => (p.submitAt as number) - p.deadline <= 3 * DAY)).toBe(true);
    expect(unsent.length).toBeGreaterThan(0);
    expect(new Set(unsent.map((p) => p.period))).toEqual(new Set(['2026-10'])); // only the latest month
    expect(sent.every((p) => (p.acceptAt as number) > (p.submitAt as number))).toBe(true);
    expect(onTime.every((p) => (p.submitAt as number) >= p.deadline - 8 * DAY)).toBe(true);
  });
});

describe('completion', () => {
  it('finishes most tasks on their due day and a few weeks later, the same on every run', () => {
    const days = Array.from({ length: 240 }, (_, i) => completion(`U${i}`, 'T1', '2026-03-31'));
    const late = days.filter((d) => d !== '2026-03-31');
    expect(late.length).toBeGreaterThan(5);
    expect(late.length).toBeLessThan(40);
    expect(late.every((d) => d >= '2026-04-14' && d <= '2026-07-21')).toBe(true);
    expect(completion('U7', 'T1', '2026-03-31')).toBe(days[7]);
  });
});

describeEachEngine('loadDemoReports', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ engine, now: () => new Date('2026-11-24T03:00:00Z') });
    await seedReportingCatalogue(t.app.database);
  });
  afterAll(async () => t?.close());

  it('writes, approves, sends and accepts each unit’s monthly reports through the reporting commands, at their times', async () => {
    const lines: string[] = [];
    const sent = await loadDemoReports(t.app, (line) => lines.push(line));
    const expected = planDemoReports(['SKHCN', 'VPUBND', 'XA-CHIENGSON'], DEMO_REPORT_MONTHS, deadlineOf);
    const { database } = t.app;
    const rows = await database.raw.query<{
      unit_code: string;
      period: string;
      status: string;
      submitted_at: Date | null;
      late: boolean | null;
      content: ReportContent;
      events: string;
    }>(
      `SELECT r.unit_code, r.period, v.status, v.submitted_at, v.late, v.content,
              (SELECT string_agg(e.action, ' ' ORDER BY e.at, e.id) FROM report_events e WHERE e.report_id = r.id) AS events
       FROM reports r JOIN report_versions v ON v.report_id = r.id AND v.version = r.current_version
       ORDER BY r.period, r.unit_code`,
    );
    expect(rows.map((r) => [r.unit_code, r.period])).toEqual(
      [...expected]
        .sort((a, b) => a.period.localeCompare(b.period) || a.unitCode.localeCompare(b.unitCode))
        .map((p) => [p.unitCode, p.period]),
    );
    expect(sent).toBe(expected.filter((p) => p.submitAt !== null).length);
    for (const row of rows) {
      const p = expected.find((e) => e.unitCode === row.unit_code && e.period === row.period);
      if (p?.submitAt === null) {
        expect(row.status).toBe('draft'); // written, never sent
        continue;
      }
      expect(row.status).toBe('accepted');
      expect(row.events).toBe('open save approve submit accept');
      expect(row.submitted_at?.getTime()).toBe(p?.submitAt);
      expect(row.late).toBe((p?.submitAt as number) > (p?.deadline as number));
      // complete: a value with its provenance for every indicator, a status for every lead task
      for (const entry of row.content.indicators) {
        expect(entry.a !== null || entry.value !== null || entry.text !== null).toBe(true);
        expect(entry.provenance).not.toBeNull();
      }
      for (const task of row.content.tasks) expect(task.status).not.toBeNull();
    }
    // the task due 15/01/2026 (led by VPUBND and the commune) is reported done, on the unit's own day
    const leads = rows.filter((r) => r.unit_code !== 'SKHCN');
    expect(leads.length).toBeGreaterThan(0);
    for (const row of leads)
      expect(row.content.tasks).toMatchObject([
        {
          code: 'KH000-II-1',
          status: 'done',
          completedOn: completion(row.unit_code, 'KH000-II-1', '2026-01-15'),
        },
      ]);
    expect(lines.at(-1)).toMatch(/^Đã nạp \d+ báo cáo trình diễn/);

    // every step is in the audit trail, by the system
    const [audited] = await database.raw.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.submit' AND actor = 'system'",
    );
    expect(audited?.n).toBe(sent);
    // a second start finds them there and writes nothing
    expect(await loadDemoReports(t.app, () => undefined)).toBe(0);
    const [count] = await database.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    expect(count?.n).toBe(rows.length);
  });
});
