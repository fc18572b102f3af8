import { isoDate, isValidDate, lastDayOfMonth, parseIsoDate } from './time.js';
import { cleanVi, foldVi, romanOrDigits } from './vi-text.js';

/**
 * A task's deadline (thời hạn) as written in the plans, parsed (SPEC §7). The text is always
 * kept; what cannot be read is `unknown`, never guessed. Dates are Vietnam calendar days
 * 'YYYY-MM-DD'; a task due on a day is on time through the whole of that day.
 */
export type Periodicity = 'week' | 'month' | 'quarter' | 'half' | 'year' | 'adhoc';

export type Deadline =
  /** 'Tháng 6/2026', 'Quý II/2026', 'Năm 2026', 'Trước 30/11/2026', 'Ngày 01/3/2027'. */
  | { kind: 'date'; due: string; text: string }
  /** Each year: 'Tháng 12 hằng năm' (month 12), 'Quý I hằng năm' (month 3), 'Hằng năm' (31/12). */
  | { kind: 'recurring'; month?: number; day?: number; text: string }
  /** Reports at every such period: 'Báo cáo: Quý, 6 tháng, năm và đột xuất'. Never overdue as a whole. */
  | { kind: 'periodic'; every: Periodicity[]; text: string }
  /** 'Thường xuyên': reported every period, never overdue. */
  | { kind: 'ongoing'; text: string }
  /** '2026 - 2030', 'Giai đoạn 2026-2030': due 31/12 of the last year, with yearly progress. */
  | { kind: 'range'; fromYear: number; toYear: number; due: string; text: string }
  /** Triggered by an event, no fixed date: 'Khi hệ thống có thay đổi, nâng cấp', 'Theo Quyết định giao dự toán'. */
  | { kind: 'event'; text: string }
  /** Several parts: '- Đợt 1: Tháng 3/2026; - Các đợt tiếp theo: Khi có quy định mới của Trung ương'. */
  | { kind: 'waves'; waves: Deadline[]; text: string }
  | { kind: 'unknown'; text: string };

export type TaskStatus = 'done' | 'in_progress' | 'not_started';
export type TaskTiming = 'on_track' | 'overdue' | 'done_on_time' | 'done_late' | 'no_deadline';

export const TASK_STATUS_VI: Record<TaskStatus, string> = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
};

// Seed 004 is an OCR: 'Tháng' also comes out as 'Théng'/'Thong', 'năm' as 'nim'.
const MONTH = 'th[aeo]ng';
const YEAR_WORD = 'n[ai]m';
const SEP = `(?:\\s*[/.-]\\s*|\\s+${YEAR_WORD}\\s+)`;

const dayMonthYear = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const dayMonth = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
const monthYear = new RegExp(`^${MONTH}\\s+(\\d{1,2})${SEP}(\\d{4})$`);
const monthOnly = new RegExp(`^${MONTH}\\s+(\\d{1,2})$`);
const quarterYear = new RegExp(`^quy\\s+([ivx]+|\\d)${SEP}(\\d{4})$`);
const quarterOnly = /^quy\s+([ivx]+|\d)$/;
const halfYear = new RegExp(`^(6|9|sau|chin)\\s+${MONTH}\\s+(dau|cuoi)\\s+${YEAR_WORD}\\s+(\\d{4})$`);
const yearOnly = new RegExp(`^(?:${YEAR_WORD}\\s+)?(\\d{4})$`);
const range = new RegExp(
  `^(?:giai doan\\s+|tu\\s+)?(?:${YEAR_WORD}\\s+)?(\\d{4})\\s*(?:-|–|—|den)\\s*(?:${YEAR_WORD}\\s+)?(\\d{4})$`,
);
const recurring = new RegExp(
  `^(?:dinh ky\\s+)?(?:(?:truoc|den|cham nhat|vao)\\s+)?(?:ngay\\s+)?` +
    `(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})|${MONTH}\\s+(\\d{1,2})|quy\\s+([ivx]+|\\d))?\\s*,?\\s*hang\\s+${YEAR_WORD}$`,
);
/** Words before a date that do not change it: SPEC §7 reads 'Trước 30/11/2026' as "by that day". */
const datePrefix = /^(?:hoan thanh|xong|truoc|den|cham nhat(?: la)?|trong|ngay|han|thoi han|vao|cuoi)\s+/;
const eventStart = /^(?:theo|khi|tuy theo|tuy thuoc|ngay sau khi)\b/;
const eventAnywhere = /\b(?:sau khi|khi co|khi he thong|khi duoc|khi phat sinh)\b/;
const PERIODICITY: [RegExp, Periodicity][] = [
  [/^(?:hang\s+)?tuan$/, 'week'],
  [new RegExp(`^(?:hang\\s+)?${MONTH}$`), 'month'],
  [/^(?:hang\s+)?quy$/, 'quarter'],
  [new RegExp(`^(?:hang\\s+)?6\\s+${MONTH}$`), 'half'],
  [new RegExp(`^(?:hang\\s+)?${YEAR_WORD}$`), 'year'],
  [/^dot xuat$/, 'adhoc'],
];

/** Parses a deadline as written. Never throws: what it cannot read is `{ kind: 'unknown' }`. */
export function parseDeadline(written: string): Deadline {
  const text = cleanVi(written);
  const parts = splitParts(text);
  if (parts.length > 1) return { kind: 'waves', waves: parts.map((p) => parsePart(p)), text };
  return { ...parsePart(parts[0] ?? ''), text };
}

/** Characters inside parentheses hidden, so that a note's ';' or ' - ' does not split the text. */
function maskParentheses(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    out += depth > 0 ? '_'.repeat(ch.length) : ch;
    if (ch === ')' && depth > 0) depth--;
  }
  return out;
}

/** Splits waves: ';', bullets ('- Đợt 1: …'), and seed 004's 'Cấp xã 15/8/2025 Cấp tỉnh trong năm 2025'. */
function splitParts(text: string): string[] {
  const masked = maskParentheses(text);
  const separator = /^C\S{0,2}p\s/u.test(text)
    ? /\s*;\s*|(?:^|\s)[-–•]\s+(?=\p{L})|\s+(?=C\S{0,2}p\s+(?:x|t))/gu
    : /\s*;\s*|(?:^|\s)[-–•]\s+(?=\p{L})/gu;
  const parts: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(separator)) {
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.replace(/^[-–•]\s*/, '').trim()).filter((p) => p !== '');
}

/** One part, with an optional label ('Đợt 1:', 'Năm 2026:', 'Cấp xã') whose year dates a bare 'tháng 11'. */
function parsePart(part: string): Deadline {
  let body = part;
  let year: number | undefined;
  const labelled = /^([^:]{1,40}?):(?!\d{2}\b)\s*(.*)$/u.exec(part);
  if (labelled) {
    const label = foldVi(labelled[1] ?? '');
    const y = new RegExp(`^${YEAR_WORD}\\s+(\\d{4})$`).exec(label);
    if (y) year = Number(y[1]);
    body = labelled[2] ?? '';
  }
  let key = foldVi(body)
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.;,:]+|[\s.;,:]+$/g, '');
  key = key.replace(/^c\S{0,2}p\s+(?:xa|tinh|huyen)\s*:?\s*/, '');
  return { ...readKey(key, year), text: part };
}

function readKey(key: string, year: number | undefined): Deadline {
  const text = key;
  if (key === '') return { kind: 'unknown', text };
  if (/thuong\s*xuye+n/.test(key)) return { kind: 'ongoing', text };
  if (eventStart.test(key) || eventAnywhere.test(key)) return { kind: 'event', text };

  const r = recurring.exec(key);
  if (r) return readRecurring(r, text);

  const every = readPeriodicity(key);
  if (every) {
    return every.length === 1 && every[0] === 'year'
      ? { kind: 'recurring', text }
      : { kind: 'periodic', every, text };
  }

  const g = range.exec(key);
  if (g) {
    const fromYear = Number(g[1]);
    const toYear = Number(g[2]);
    if (toYear > fromYear) return { kind: 'range', fromYear, toYear, due: `${toYear}-12-31`, text };
  }

  let bare = key;
  while (datePrefix.test(bare)) bare = bare.replace(datePrefix, '');
  const due = readDate(bare, year);
  return due ? { kind: 'date', due, text } : { kind: 'unknown', text };
}

function readRecurring(r: RegExpExecArray, text: string): Deadline {
  const [, day, dayMonth_, month, quarter] = r;
  if (day && dayMonth_) {
    const m = Number(dayMonth_);
    const d = Number(day);
    // 29/02 is a real day in leap years only; check against a leap year.
    return isValidDate(2000, m, d)
      ? { kind: 'recurring', month: m, day: d, text }
      : { kind: 'unknown', text };
  }
  if (month) {
    const m = Number(month);
    return m >= 1 && m <= 12 ? { kind: 'recurring', month: m, text } : { kind: 'unknown', text };
  }
  if (quarter) {
    const q = romanOrDigits(quarter);
    return q && q <= 4 ? { kind: 'recurring', month: q * 3, text } : { kind: 'unknown', text };
  }
  return { kind: 'recurring', text };
}

function readPeriodicity(key: string): Periodicity[] | null {
  const list = key.replace(/^(?:dinh ky|bao cao)\s*:?\s*/, '');
  const tokens = list.split(/\s*(?:,|\bva\b|\bhoac\b)\s*/).filter((t) => t !== '');
  if (tokens.length === 0) return null;
  const every: Periodicity[] = [];
  for (const token of tokens) {
    const hit = PERIODICITY.find(([re]) => re.test(token));
    if (!hit) return null;
    if (!every.includes(hit[1])) every.push(hit[1]);
  }
  return every;
}

/** The due day of a dated phrase; `year` dates a bare 'tháng 11' or '15/12' under a 'Năm 2026:' label. */
function readDate(key: string, year: number | undefined): string | null {
  let m = dayMonthYear.exec(key);
  if (m) return safeIso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = monthYear.exec(key);
  if (m) return monthEnd(Number(m[2]), Number(m[1]));
  m = quarterYear.exec(key);
  if (m) return quarterEnd(Number(m[2]), m[1] ?? '');
  m = halfYear.exec(key);
  if (m) {
    const months = m[1] === '9' || m[1] === 'chin' ? 9 : 6;
    const y = Number(m[3]);
    if (m[2] === 'dau') return monthEnd(y, months);
    return months === 6 ? monthEnd(y, 12) : null;
  }
  m = yearOnly.exec(key);
  if (m) return `${m[1]}-12-31`;
  if (year === undefined) return null;
  m = dayMonth.exec(key);
  if (m) return safeIso(year, Number(m[2]), Number(m[1]));
  m = monthOnly.exec(key);
  if (m) return monthEnd(year, Number(m[1]));
  m = quarterOnly.exec(key);
  if (m) return quarterEnd(year, m[1] ?? '');
  return null;
}

function safeIso(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

function monthEnd(year: number, month: number): string | null {
  return isValidDate(year, month, 1) ? lastDayOfMonth(year, month) : null;
}

function quarterEnd(year: number, quarter: string): string | null {
  const q = romanOrDigits(quarter);
  return q && q <= 4 ? monthEnd(year, q * 3) : null;
}

/** Fixed due day of a recurring deadline in a year: its day, else the month's last day, else 31/12. */
function recurringDue(d: { month?: number; day?: number }, year: number): string {
  const month = d.month ?? 12;
  if (d.day === undefined) return lastDayOfMonth(year, month);
  return safeIso(year, month, d.day) ?? lastDayOfMonth(year, month); // 29/02 in a common year → 28/02
}

/**
 * The fixed due day of a deadline, 'YYYY-MM-DD', or null when it has none (ongoing, periodic,
 * event, unknown). Recurring deadlines need the year they are due in. For waves: the first
 * fixed wave due in `year` when given, else the first fixed wave.
 */
export function dueDateOf(deadline: Deadline, year?: number): string | null {
  switch (deadline.kind) {
    case 'date':
    case 'range':
      return deadline.due;
    case 'recurring':
      return year === undefined ? null : recurringDue(deadline, year);
    case 'waves': {
      const dues = deadline.waves.map((w) => dueDateOf(w, year)).filter((d): d is string => d !== null);
      if (year !== undefined) {
        const inYear = dues.find((d) => d.startsWith(`${year}-`));
        if (inYear) return inYear;
      }
      return dues[0] ?? null;
    }
    default:
      return null;
  }
}

/** The earliest fixed due day (recurring parts excluded), for sorting and overdue queries. */
export function earliestDueDate(deadline: Deadline): string | null {
  if (deadline.kind !== 'waves') return deadline.kind === 'recurring' ? null : dueDateOf(deadline);
  const dues = deadline.waves.map(earliestDueDate).filter((d): d is string => d !== null);
  return dues.sort()[0] ?? null; // ISO days sort as strings
}

/**
 * SPEC §7: overdue = the deadline has passed and the task is not done; done late = completed
 * after it. Days are Vietnam calendar days 'YYYY-MM-DD'; the due day itself is still on time.
 * `cycleYear` is the year a recurring task is judged in (default: today's year). A task with no
 * fixed date is never overdue and cannot be late; done without a completion date cannot be shown
 * late either.
 */
export function taskTiming(
  deadline: Deadline,
  status: TaskStatus,
  completedOn: string | null,
  today: string,
  cycleYear?: number,
): TaskTiming {
  const todayParts = parseIsoDate(today);
  if (!todayParts) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const due = dueDateOf(deadline, cycleYear ?? todayParts.year);
  if (status === 'done') {
    if (due === null || completedOn === null) return 'done_on_time';
    return completedOn > due ? 'done_late' : 'done_on_time';
  }
  if (due === null) return 'no_deadline';
  return today > due ? 'overdue' : 'on_track';
}
