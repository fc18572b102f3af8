import {
  AlignmentType,
  Document,
  Header,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { OfficialReport } from '../model.js';
import { appendixChildren } from './appendix.js';
import { bodyParagraphs, footTable } from './body.js';
import { nationalHeader, recipientsBlock, titleBlock } from './header.js';
import { A4, FONT, line, MARGINS, pt } from './text.js';

/**
 * The official report as a DOCX laid out per Decree 30/2020/NĐ-CP: A4 portrait, Times New Roman,
 * page numbers centred in the top margin from the second page; each appendix a landscape section
 * numbering its own pages.
 */

/** Page number centred at the top; the first page of each section has an empty header instead. */
function pageNumberHeaders(): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

export async function renderReportDocx(report: OfficialReport): Promise<Buffer> {
  const main: ISectionOptions = {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: MARGINS,
        pageNumbers: { start: 1 },
      },
      titlePage: true,
    },
    headers: pageNumberHeaders(),
    children: [
      nationalHeader(report),
      ...titleBlock(report),
      ...recipientsBlock(report.recipients),
      ...bodyParagraphs(report),
      line('', { size: 14 }),
      footTable(report),
    ],
  };
  const appendices: ISectionOptions[] = report.appendices.map((appendix) => ({
    properties: {
      // docx swaps width and height for a landscape page.
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: MARGINS,
        pageNumbers: { start: 1 },
      },
      titlePage: true,
    },
    headers: pageNumberHeaders(),
    children: appendixChildren(appendix),
  }));
  const document = new Document({
    creator: 'Tiến Độ',
    title: `${report.docType} ${report.summary}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(14) }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: [main, ...appendices],
  });
  return Packer.toBuffer(document);
}
