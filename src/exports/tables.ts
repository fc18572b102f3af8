import type { Appendix, IndicatorAppendix, TableAppendix, TaskAppendix } from './model.js';

/**
 * An appendix as a grid of text, the one layout both the XLSX and the DOCX draw, so that the two
 * files hold the same table. Headers are those of seed 002 (two header rows, "Kết quả" over
 * "Đạt | Chưa đạt", "Kết quả thực hiện" over "Đã hoàn thành | Đang thực hiện | Chưa thực hiện").
 */

export type Align = 'left' | 'center';

export interface GridColumn {
  /** Width in characters of 12 pt Times New Roman (the XLSX unit); the DOCX shares the page in proportion. */
  width: number;
  align: Align;
}

/** A header cell at (row, col) spanning rowSpan × colSpan. */
export interface HeaderCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

export interface GridRow {
  cells: string[];
  /** A heading row (A, B, I, II…) is bold. */
  bold: boolean;
  /** A lettered or Roman heading row: its title (cell 1) spans the rest of the row, the other cells empty. */
  heading: boolean;
}

export interface AppendixGrid {
  columns: GridColumn[];
  headerRows: number;
  header: HeaderCell[];
  body: GridRow[];
}

/** The mark in the Đạt / Chưa đạt and progress columns, as seed 002 prints it. */
export const MARK = 'x';

const cell = (row: number, col: number, text: string, rowSpan = 1, colSpan = 1): HeaderCell => ({
  row,
  col,
  rowSpan,
  colSpan,
  text,
});

function indicatorGrid(a: IndicatorAppendix): AppendixGrid {
  return {
    columns: [
      { width: 8, align: 'center' },
      { width: 41, align: 'left' },
      { width: 11, align: 'center' },
      { width: 34, align: 'left' },
      { width: 24, align: 'center' },
      { width: 8, align: 'center' },
      { width: 10, align: 'center' },
      { width: 30, align: 'left' },
    ],
    headerRows: 2,
    header: [
      cell(0, 0, 'STT', 2),
      cell(0, 1, 'Các mục tiêu/chỉ tiêu', 2),
      cell(0, 2, `Chỉ tiêu ${a.targetYear}`, 2),
      cell(0, 3, 'Cơ quan chủ trì', 2),
      cell(0, 4, 'Tình hình thực hiện chỉ tiêu', 2),
      cell(0, 5, 'Kết quả', 1, 2),
      cell(1, 5, 'Đạt'),
      cell(1, 6, 'Chưa đạt'),
      cell(0, 7, 'Ghi chú', 2),
    ],
    body: a.rows.map((r) =>
      r.kind === 'group'
        ? { cells: [r.stt, r.title, '', '', '', '', '', ''], bold: r.bold, heading: r.bold }
        : {
            cells: [
              r.stt,
              r.name,
              r.target,
              r.lead,
              r.situation,
              r.result === 'dat' ? MARK : '',
              r.result === 'chua_dat' ? MARK : '',
              r.notes,
            ],
            bold: false,
            heading: false,
          },
    ),
  };
}

function taskGrid(a: TaskAppendix): AppendixGrid {
  const mark = (on: boolean) => (on ? MARK : '');
  return {
    columns: [
      { width: 8, align: 'center' },
      { width: 39, align: 'left' },
      { width: 22, align: 'left' },
      { width: 22, align: 'left' },
      { width: 19, align: 'center' },
      { width: 10, align: 'center' },
      { width: 10, align: 'center' },
      { width: 10, align: 'center' },
      { width: 36, align: 'left' },
    ],
    headerRows: 2,
    header: [
      cell(0, 0, 'STT', 2),
      cell(0, 1, 'Tên nhiệm vụ', 2),
      cell(0, 2, 'Cơ quan chủ trì báo cáo', 2),
      cell(0, 3, 'Sản phẩm', 2),
      cell(0, 4, 'Thời gian hoàn thành', 2),
      cell(0, 5, 'Kết quả thực hiện', 1, 3),
      cell(1, 5, 'Đã hoàn thành'),
      cell(1, 6, 'Đang thực hiện'),
      cell(1, 7, 'Chưa thực hiện'),
      cell(0, 8, 'Mô tả', 2),
    ],
    body: a.rows.map((r) =>
      r.kind === 'group'
        ? { cells: [r.stt, r.title, '', '', '', '', '', '', ''], bold: r.bold, heading: r.bold }
        : {
            cells: [
              r.stt,
              r.name,
              r.lead,
              r.product,
              r.deadline,
              mark(r.progress === 'done'),
              mark(r.progress === 'in_progress'),
              mark(r.progress === 'not_started'),
              r.description,
            ],
            bold: false,
            heading: false,
          },
    ),
  };
}

function tableGrid(a: TableAppendix): AppendixGrid {
  return {
    columns: a.columns.map((c) => ({ width: Math.max(14, c.length + 4), align: 'center' })),
    headerRows: 1,
    header: a.columns.map((text, col) => cell(0, col, text)),
    body: a.rows.map((cells) => ({
      cells: a.columns.map((_, i) => cells[i] ?? ''),
      bold: false,
      heading: false,
    })),
  };
}

export function appendixGrid(appendix: Appendix): AppendixGrid {
  if (appendix.kind === 'indicators') return indicatorGrid(appendix);
  if (appendix.kind === 'tasks') return taskGrid(appendix);
  return tableGrid(appendix);
}

/** The header as rows of text, a spanned-over position empty (how a merged header reads back). */
export function headerMatrix(grid: AppendixGrid): string[][] {
  const rows = Array.from({ length: grid.headerRows }, () => grid.columns.map(() => ''));
  for (const c of grid.header) {
    const row = rows[c.row];
    if (row) row[c.col] = c.text;
  }
  return rows;
}
