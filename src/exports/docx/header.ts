import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
} from 'docx';
import { numberLine, type OfficialReport, placeDateLine } from '../model.js';
import { estimatedWidth, line, listLines, mm, PORTRAIT_TEXT_WIDTH, rule, runs } from './text.js';

/**
 * The first page's head per Decree 30/2020/NĐ-CP: a borderless two-column table (issuing body and
 * number on the left; national title, motto and place-date on the right, the number level with the
 * date), then the kind of document, its summary and "Kính gửi".
 */

export const HEADER_COLUMNS = { left: mm(62), right: PORTRAIT_TEXT_WIDTH - mm(62) };
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

export function nationalHeader(report: OfficialReport): Table {
  const { left, right } = HEADER_COLUMNS;
  // Decree 30: the rule under the issuing body is ⅓–½ of its line; the motto's spans the motto.
  const bodyRule = Math.max(mm(10), Math.round(estimatedWidth(report.issuer.body, 13) * 0.5));
  const mottoRule = estimatedWidth(MOTTO, 14);
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(left, [
            line(report.issuer.parentBody, { size: 13 }),
            line(report.issuer.body, { size: 13, bold: true }),
            rule(bodyRule, left),
          ]),
          cell(right, [
            line(NATIONAL_TITLE, { size: 13, bold: true }),
            line(MOTTO, { size: 14, bold: true }),
            rule(mottoRule, right),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(left, [line(numberLine(report), { size: 13, before: 120 })]),
          cell(right, [
            line(placeDateLine(report.place, report.date), { size: 14, italics: true, before: 120 }),
          ]),
        ],
      }),
    ],
  });
}

/** BÁO CÁO, the summary (bold 14) and the rule under it (⅓ of the text width). */
export function titleBlock(report: OfficialReport): Paragraph[] {
  return [
    line(report.docType, { size: 14, bold: true, before: 360 }),
    line(report.summary, { size: 14, bold: true }),
    rule(Math.round(PORTRAIT_TEXT_WIDTH / 3), PORTRAIT_TEXT_WIDTH, 240),
  ];
}

/**
 * "Kính gửi: X." on one centred line; with several recipients, "Kính gửi:" then one "- …;" line
 * each, the dashes aligned.
 */
export function recipientsBlock(recipients: readonly string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  const lines = listLines(recipients);
  if (lines.length === 1) return [line(`Kính gửi: ${lines[0]?.slice(2) ?? ''}`, { size: 14, after: 240 })];
  const labelAt = mm(35);
  const listAt = labelAt + mm(22);
  return lines.map(
    (text, i) =>
      new Paragraph({
        children: runs(i === 0 ? `Kính gửi:\t${text}` : text, { size: 14 }),
        alignment: AlignmentType.LEFT,
        indent: i === 0 ? { left: labelAt } : { left: listAt },
        tabStops: [{ type: TabStopType.LEFT, position: listAt }],
        spacing: { before: 0, after: i === lines.length - 1 ? 240 : 0 },
      }),
  );
}
