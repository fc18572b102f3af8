import ExcelJS from 'exceljs';
import { cellLines, type OfficialReport } from './model.js';
import { type AppendixGrid, appendixGrid } from './tables.js';

/**
 * The appendices of the official report as a workbook, one sheet each, laid out as seed 002 prints
 * them: "Phụ lục I", the title in capitals, the reference line, then the two-row merged header and
 * the rows. Times New Roman, landscape A4, the header repeated on every printed page and frozen
 * on screen.
 */

const FONT = 'Times New Roman';
const TITLE_ROWS = 4; // Phụ lục I · title · (Kèm theo …) · blank
const thin = { style: 'thin' as const };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** Points a wrapped 12 pt line takes. */
const LINE_PT = 15;

/**
 * Lines a text takes in a column `width` units wide. The unit is a digit of the default Calibri 11;
 * Times New Roman 12 fits about 1,3 characters in it (measured on LibreOffice's rendering), 1,25 is
 * kept so that a row is never too short.
 */
function linesIn(text: string, width: number): number {
  if (text === '') return 1;
  const perLine = Math.max(1, Math.floor(width * 1.25) - 1);
  return cellLines(text).reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Excel and LibreOffice do not grow a row for wrapped text written by a program: give each its height. */
function rowHeight(cells: readonly string[], grid: AppendixGrid): number {
  const lines = Math.max(1, ...cells.map((text, i) => linesIn(text, grid.columns[i]?.width ?? 10)));
  return lines * LINE_PT + 4;
}

function addTitleRows(
  sheet: ExcelJS.Worksheet,
  lastCol: number,
  numeral: string,
  title: string,
  referenceLine: string,
): void {
  const totalWidth = sheet.columns.reduce((sum, c) => sum + (c.width ?? 10), 0);
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [`Phụ lục ${numeral}`, { bold: true, size: 14 }],
    [title, { bold: true, size: 13 }],
    [referenceLine, { italic: true, size: 13 }],
  ];
  lines.forEach(([text, font], i) => {
    const row = sheet.getRow(i + 1);
    const c = row.getCell(1);
    c.value = text;
    c.font = { name: FONT, ...font };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.mergeCells(i + 1, 1, i + 1, lastCol);
    row.height = Math.max(1, Math.ceil((text.length * 1.15) / totalWidth)) * 18 + 2;
  });
}

function addTable(sheet: ExcelJS.Worksheet, grid: AppendixGrid): void {
  const top = TITLE_ROWS + 1;
  for (let r = 0; r < grid.headerRows; r++) {
    const row = sheet.getRow(top + r);
    grid.columns.forEach((_, col) => {
      const c = row.getCell(col + 1);
      c.border = BORDER;
      c.font = { name: FONT, size: 12, bold: true };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  }
  for (const h of grid.header) {
    sheet.getCell(top + h.row, h.col + 1).value = h.text;
    if (h.rowSpan > 1 || h.colSpan > 1)
      sheet.mergeCells(top + h.row, h.col + 1, top + h.row + h.rowSpan - 1, h.col + h.colSpan);
  }
  grid.body.forEach((bodyRow, i) => {
    const row = sheet.getRow(top + grid.headerRows + i);
    bodyRow.cells.forEach((text, col) => {
      const c = row.getCell(col + 1);
      c.value = cellLines(text).join('\n');
      c.border = BORDER;
      c.font = { name: FONT, size: 12, bold: bodyRow.bold };
      const align = grid.columns[col]?.align ?? 'left';
      c.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
    });
    if (bodyRow.heading) {
      // The heading's title runs across the row; its height is that of the merged width.
      const rowNumber = top + grid.headerRows + i;
      sheet.mergeCells(rowNumber, 2, rowNumber, grid.columns.length);
      const width = grid.columns.slice(1).reduce((sum, c) => sum + c.width, 0);
      row.height = linesIn(bodyRow.cells[1] ?? '', width) * LINE_PT + 4;
      row.getCell(2).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    } else {
      row.height = rowHeight(bodyRow.cells, grid);
    }
  });
}

export function addAppendixSheet(
  workbook: ExcelJS.Workbook,
  appendix: OfficialReport['appendices'][number],
): ExcelJS.Worksheet {
  const grid = appendixGrid(appendix);
  const headerEnd = TITLE_ROWS + grid.headerRows;
  const sheet = workbook.addWorksheet(`Phụ lục ${appendix.numeral}`, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerEnd, topLeftCell: `A${headerEnd + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${TITLE_ROWS + 1}:${headerEnd}`,
      // Decree 30 margins, in inches: 20 mm top and bottom, 30 mm binding side, 15 mm the other.
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    },
    // Decree 30: page numbers centred at the top, not on the first page.
    headerFooter: { differentFirst: true, firstHeader: '', oddHeader: `&C&"${FONT},Regular"&13&P` },
  });
  sheet.columns = grid.columns.map((c) => ({ width: c.width, style: { font: { name: FONT, size: 12 } } }));
  addTitleRows(sheet, grid.columns.length, appendix.numeral, appendix.title, appendix.referenceLine);
  addTable(sheet, grid);
  return sheet;
}

/** The XLSX of the report's appendices (Phụ lục I, II, III): one sheet each. */
export async function renderAppendicesXlsx(report: OfficialReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tiến Độ';
  for (const appendix of report.appendices) addAppendixSheet(workbook, appendix);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
