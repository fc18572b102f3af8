import { type Evaluation, type EvaluationInput, evaluate } from '../core/evaluation.js';
import { parseIsoDate } from '../core/time.js';
import type {
  FormIndicator,
  FormTask,
  IndicatorEntry,
  ReportContent,
  ReportForm,
  TaskEntry,
} from './content.js';

/**
 * The report's checks, shared by the web form (as values are typed) and the server (on save and
 * before approval and submission). Pure, no Node imports.
 *
 * - `invalid`: a value that cannot be right (a > b, a negative or fractional count, b = 0 for a
 *   ratio, a malformed date). A draft with one is not saved.
 * - `incomplete`: something missing that approval and submission need (no value, a manual value
 *   without its reason, the causes of an indicator not achieved, a task's status or completion date).
 */
export type IssueSeverity = 'invalid' | 'incomplete';
export interface Issue {
  severity: IssueSeverity;
  /** Where: 'indicators.T26-01.a', 'tasks.KH000-II-1.completedOn', 'contributions.X.text'. */
  path: string;
  code: string;
  message: string;
  messageEn: string;
}

const MAX_NAME = 90;
const short = (name: string) => (name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).trimEnd()}…` : name);
const indicatorLabel = (i: FormIndicator) => `Chỉ tiêu ${i.code} "${short(i.name)}"`;
const taskLabel = (t: FormTask) => `Nhiệm vụ ${t.code} "${short(t.name)}"`;

/** Kinds entered as a and b; the rest as one value or as text. */
const PAIR_KINDS = new Set(['ratio', 'multiple', 'percent_over', 'duration']);
const VALUE_KINDS = new Set(['count', 'level']);

export function entryKind(kind: string): 'pair' | 'value' | 'text' {
  if (PAIR_KINDS.has(kind)) return 'pair';
  return VALUE_KINDS.has(kind) ? 'value' : 'text';
}

const isWhole = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** seed 000 §II / SPEC §6.2: a and b whole and non-negative, a ≤ b, b > 0 for a ratio. */
export function validateIndicatorValue(form: FormIndicator, entry: IndicatorEntry): Issue[] {
  const issues: Issue[] = [];
  const at = `indicators.${form.code}`;
  const label = indicatorLabel(form);
  const bad = (field: string, code: string, message: string, messageEn: string) =>
    issues.push({
      severity: 'invalid',
      path: `${at}.${field}`,
      code,
      message: `${label}: ${message}`,
      messageEn: `Indicator ${form.code}: ${messageEn}`,
    });
  const kind = entryKind(form.kind);
  if (kind === 'pair') {
    for (const [field, n] of [
      ['a', entry.a],
      ['b', entry.b],
    ] as const) {
      if (n !== null && !isWhole(n))
        bad(
          field,
          'not_whole',
          `${field} phải là số nguyên không âm (đang nhập ${n}).`,
          `${field} must be a whole non-negative number (got ${n}).`,
        );
    }
    const { a, b } = entry;
    if (a !== null && b !== null && isWhole(a) && isWhole(b)) {
      if (form.kind === 'ratio' && b === 0)
        bad('b', 'zero_denominator', 'mẫu số b phải lớn hơn 0.', 'the denominator b must be greater than 0.');
      else if (form.kind === 'ratio' && a > b)
        bad(
          'a',
          'a_above_b',
          `tử số a (${a}) không được lớn hơn mẫu số b (${b}).`,
          `the numerator a (${a}) cannot exceed the denominator b (${b}).`,
        );
    }
  } else if (kind === 'value' && entry.value !== null && !isWhole(entry.value)) {
    bad(
      'value',
      'not_whole',
      `giá trị phải là số nguyên không âm (đang nhập ${entry.value}).`,
      `the value must be a whole non-negative number (got ${entry.value}).`,
    );
  }
  return issues;
}

/** Has the unit given a value of the kind the indicator takes? */
export function hasValue(form: FormIndicator, entry: IndicatorEntry): boolean {
  switch (entryKind(form.kind)) {
    case 'pair':
      return entry.a !== null && entry.b !== null;
    case 'value':
      return entry.value !== null;
    case 'text':
      return (entry.text ?? '').trim() !== '' || entry.value !== null;
  }
}

/** The entry judged against the target of the period's year (the unit's own target first). */
export function evaluateEntry(form: FormIndicator, entry: IndicatorEntry | undefined): Evaluation {
  const target = form.target ?? undefined;
  const unitOfMeasure = form.unitOfMeasure;
  const whole = (n: number | null | undefined) => (n !== null && n !== undefined && isWhole(n) ? n : null);
  const a = whole(entry?.a);
  const b = whole(entry?.b);
  let input: EvaluationInput;
  switch (form.kind) {
    case 'ratio':
    case 'multiple':
    case 'percent_over':
      input = { kind: form.kind, a, b, target, unitOfMeasure };
      break;
    case 'duration':
      input = { kind: 'duration', totalSeconds: a, count: b, target, unitOfMeasure };
      break;
    case 'count':
    case 'level':
      input = { kind: form.kind, a: whole(entry?.value), target, unitOfMeasure };
      break;
    default:
      input = { kind: 'text', target };
  }
  return evaluate(input);
}

const CAUSE_FIELDS = [
  ['subjective', 'nguyên nhân chủ quan', 'subjective causes'],
  ['objective', 'nguyên nhân khách quan', 'objective causes'],
  ['remedies', 'giải pháp, biện pháp khắc phục', 'remedies'],
  ['nextSteps', 'giải pháp thực hiện trong thời gian tiếp theo', 'next steps'],
] as const;

function completenessOfIndicator(form: FormIndicator, entry: IndicatorEntry | undefined): Issue[] {
  const at = `indicators.${form.code}`;
  const label = indicatorLabel(form);
  const missing = (field: string, code: string, message: string, messageEn: string): Issue => ({
    severity: 'incomplete',
    path: `${at}.${field}`,
    code,
    message: `${label}: ${message}`,
    messageEn: `Indicator ${form.code}: ${messageEn}`,
  });
  if (!entry || !hasValue(form, entry))
    return [missing('value', 'missing_value', 'chưa nhập số liệu.', 'no value entered.')];
  const issues: Issue[] = [];
  const provenance = entry.provenance;
  if (!provenance)
    issues.push(
      missing(
        'provenance',
        'missing_provenance',
        'chưa nêu nguồn số liệu (trích xuất hoặc nhập tay).',
        'the value has no provenance (extract or manual).',
      ),
    );
  else if (provenance.kind === 'manual' && provenance.reason.trim() === '')
    issues.push(
      missing(
        'provenance.reason',
        'manual_without_reason',
        'số liệu nhập tay phải nêu lý do không có dữ liệu trích xuất.',
        'a manual value needs the reason no extract exists.',
      ),
    );
  // seed 000 §V.1: what is not achieved must say why and what will be done
  if (evaluateEntry(form, entry).status === 'chua_dat') {
    for (const [field, vi, en] of CAUSE_FIELDS) {
      if (entry.causes[field].trim() === '')
        issues.push({
          ...missing(
            `causes.${field}`,
            'missing_cause',
            `chưa đạt — cần nêu ${vi}.`,
            `not achieved — ${en} required.`,
          ),
        });
    }
  }
  return issues;
}

function checkDay(path: string, label: string, labelEn: string, day: string | null): Issue[] {
  if (day === null || parseIsoDate(day)) return [];
  return [
    {
      severity: 'invalid',
      path,
      code: 'invalid_date',
      message: `${label}: ngày không hợp lệ (${day}).`,
      messageEn: `${labelEn}: invalid date (${day}).`,
    },
  ];
}

export function validateTask(form: FormTask, entry: TaskEntry | undefined, forSubmit: boolean): Issue[] {
  const at = `tasks.${form.code}`;
  const label = taskLabel(form);
  const labelEn = `Task ${form.code}`;
  const issues: Issue[] = [];
  if (entry) {
    issues.push(...checkDay(`${at}.completedOn`, label, labelEn, entry.completedOn));
    for (const [i, e] of entry.evidence.entries()) {
      issues.push(...checkDay(`${at}.evidence.${i}.date`, label, labelEn, e.date));
    }
  }
  if (!forSubmit) return issues;
  const missing = (field: string, code: string, message: string, messageEn: string) =>
    issues.push({
      severity: 'incomplete',
      path: `${at}.${field}`,
      code,
      message: `${label}: ${message}`,
      messageEn: `${labelEn}: ${messageEn}`,
    });
  if (!entry || entry.status === null) {
    missing(
      'status',
      'missing_status',
      'chưa chọn tình trạng (Đã hoàn thành / Đang thực hiện / Chưa thực hiện).',
      'no status chosen.',
    );
    return issues;
  }
  if (entry.status === 'done' && entry.completedOn === null)
    missing(
      'completedOn',
      'missing_completion_date',
      'đã hoàn thành — cần nhập ngày hoàn thành.',
      'done — the completion date is required.',
    );
  if (entry.status !== 'not_started' && entry.progress.trim() === '')
    missing(
      'progress',
      'missing_progress',
      'cần mô tả kết quả, tiến độ thực hiện.',
      'describe the progress.',
    );
  return issues;
}

/** Entries for indicators or tasks that are not in the form (a stale or forged form). */
function strangers(form: ReportForm, content: ReportContent): Issue[] {
  const known = new Set(form.indicators.map((i) => i.code));
  const tasks = new Set(form.leadTasks.map((t) => t.code));
  const coordinated = new Set(form.coordinatedTasks.map((t) => t.code));
  const issue = (path: string, what: string, whatEn: string, code: string): Issue => ({
    severity: 'invalid',
    path,
    code: 'not_in_report',
    message: `${what} ${code} không thuộc báo cáo này.`,
    messageEn: `${whatEn} ${code} is not part of this report.`,
  });
  return [
    ...content.indicators
      .filter((e) => !known.has(e.code))
      .map((e) => issue(`indicators.${e.code}`, 'Chỉ tiêu', 'Indicator', e.code)),
    ...content.tasks
      .filter((e) => !tasks.has(e.code))
      .map((e) => issue(`tasks.${e.code}`, 'Nhiệm vụ', 'Task', e.code)),
    ...content.contributions
      .filter((e) => !coordinated.has(e.taskCode))
      .map((e) => issue(`contributions.${e.taskCode}`, 'Nhiệm vụ phối hợp', 'Coordinated task', e.taskCode)),
  ];
}

/**
 * Every issue of a report. `forSubmit` adds the completeness checks approval and submission need;
 * without it only the values that cannot be right (what blocks saving a draft).
 */
export function validateReport(
  form: ReportForm,
  content: ReportContent,
  options: { forSubmit: boolean },
): Issue[] {
  const issues = strangers(form, content);
  const entries = new Map(content.indicators.map((e) => [e.code, e]));
  for (const indicator of form.indicators) {
    const entry = entries.get(indicator.code);
    if (entry) issues.push(...validateIndicatorValue(indicator, entry));
    if (options.forSubmit) issues.push(...completenessOfIndicator(indicator, entry));
  }
  const tasks = new Map(content.tasks.map((e) => [e.code, e]));
  for (const task of form.leadTasks)
    issues.push(...validateTask(task, tasks.get(task.code), options.forSubmit));
  return options.forSubmit ? issues : issues.filter((i) => i.severity === 'invalid');
}
