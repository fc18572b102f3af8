import {
  AlignmentType,
  type Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { OfficialReport, ReportBlock, SignatureBlock } from '../model.js';
import { bodyParagraph, line, listLines, PORTRAIT_TEXT_WIDTH } from './text.js';

/** The body (sections I–IV, closing) and the foot of the report: "Nơi nhận" beside the signature. */

function block(b: ReportBlock): Paragraph {
  return bodyParagraph(b.text, { bold: b.kind === 'heading', keepNext: b.kind === 'heading' });
}

export function bodyParagraphs(report: OfficialReport): Paragraph[] {
  const out: Paragraph[] = report.opening.map(block);
  for (const section of report.sections) {
    out.push(bodyParagraph(section.heading, { bold: true, keepNext: true }));
    out.push(...section.blocks.map(block));
  }
  out.push(...report.closing.map((text) => bodyParagraph(text)));
  return out;
}

/** Lines left blank for the handwritten signature and the seal. */
const SIGNING_SPACE = 4;

function signatureParagraphs(signature: SignatureBlock): Paragraph[] {
  return [
    ...signature.authority.map((text) => line(text, { size: 14, bold: true })),
    ...Array.from({ length: SIGNING_SPACE }, () => line('', { size: 14 })),
    line(signature.name, { size: 14, bold: true }),
  ];
}

/**
 * Decree 30: "Nơi nhận:" (12, bold italic, flush left, level with the authority) and its "- …;"
 * lines (11), the last "- Lưu: VT, …."; beside it the signature block (capitals bold 14, the name
 * bold). A borderless two-column table keeps them level.
 */
export function footTable(report: OfficialReport): Table {
  const left = Math.round(PORTRAIT_TEXT_WIDTH * 0.45);
  const right = PORTRAIT_TEXT_WIDTH - left;
  const recipients = [
    line('Nơi nhận:', { size: 12, bold: true, italics: true, align: AlignmentType.LEFT }),
    ...listLines(report.distribution).map((text) => line(text, { size: 11, align: AlignmentType.LEFT })),
  ];
  const margins = { left: 0, right: 0, top: 0, bottom: 0 };
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, margins, children: recipients }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            margins,
            children: signatureParagraphs(report.signature),
          }),
        ],
      }),
    ],
  });
}
