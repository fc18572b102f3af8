import { formatNumberVi, formatPercentVi } from '../core/format.js';
import type { ReportBlock, TaskProgress } from './model.js';

/**
 * Drafts sections II–IV of the official report from the data (SPEC §8: "the narrative sections
 * (kết quả, khó khăn vướng mắc, nguyên nhân, đề xuất) drafted from the data for the officer to
 * edit"). Pure: the caller gathers results, tasks and what the units reported.
 */

export interface NarrativeIndicator {
  name: string;
  status: 'dat' | 'chua_dat' | 'chua_danh_gia';
  /** What was achieved: a ratio a/b (written as a vi-VN percentage) or a text already written. */
  value?: { a: number; b: number } | { text: string } | null;
  /** "≥ 70%", "35%". */
  targetText?: string | null;
  /** Why it is not judged ("chưa có số liệu"), for status chua_danh_gia. */
  reason?: string | null;
  /** Names of the units below target. */
  unitsNotAchieved?: string[];
}

export interface NarrativeTask {
  name: string;
  status: TaskProgress;
  overdue?: boolean;
}

/** What a unit wrote in its own report: difficulties, their causes, its recommendations. */
export interface UnitSubmission {
  unit: string;
  difficulties?: string[];
  causes?: string[];
  recommendations?: string[];
}

export interface NarrativeInput {
  indicators: NarrativeIndicator[];
  tasks: NarrativeTask[];
  submissions: UnitSubmission[];
}

export interface DraftedNarrative {
  /** II. Kết quả thực hiện */
  results: ReportBlock[];
  /** III. Khó khăn, vướng mắc và nguyên nhân */
  difficulties: ReportBlock[];
  /** IV. Đề xuất, kiến nghị */
  recommendations: ReportBlock[];
}

const n = (value: number) => formatNumberVi(value);
const quoted = (name: string) => `“${name.trim()}”`;

function valueText(value: NarrativeIndicator['value']): string | null {
  if (!value) return null;
  if ('text' in value) return value.text;
  return formatPercentVi(value.a, value.b, 2, { trimZeros: true });
}

function unmetItem(indicator: NarrativeIndicator): string {
  const achieved = valueText(indicator.value);
  // A number reads "thực hiện 97,8%"; words ("Đang triển khai …") stand as written.
  const achievedText =
    achieved === null ? null : /^[\d.,\s]+%?$/u.test(achieved) ? `thực hiện ${achieved}` : stripEnd(achieved);
  const detail = [achievedText, indicator.targetText ? `chỉ tiêu ${indicator.targetText}` : null].filter(
    (p): p is string => p !== null,
  );
  return detail.length > 0 ? `${quoted(indicator.name)} (${detail.join('; ')})` : quoted(indicator.name);
}

function notJudgedClause(list: NarrativeIndicator[]): string {
  const reasonOf = (i: NarrativeIndicator) => lowerFirst(stripEnd(i.reason ?? ''));
  const reasons = [...new Set(list.map(reasonOf))];
  const [only] = reasons;
  if (reasons.length === 1 && only)
    return `${n(list.length)} chỉ tiêu chưa đánh giá do ${only}: ${list.map((i) => quoted(i.name)).join(', ')}`;
  const items = list.map((i) => (reasonOf(i) ? `${quoted(i.name)} (do ${reasonOf(i)})` : quoted(i.name)));
  return `${n(list.length)} chỉ tiêu chưa đánh giá: ${items.join(', ')}`;
}

/** "Có 12/16 chỉ tiêu đạt (75%); 2 chỉ tiêu chưa đạt: …; 2 chỉ tiêu chưa đánh giá do …." */
export function indicatorSummary(indicators: readonly NarrativeIndicator[]): string {
  if (indicators.length === 0) return 'Kỳ báo cáo này không có chỉ tiêu được giao.';
  const met = indicators.filter((i) => i.status === 'dat');
  const unmet = indicators.filter((i) => i.status === 'chua_dat');
  const notJudged = indicators.filter((i) => i.status === 'chua_danh_gia');
  const clauses = [
    `Có ${n(met.length)}/${n(indicators.length)} chỉ tiêu đạt (${formatPercentVi(met.length, indicators.length, 2, { trimZeros: true })})`,
  ];
  if (unmet.length > 0)
    clauses.push(`${n(unmet.length)} chỉ tiêu chưa đạt: ${unmet.map(unmetItem).join(', ')}`);
  if (notJudged.length > 0) clauses.push(notJudgedClause(notJudged));
  return `${clauses.join('; ')}.`;
}

/** "Có 16 nhiệm vụ: đã hoàn thành 5, đang thực hiện 11, chưa thực hiện 0; 1 nhiệm vụ quá hạn: …." */
export function taskSummary(tasks: readonly NarrativeTask[]): string {
  if (tasks.length === 0) return 'Kỳ báo cáo này không có nhiệm vụ được giao.';
  const count = (status: TaskProgress) => n(tasks.filter((t) => t.status === status).length);
  let text = `Có ${n(tasks.length)} nhiệm vụ: đã hoàn thành ${count('done')}, đang thực hiện ${count('in_progress')}, chưa thực hiện ${count('not_started')}`;
  const overdue = tasks.filter((t) => t.overdue && t.status !== 'done');
  if (overdue.length > 0)
    text += `; ${n(overdue.length)} nhiệm vụ quá hạn: ${overdue.map((t) => quoted(t.name)).join(', ')}`;
  return `${text}.`;
}

function stripEnd(text: string): string {
  return text.trim().replace(/[\s.;,]+$/u, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** The same sentence from several units is written once, with the units that wrote it. */
function gather(
  submissions: readonly UnitSubmission[],
  pick: (s: UnitSubmission) => string[] | undefined,
): { text: string; units: string[] }[] {
  const byKey = new Map<string, { text: string; units: string[] }>();
  for (const submission of submissions) {
    for (const raw of pick(submission) ?? []) {
      const text = stripEnd(
        raw
          .normalize('NFC')
          .replace(/\s+/g, ' ')
          .replace(/^[-–•]\s*/, ''),
      );
      if (text === '') continue;
      const key = text.toLocaleLowerCase('vi');
      const entry = byKey.get(key) ?? { text, units: [] };
      if (!entry.units.includes(submission.unit)) entry.units.push(submission.unit);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

function sentences(
  submissions: readonly UnitSubmission[],
  pick: (s: UnitSubmission) => string[] | undefined,
): string[] {
  // A unit's own report names no one; a summary of several says who raised what.
  const attribute = new Set(submissions.map((s) => s.unit)).size > 1;
  return gather(submissions, pick).map((e) =>
    attribute ? `${e.text} (${e.units.join(', ')}).` : `${e.text}.`,
  );
}

export function draftNarrative(input: NarrativeInput): DraftedNarrative {
  const results: ReportBlock[] = [
    { kind: 'heading', text: '1. Kết quả thực hiện các chỉ tiêu' },
    { kind: 'paragraph', text: indicatorSummary(input.indicators) },
  ];
  for (const indicator of input.indicators) {
    const units = indicator.unitsNotAchieved ?? [];
    if (units.length > 0)
      results.push({
        kind: 'bullet',
        text: `- ${quoted(indicator.name)}: các đơn vị chưa đạt: ${units.join(', ')}.`,
      });
  }
  results.push(
    { kind: 'heading', text: '2. Kết quả thực hiện các nhiệm vụ' },
    { kind: 'paragraph', text: taskSummary(input.tasks) },
  );

  const hardships = sentences(input.submissions, (s) => s.difficulties);
  const causes = sentences(input.submissions, (s) => s.causes);
  const difficulties: ReportBlock[] =
    hardships.length === 0 && causes.length === 0
      ? [{ kind: 'paragraph', text: 'Trong kỳ, các đơn vị không báo cáo khó khăn, vướng mắc.' }]
      : [
          { kind: 'heading', text: '1. Khó khăn, vướng mắc' },
          ...(hardships.length > 0
            ? hardships.map((t): ReportBlock => ({ kind: 'bullet', text: `- ${t}` }))
            : [{ kind: 'paragraph' as const, text: 'Không có.' }]),
          { kind: 'heading', text: '2. Nguyên nhân' },
          ...(causes.length > 0
            ? causes.map((t): ReportBlock => ({ kind: 'bullet', text: `- ${t}` }))
            : [{ kind: 'paragraph' as const, text: 'Không có.' }]),
        ];

  const proposals = sentences(input.submissions, (s) => s.recommendations);
  const recommendations: ReportBlock[] =
    proposals.length === 0
      ? [{ kind: 'paragraph', text: 'Không có đề xuất, kiến nghị.' }]
      : proposals.map((t, i) => ({ kind: 'paragraph', text: `${i + 1}. ${t}` }));

  return { results, difficulties, recommendations };
}
