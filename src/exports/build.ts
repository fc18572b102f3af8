import {
  type Appendix,
  defaultReferenceLine,
  docTypeInSentence,
  type GroupRow,
  type IndicatorResult,
  type IndicatorRow,
  type OfficialReport,
  type ReportBlock,
  type ReportDate,
  romanNumeral,
  type SignatureBlock,
  type TaskProgress,
  type TaskRow,
} from './model.js';
import { draftNarrative, type NarrativeInput } from './narrative.js';

/**
 * Builds the official report from plain data, so that the export route only gathers rows and the
 * officer's edits: indicator rows (Phụ lục I), task rows (Phụ lục III), any other table (Phụ lục II)
 * and the narrative, drafted from the data unless the officer's text is given.
 */

export interface IndicatorRowInput {
  /** Heading path as the catalogue holds it: ["A. CHỈ TIÊU …", "I. PHÁT TRIỂN NGUỒN LỰC"]. */
  group: string[];
  stt: string;
  name: string;
  target: string;
  lead: string;
  situation?: string | null;
  result?: IndicatorResult | null;
  notes?: string | null;
}

export interface TaskRowInput {
  group: string[];
  stt: string;
  name: string;
  lead: string;
  product?: string | null;
  deadline: string;
  progress?: TaskProgress | null;
  description?: string | null;
}

export interface TableInput {
  title: string;
  columns: string[];
  rows: string[][];
}

export type SectionKey = 'direction' | 'results' | 'difficulties' | 'recommendations';

export interface OfficialReportInput {
  unit: OfficialReport['issuer'];
  /** The year whose targets Phụ lục I shows ("Chỉ tiêu 2026"). */
  period: { year: number };
  number?: string | null;
  symbol: string;
  place: string;
  date: ReportDate;
  docType?: string;
  summary: string;
  recipients: string[];
  opening?: string[];
  indicators: IndicatorRowInput[];
  tasks: TaskRowInput[];
  /** Further tables, numbered after Phụ lục I (seed 002's Phụ lục II). */
  tables?: TableInput[];
  appendixTitles?: { indicators?: string; tasks?: string };
  /** The reference line under an appendix title, by numeral, when it is not the Decree 30 default. */
  referenceLines?: Record<string, string>;
  /** Data to draft sections II–IV from; derived from the rows when absent. */
  narrative?: NarrativeInput;
  /** The officer's text of a section, which replaces the draft. */
  sections?: Partial<Record<SectionKey, ReportBlock[]>>;
  closing?: string[];
  distribution: string[];
  signature: SignatureBlock;
}

export const SECTION_HEADINGS: Record<SectionKey, string> = {
  direction: 'I. CÔNG TÁC CHỈ ĐẠO VÀ TRIỂN KHAI, THỰC HIỆN',
  results: 'II. KẾT QUẢ THỰC HIỆN',
  difficulties: 'III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN',
  recommendations: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
};

const DIRECTION_FOR_THE_OFFICER = 'Đơn vị bổ sung nội dung công tác chỉ đạo, triển khai, thực hiện.';

/** "A. CHỈ TIÊU …" → A | CHỈ TIÊU …; "3. Tỷ lệ …" → 3 | Tỷ lệ …. */
export function splitHeading(heading: string): { stt: string; title: string } {
  const m = /^([A-Z]+|\d+(?:\.\d+)*)\.\s+(.+)$/u.exec(heading.trim());
  return m ? { stt: m[1] ?? '', title: m[2] ?? '' } : { stt: '', title: heading.trim() };
}

/**
 * Interleaves heading rows with the rows they head: a heading is printed where the path first
 * differs from the previous row's. Letters and Roman numerals (A, B, I, VIII) are bold headings;
 * a numbered parent ("3. Tỷ lệ dân số …" over 3.1) is printed as an ordinary row, as seed 002 does.
 */
export function withGroupRows<T extends { group: string[] }, R>(
  rows: readonly T[],
  toRow: (row: T) => R,
): (GroupRow | R)[] {
  const out: (GroupRow | R)[] = [];
  let previous: string[] = [];
  for (const row of rows) {
    let same = 0;
    while (same < row.group.length && same < previous.length && row.group[same] === previous[same]) same++;
    for (const heading of row.group.slice(same)) {
      const { stt, title } = splitHeading(heading);
      out.push({ kind: 'group', stt, title, bold: /^[A-Z]+$/.test(stt) });
    }
    out.push(toRow(row));
    previous = row.group;
  }
  return out;
}

const indicatorRow = (r: IndicatorRowInput): IndicatorRow => ({
  kind: 'indicator',
  stt: r.stt,
  name: r.name,
  target: r.target,
  lead: r.lead,
  situation: r.situation ?? '',
  result: r.result ?? null,
  notes: r.notes ?? '',
});

const taskRow = (r: TaskRowInput): TaskRow => ({
  kind: 'task',
  stt: r.stt,
  name: r.name,
  lead: r.lead,
  product: r.product ?? '',
  deadline: r.deadline,
  progress: r.progress ?? null,
  description: r.description ?? '',
});

/** The narrative's data when only the table rows are known: the marks and the printed values. */
export function narrativeFromRows(
  indicators: readonly IndicatorRowInput[],
  tasks: readonly TaskRowInput[],
): NarrativeInput {
  return {
    indicators: indicators.map((r) => ({
      name: r.name,
      status: r.result ?? 'chua_danh_gia',
      value: r.situation ? { text: r.situation } : null,
      targetText: r.target,
      reason: r.result ? null : (r.notes ?? null),
    })),
    // A row with no mark says nothing about progress: it is not counted.
    tasks: tasks.flatMap((t) => (t.progress ? [{ name: t.name, status: t.progress }] : [])),
    submissions: [],
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

export function buildOfficialReportModel(input: OfficialReportInput): OfficialReport {
  const docType = input.docType ?? 'BÁO CÁO';
  const head = {
    number: input.number ?? null,
    symbol: input.symbol,
    date: input.date,
    docType,
    issuer: input.unit,
  };

  const appendices: Appendix[] = [];
  const numeral = () => romanNumeral(appendices.length + 1);
  const referenceLine = (n: string) => input.referenceLines?.[n] ?? defaultReferenceLine(head);
  if (input.indicators.length > 0) {
    const n = numeral();
    appendices.push({
      kind: 'indicators',
      numeral: n,
      title: input.appendixTitles?.indicators ?? 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      referenceLine: referenceLine(n),
      targetYear: input.period.year,
      rows: withGroupRows(input.indicators, indicatorRow),
    });
  }
  for (const table of input.tables ?? []) {
    const n = numeral();
    appendices.push({
      kind: 'table',
      numeral: n,
      title: table.title,
      referenceLine: referenceLine(n),
      columns: table.columns,
      rows: table.rows,
    });
  }
  if (input.tasks.length > 0) {
    const n = numeral();
    appendices.push({
      kind: 'tasks',
      numeral: n,
      title: input.appendixTitles?.tasks ?? 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      referenceLine: referenceLine(n),
      rows: withGroupRows(input.tasks, taskRow),
    });
  }

  const drafted = draftNarrative(input.narrative ?? narrativeFromRows(input.indicators, input.tasks));
  if (appendices.length > 0) {
    drafted.results.push({
      kind: 'paragraph',
      text: `(*Chi tiết tại Phụ lục ${appendices.map((a) => a.numeral).join(', ')} gửi kèm theo*)`,
    });
  }
  const text = (key: SectionKey, fallback: ReportBlock[]) => input.sections?.[key] ?? fallback;

  return {
    issuer: input.unit,
    number: head.number,
    symbol: input.symbol,
    place: input.place,
    date: input.date,
    docType,
    summary: input.summary,
    recipients: input.recipients,
    opening: (input.opening ?? []).map((p) => ({ kind: 'paragraph', text: p })),
    sections: [
      {
        heading: SECTION_HEADINGS.direction,
        blocks: text('direction', [{ kind: 'paragraph', text: DIRECTION_FOR_THE_OFFICER }]),
      },
      { heading: SECTION_HEADINGS.results, blocks: text('results', drafted.results) },
      { heading: SECTION_HEADINGS.difficulties, blocks: text('difficulties', drafted.difficulties) },
      { heading: SECTION_HEADINGS.recommendations, blocks: text('recommendations', drafted.recommendations) },
    ],
    closing: input.closing ?? [`Trên đây là ${docTypeInSentence(docType)} ${lowerFirst(input.summary)}./.`],
    distribution: input.distribution,
    signature: input.signature,
    appendices,
  };
}
