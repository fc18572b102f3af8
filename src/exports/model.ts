import { decree30Date } from '../core/time.js';

/**
 * The official report as plain data (SPEC §8; laid out as seed 002, the Office's April 2026
 * report): what the DOCX and XLSX renderers draw and what the officer edits in between. No I/O.
 *
 * Text of body blocks may hold `*…*` spans, drawn in italics ("(*Chi tiết tại Phụ lục I, II, III
 * gửi kèm theo*)", as seed 002 prints it).
 */

/** Đạt / Chưa đạt; null = not judged (seed 002 A.I.1: "chưa có đánh giá đạt hay không đạt"). */
export type IndicatorResult = 'dat' | 'chua_dat';
/** Đã hoàn thành / Đang thực hiện / Chưa thực hiện. */
export type TaskProgress = 'done' | 'in_progress' | 'not_started';

/** A calendar day where the day (and month) may be left blank for the clerk, as seed 002 prints "ngày /4/2026". */
export interface ReportDate {
  year: number;
  month: number | null;
  day: number | null;
}

export interface ReportBlock {
  /** heading: "1. Nguyên nhân" (bold); bullet: a "- …" line; paragraph: ordinary text. */
  kind: 'heading' | 'paragraph' | 'bullet';
  text: string;
}

export interface ReportSection {
  /** "I. CÔNG TÁC CHỈ ĐẠO VÀ TRIỂN KHAI, THỰC HIỆN" */
  heading: string;
  blocks: ReportBlock[];
}

export interface SignatureBlock {
  /** "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" — or the single "CHÁNH VĂN PHÒNG". */
  authority: string[];
  name: string;
}

/** A heading row of an appendix table: "A | CHỈ TIÊU KHOA HỌC…", "I | PHÁT TRIỂN NGUỒN LỰC". */
export interface GroupRow {
  kind: 'group';
  stt: string;
  title: string;
  bold: boolean;
}

/** One row of Phụ lục I. */
export interface IndicatorRow {
  kind: 'indicator';
  stt: string;
  name: string;
  /** "Chỉ tiêu 2026" as printed: "100%", "8". */
  target: string;
  /** "Cơ quan chủ trì" as printed. */
  lead: string;
  /** "Tình hình thực hiện chỉ tiêu": "97,8%", or words. */
  situation: string;
  result: IndicatorResult | null;
  notes: string;
}

/** One row of Phụ lục III. */
export interface TaskRow {
  kind: 'task';
  stt: string;
  name: string;
  lead: string;
  product: string;
  deadline: string;
  progress: TaskProgress | null;
  description: string;
}

interface AppendixBase {
  /** Roman numeral: "I", "II", "III". */
  numeral: string;
  /** In capitals, as printed under "Phụ lục I". */
  title: string;
  /** "(Kèm theo Báo cáo số …)", brackets included. */
  referenceLine: string;
}

export interface IndicatorAppendix extends AppendixBase {
  kind: 'indicators';
  /** The year of the "Chỉ tiêu 2026" column. */
  targetYear: number;
  rows: (GroupRow | IndicatorRow)[];
}

export interface TaskAppendix extends AppendixBase {
  kind: 'tasks';
  rows: (GroupRow | TaskRow)[];
}

/** Any other table (seed 002 Phụ lục II: Tổng số | Phó Giáo sư | Tiến sĩ | …). */
export interface TableAppendix extends AppendixBase {
  kind: 'table';
  columns: string[];
  rows: string[][];
}

export type Appendix = IndicatorAppendix | TaskAppendix | TableAppendix;

export interface OfficialReport {
  /** Left header: "UBND TỈNH SƠN LA" over "VĂN PHÒNG"; name as the text refers to it: "Văn phòng UBND tỉnh". */
  issuer: { parentBody: string; body: string; name: string };
  /** null: left blank for the clerk ("Số: /BC-VPUB"). */
  number: string | null;
  /** "BC-VPUB" */
  symbol: string;
  place: string;
  date: ReportDate;
  /** "BÁO CÁO" */
  docType: string;
  summary: string;
  /** Kính gửi, one name each ("Công an tỉnh"): the renderer writes "- …;" and the final ".". */
  recipients: string[];
  /** Paragraphs before section I (the basis of the report). */
  opening: ReportBlock[];
  sections: ReportSection[];
  closing: string[];
  /** Nơi nhận, one each ("Công an tỉnh" … "Lưu: VT, TCHCQT"): written "- …;", the last ending ".". */
  distribution: string[];
  signature: SignatureBlock;
  appendices: Appendix[];
}

const BLANK = '     ';
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "Số: 15/BC-VPUB"; a number below 10 takes a leading zero (Decree 30: "Số: 05/…"); blank left for the clerk. */
export function numberLine(report: Pick<OfficialReport, 'number' | 'symbol'>): string {
  return `Số: ${documentNumber(report)}`;
}

/** "15/BC-VPUB", "05/BC-VPUB", "     /BC-VPUB". */
export function documentNumber({ number, symbol }: Pick<OfficialReport, 'number' | 'symbol'>): string {
  if (number === null || number.trim() === '') return `${BLANK}/${symbol}`;
  const n = number.trim();
  return `${/^\d$/.test(n) ? `0${n}` : n}/${symbol}`;
}

/**
 * "Sơn La, ngày 05 tháng 01 năm 2026" through decree30Date; blank parts are left as spaces for the
 * clerk with the same padding rule for what is filled ("ngày      tháng 4 năm 2026").
 */
export function placeDateLine(place: string, date: ReportDate): string {
  if (date.month !== null && date.day !== null) return decree30Date(place, date.year, date.month, date.day);
  const month = date.month === null ? BLANK : date.month <= 2 ? pad2(date.month) : String(date.month);
  const day = date.day === null ? BLANK : pad2(date.day);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** "BÁO CÁO" → "Báo cáo": how the text names its own kind of document. */
export function docTypeInSentence(docType: string): string {
  const lower = docType.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * Decree 30, appendices: "(Kèm theo Báo cáo số 15/BC-VPUB ngày 05 tháng 01 năm 2026 của Văn phòng UBND tỉnh)".
 */
export function defaultReferenceLine(
  report: Pick<OfficialReport, 'number' | 'symbol' | 'date' | 'docType' | 'issuer'>,
): string {
  const dated = placeDateLine('', report.date).replace(/^, /, '');
  return `(Kèm theo ${docTypeInSentence(report.docType)} số ${documentNumber(report)} ${dated} của ${report.issuer.name})`;
}

/** Roman numerals for the appendices (Decree 30: with two or more, "Phụ lục I", "Phụ lục II"…). */
export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * A table cell as lines: a cell written as a list ("- Kế hoạch: Trước 15/01/2026 - Báo cáo: Quý…",
 * seed 002 Phụ lục III) is one item a line, as the printed table shows it.
 */
export function cellLines(text: string): string[] {
  if (!text.startsWith('- ')) return [text];
  return text.split(/ (?=- )/);
}
