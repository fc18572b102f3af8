import type { AppContext } from '../app/context.js';
import { parsePeriod } from '../core/periods.js';
import { reports, tasks } from '../db/schema/index.js';
import { periodDeadline } from '../reporting/calendar.js';
import { openReport } from '../reporting/commands/open.js';
import { saveReport } from '../reporting/commands/save.js';
import { transitionReport } from '../reporting/commands/transition.js';
import type {
  FormIndicator,
  IndicatorEntry,
  ReportContent,
  ReportForm,
  TaskEntry,
} from '../reporting/content.js';
import { expectedUnits, loadPlanReporting } from '../reporting/store/catalogue-view.js';
import { loadReport } from '../reporting/store/reports.js';
import { entryKind, evaluateEntry, hasValue } from '../reporting/validate.js';
import { yieldToEventLoop } from '../shared/yield.js';
import { DEMO_ACTOR } from './load.js';
import { createRandom, hashString, type Random } from './random.js';
import { DAY, daysIn, HOUR, LAST_MONTH, YEAR } from './shared.js';

/**
 * Demonstration reports: the monthly reports of every unit for the extracts' months, written, approved,
 * submitted and accepted through the reporting commands (the real path, as the extracts go through
 * the importer), at the times they would have happened — most units on time, a few late, a few
 * recent ones missing — so that a new user's dashboard shows a province that reports, not one where
 * every unit is late and every task overdue. Deterministic: the same on every machine.
 */

/** The months reported in the demonstration: those of the extracts, January to LAST_MONTH. */
export const DEMO_REPORT_MONTHS = Array.from({ length: LAST_MONTH }, (_, i) => i + 1);

export interface DemoReportPlan {
  unitCode: string;
  period: string;
  deadline: number;
  /** null: the unit never sent it. */
  submitAt: number | null;
  acceptAt: number | null;
}

/** When each unit sends each month's report (pure): mostly days before the deadline, some after, a few never. */
export function planDemoReports(
  unitCodes: readonly string[],
  months: readonly number[],
  deadlineOf: (period: string) => number,
): DemoReportPlan[] {
  return months.flatMap((month) => {
    const period = `${YEAR}-${String(month).padStart(2, '0')}`;
    const deadline = deadlineOf(period);
    return unitCodes.map((unitCode): DemoReportPlan => {
      const rnd = createRandom(hashString(`${unitCode}|${period}`));
      // a unit's habit: some are always early, a few are often late
      const habit = createRandom(hashString(unitCode)).next();
      const roll = rnd.next();
      const recent = month === LAST_MONTH;
      if (recent && roll < 0.04) return { unitCode, period, deadline, submitAt: null, acceptAt: null };
      const late = roll > 0.96 - habit * 0.08;
      const submitAt = late
        ? deadline + rnd.int(2, 60) * HOUR
        : deadline - rnd.int(1, 7) * DAY - rnd.int(0, 8) * HOUR;
      return { unitCode, period, deadline, submitAt, acceptAt: submitAt + rnd.int(4, 40) * HOUR };
    });
  });
}

/**
 * Writes and sends the planned reports that do not exist yet (a run cut short by a restart goes on
 * where it stopped; a report someone opened by hand is left alone). Returns how many were sent.
 */
export async function loadDemoReports(app: AppContext, log: (line: string) => void): Promise<number> {
  const { db } = app.database;
  const plans = await loadPlanReporting(db);
  const units = await expectedUnits(db);
  const dueOn = new Map(
    (await db.select({ code: tasks.code, dueOn: tasks.dueOn }).from(tasks)).map((t) => [t.code, t.dueOn]),
  );
  const opened = new Set(
    (await db.select({ unitCode: reports.unitCode, period: reports.period }).from(reports)).map(
      (r) => `${r.unitCode}|${r.period}`,
    ),
  );
  const now = app.now().getTime();
  const plan = planDemoReports(units, DEMO_REPORT_MONTHS, (period) =>
    periodDeadline(parsePeriod(period), plans),
  ).filter((p) => (p.acceptAt ?? p.deadline) < now && !opened.has(`${p.unitCode}|${p.period}`));
  if (plan.length === 0) return 0;
  log(`Đang nạp báo cáo trình diễn (${plan.length} báo cáo tháng)…`);
  let sent = 0;
  for (const p of plan) {
    await yieldToEventLoop(); // the server answers requests between two reports
    // each step at the time it would have happened: submitted is stamped by the (demo) clock
    const at = (ms: number) => ({ ...app, now: () => new Date(ms) });
    const written = (p.submitAt ?? p.deadline) - 3 * DAY;
    const { id } = await openReport(at(written), DEMO_ACTOR, { unitCode: p.unitCode, period: p.period });
    const { version } = await loadReport(db, id);
    const rnd = createRandom(hashString(`content|${p.unitCode}|${p.period}`));
    const content = fillContent(p.unitCode, version.form, version.content, rnd, p.period, dueOn);
    await saveReport(at(written + DAY), DEMO_ACTOR, id, { revision: version.revision, content });
    if (p.submitAt === null || p.acceptAt === null) continue; // written, never sent
    await transitionReport(at(p.submitAt - 2 * HOUR), DEMO_ACTOR, id, 'approve');
    await transitionReport(at(p.submitAt), DEMO_ACTOR, id, 'submit');
    await transitionReport(at(p.acceptAt), DEMO_ACTOR, id, 'accept');
    sent++;
  }
  log(`Đã nạp ${sent} báo cáo trình diễn (tháng ${DEMO_REPORT_MONTHS[0]}–${LAST_MONTH}/${YEAR}).`);
  return sent;
}

const MANUAL_REASON =
  'Chưa có hệ thống nguồn: số liệu tổng hợp từ sổ theo dõi của đơn vị (dữ liệu trình diễn).';

/** A complete report: every value, the causes of what is not achieved, every lead task's progress. */
export function fillContent(
  unitCode: string,
  form: ReportForm,
  prefilled: ReportContent,
  rnd: Random,
  period: string,
  dueOn: ReadonlyMap<string, string | null>,
): ReportContent {
  const periodEnd = `${period}-${daysIn(Number(period.slice(5, 7)))}`; // the demo's months are of YEAR
  const indicators = prefilled.indicators.map((entry) => {
    const indicator = form.indicators.find((i) => i.code === entry.code);
    if (!indicator) return entry;
    // an extract that gives no value for this unit (no records this year) leaves it to the unit
    const filled =
      entry.provenance && hasValue(indicator, entry) ? entry : manualValue(indicator, entry, rnd);
    if (evaluateEntry(indicator, filled).status !== 'chua_dat') return filled;
    return {
      ...filled,
      causes: {
        subjective: 'Một số cán bộ chưa quen quy trình xử lý trên môi trường điện tử.',
        objective: 'Hạ tầng mạng ở một số điểm còn chưa ổn định; người dân còn nộp hồ sơ giấy.',
        remedies: 'Tập huấn lại cho cán bộ; hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.',
        nextSteps: 'Rà soát hằng tuần, báo cáo lãnh đạo đơn vị kết quả khắc phục trong kỳ tới.',
      },
    };
  });
  const taskEntries = prefilled.tasks.map((entry): TaskEntry => {
    const due = dueOn.get(entry.code) ?? null;
    const finished = due === null ? null : completion(unitCode, entry.code, due);
    // done once its completion day has come (in time for most, weeks late for a few); else under way
    if (finished !== null && finished <= periodEnd)
      return {
        ...entry,
        status: 'done',
        completedOn: finished,
        progress: 'Đã hoàn thành; sản phẩm đã gửi cơ quan theo dõi.',
        evidence: [
          { number: `Văn bản số ${rnd.int(10, 250)}/BC`, date: finished, title: 'Báo cáo kết quả thực hiện' },
        ],
      };
    return {
      ...entry,
      status: 'in_progress',
      progress: 'Đang triển khai theo kế hoạch; đã phân công cán bộ phụ trách và theo dõi hằng tháng.',
    };
  });
  return {
    ...prefilled,
    indicators,
    tasks: taskEntries,
    contributions: prefilled.contributions.map((c) => ({
      ...c,
      text: 'Đã phối hợp cung cấp thông tin khi được đề nghị.',
    })),
    difficulties: 'Nhân lực công nghệ thông tin ở cơ sở còn mỏng.',
    recommendations: 'Đề nghị Sở Khoa học và Công nghệ tiếp tục hỗ trợ tập huấn cho cán bộ một cửa.',
  };
}

/** The day a unit finishes a task due on `due` (YYYY-MM-DD): that day for most, 2–16 weeks later for one in twelve. */
export function completion(unitCode: string, taskCode: string, due: string): string {
  const rnd = createRandom(hashString(`task|${unitCode}|${taskCode}`));
  if (!rnd.chance(1 / 12)) return due;
  return new Date(Date.parse(`${due}T00:00:00Z`) + rnd.int(14, 112) * DAY).toISOString().slice(0, 10);
}

/** A value typed by hand where no extract gives one, with the reason (SPEC §4). */
function manualValue(indicator: FormIndicator, entry: IndicatorEntry, rnd: Random): IndicatorEntry {
  const provenance = { kind: 'manual' as const, reason: MANUAL_REASON };
  switch (entryKind(indicator.kind)) {
    case 'pair': {
      const b = rnd.int(20, 400);
      const a =
        indicator.kind === 'duration' ? b * rnd.int(600, 7200) : Math.round(b * (0.6 + rnd.next() * 0.4));
      return { ...entry, a, b, provenance };
    }
    case 'value':
      return { ...entry, value: rnd.int(1, indicator.kind === 'level' ? 4 : 12), provenance };
    case 'text':
      return { ...entry, text: 'Đã triển khai theo kế hoạch của tỉnh.', provenance };
  }
}
