import type { ExtractedValue } from '../../../../src/reporting/store/prefill.js';
import type { Causes, FormIndicator, IndicatorEntry, Issue, ReportContent, TaskEntry } from './types.js';

/**
 * The report form's state changes and groupings, pure: the page keeps one `ReportContent` and
 * replaces it through these functions, so that the shared validator always sees what is on screen.
 */

export interface IndicatorGroup {
  key: string;
  /** The plan's name ('Báo cáo /BC-VPUB: Tình hình triển khai…'). */
  plan: string;
  /** The plan's first-level group ('A. CHỈ TIÊU KHOA HỌC…'), or '' when the plan has none. */
  title: string;
  indicators: FormIndicator[];
}

/** What the catalogue says of an indicator that the stored form does not: its plan and group. */
export interface IndicatorPlace {
  plan: string;
  group: readonly string[];
}

/**
 * The form's indicators grouped by plan, then by the plan's first-level group, in the form's order.
 * An indicator the catalogue no longer knows goes last.
 */
export function groupIndicators(
  indicators: readonly FormIndicator[],
  places: ReadonlyMap<string, IndicatorPlace>,
  planTitle: (plan: string) => string,
  otherTitle: string,
): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  const other: FormIndicator[] = [];
  for (const indicator of indicators) {
    const place = places.get(indicator.code);
    if (!place) {
      other.push(indicator);
      continue;
    }
    const first = place.group[0];
    const key = first ? `${place.plan}|${first}` : place.plan;
    let group = groups.get(key);
    if (!group) {
      group = { key, plan: planTitle(place.plan), title: first ?? '', indicators: [] };
      groups.set(key, group);
    }
    group.indicators.push(indicator);
  }
  const list = [...groups.values()];
  if (other.length) list.push({ key: 'other', plan: otherTitle, title: '', indicators: other });
  return list;
}

const EMPTY_CAUSES: Causes = { subjective: '', objective: '', remedies: '', nextSteps: '' };

export function emptyIndicatorEntry(code: string): IndicatorEntry {
  return {
    code,
    a: null,
    b: null,
    value: null,
    text: null,
    provenance: null,
    notes: '',
    causes: { ...EMPTY_CAUSES },
  };
}

export function emptyTaskEntry(code: string): TaskEntry {
  return { code, status: null, progress: '', evidence: [], attachments: [], completedOn: null };
}

export function indicatorEntry(content: ReportContent, code: string): IndicatorEntry {
  return content.indicators.find((e) => e.code === code) ?? emptyIndicatorEntry(code);
}

export function taskEntry(content: ReportContent, code: string): TaskEntry {
  return content.tasks.find((e) => e.code === code) ?? emptyTaskEntry(code);
}

export function updateIndicator(
  content: ReportContent,
  code: string,
  change: (entry: IndicatorEntry) => IndicatorEntry,
): ReportContent {
  const found = content.indicators.some((e) => e.code === code);
  const indicators = found
    ? content.indicators.map((e) => (e.code === code ? change(e) : e))
    : [...content.indicators, change(emptyIndicatorEntry(code))];
  return { ...content, indicators };
}

export function updateTask(
  content: ReportContent,
  code: string,
  change: (entry: TaskEntry) => TaskEntry,
): ReportContent {
  const found = content.tasks.some((e) => e.code === code);
  const tasks = found
    ? content.tasks.map((e) => (e.code === code ? change(e) : e))
    : [...content.tasks, change(emptyTaskEntry(code))];
  return { ...content, tasks };
}

export function updateContribution(content: ReportContent, taskCode: string, text: string): ReportContent {
  const found = content.contributions.some((c) => c.taskCode === taskCode);
  const contributions = found
    ? content.contributions.map((c) => (c.taskCode === taskCode ? { ...c, text } : c))
    : [...content.contributions, { taskCode, text }];
  return { ...content, contributions };
}

/** The issues of one indicator or task: those whose path is `prefix` or below it. */
export function issuesUnder(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
}

/** The issue of exactly one field ('indicators.T26-01.a'), if any. */
export function issueAt(issues: readonly Issue[], path: string): Issue | undefined {
  return issues.find((i) => i.path === path);
}

/**
 * The entry holding the extracted value again, with its extract reference — as the server fills a
 * new draft (reporting/commands/shared.ts `entryFromExtract`): a and b for pairs, the count for values.
 */
export function entryFromExtracted(
  kind: 'pair' | 'value' | 'text',
  entry: IndicatorEntry,
  value: ExtractedValue,
): IndicatorEntry {
  const provenance = {
    kind: 'extract' as const,
    importId: value.importId,
    sha256: value.sha256,
    source: value.source,
  };
  if (kind === 'pair') return { ...entry, a: value.a, b: value.b, provenance };
  if (kind === 'value')
    return {
      ...entry,
      value: value.a ?? (value.value === null ? null : Math.round(value.value)),
      provenance,
    };
  return entry;
}
