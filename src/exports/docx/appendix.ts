import {
  AlignmentType,
  BorderStyle,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { type Appendix, cellLines } from '../model.js';
import { type AppendixGrid, appendixGrid, type GridRow } from '../tables.js';
import { LANDSCAPE_TEXT_WIDTH, line } from './text.js';

/**
 * An appendix on landscape pages (Decree 30: "Phụ lục I" 14 bold centred, the title in capitals
 * bold, the reference line italic), then the same grid as the XLSX, its header repeated on every page.
 */

const TABLE_FONT = 12;
const single = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: single,
  bottom: single,
  left: single,
  right: single,
  insideHorizontal: single,
  insideVertical: single,
};
const CELL_MARGINS = { left: 60, right: 60, top: 40, bottom: 40 };

/** Column widths in twips sharing the landscape text width in proportion to the grid's widths. */
export function columnTwips(grid: AppendixGrid, total = LANDSCAPE_TEXT_WIDTH): number[] {
  const sum = grid.columns.reduce((s, c) => s + c.width, 0);
  const widths = grid.columns.map((c) => Math.floor((c.width / sum) * total));
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

function cellParagraphs(
  text: string,
  align: 'left' | 'center',
  bold: boolean,
  keepNext = false,
): Paragraph[] {
  const alignment = align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return cellLines(text).map((t) => line(t, { size: TABLE_FONT, bold, align: alignment, keepNext }));
}

function bodyCell(
  text: string,
  width: number,
  align: 'left' | 'center',
  bold: boolean,
  keepNext: boolean,
  columnSpan?: number,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    children: cellParagraphs(text, align, bold, keepNext),
  });
}

/** A heading row (its title across the row) is kept whole and with the row under it. */
function bodyRow(row: GridRow, grid: AppendixGrid, widths: number[]): TableRow {
  if (row.heading) {
    const rest = widths.slice(1).reduce((s, w) => s + w, 0);
    return new TableRow({
      cantSplit: true,
      children: [
        bodyCell(row.cells[0] ?? '', widths[0] ?? 0, grid.columns[0]?.align ?? 'center', row.bold, true),
        bodyCell(row.cells[1] ?? '', rest, 'left', row.bold, true, widths.length - 1),
      ],
    });
  }
  return new TableRow({
    children: row.cells.map((text, col) =>
      bodyCell(text, widths[col] ?? 0, grid.columns[col]?.align ?? 'left', row.bold, false),
    ),
  });
}

function headerRows(grid: AppendixGrid, widths: number[]): TableRow[] {
  return Array.from({ length: grid.headerRows }, (_, r) => {
    const cells = grid.header
      .filter((h) => h.row === r)
      .sort((a, b) => a.col - b.col)
      .map(
        (h) =>
          new TableCell({
            width: {
              size: widths.slice(h.col, h.col + h.colSpan).reduce((s, w) => s + w, 0),
              type: WidthType.DXA,
            },
            columnSpan: h.colSpan > 1 ? h.colSpan : undefined,
            rowSpan: h.rowSpan > 1 ? h.rowSpan : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            margins: CELL_MARGINS,
            children: cellParagraphs(h.text, 'center', true),
          }),
      );
    return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
  });
}

export function appendixTable(grid: AppendixGrid): Table {
  const widths = columnTwips(grid);
  const body = grid.body.map((row) => bodyRow(row, grid, widths));
  return new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [...headerRows(grid, widths), ...body],
  });
}

export function appendixChildren(appendix: Appendix): (Paragraph | Table)[] {
  return [
    line(`Phụ lục ${appendix.numeral}`, { size: 14, bold: true }),
    line(appendix.title, { size: 14, bold: true }),
    line(appendix.referenceLine, { size: 14, italics: true, after: 240 }),
    appendixTable(appendixGrid(appendix)),
  ];
}
