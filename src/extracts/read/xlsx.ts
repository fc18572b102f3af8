/**
 * XLSX: the first worksheet only, read with ExcelJS's streaming reader (contract "How an import
 * reads a file"). Rows are reported by the sheet's own row number; merged title rows above the
 * header carry their text in the first cell only, which is all the header search needs.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.js';
import type { RawValue } from './typing.js';

export interface XlsxSink {
  row(line: number, cells: RawValue[]): void | Promise<void>;
}

/** A cell's value as the typers understand it: rich text and hyperlinks become their text, formulas their result. */
export function cellValue(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  // contract: text is NFC; workbooks written on macOS or by scripts may hold decomposed text.
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText
        .map((r: { text?: unknown }) => String(r.text ?? ''))
        .join('')
        .normalize('NFC');
    if ('result' in v) return cellValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('text' in v) return cellValue(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

const notXlsx = () =>
  new AppError(
    'invalid_xlsx',
    'Tệp không phải là bảng tính XLSX hợp lệ.',
    'The file is not a valid XLSX workbook.',
  );

export async function readXlsx(bytes: Uint8Array, sink: XlsxSink): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles are needed: ExcelJS only turns a number into a Date when the cell's format is a date format.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    },
  );
  let first = true;
  // Errors of the caller (a rejected header, the store) pass through untouched; ExcelJS's own mean a broken file.
  let sinkError = null as { err: unknown } | null;
  try {
    for await (const worksheet of reader) {
      // contract: the first sheet only; later sheets are drained unread.
      const take = first;
      first = false;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        if (!take) continue;
        const values = row.values as unknown[];
        const cells: RawValue[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
        try {
          const pending = sink.row(row.number, cells);
          if (pending !== undefined) await pending;
        } catch (err) {
          sinkError = { err };
          throw err;
        }
      }
    }
  } catch (err) {
    if (sinkError !== null && sinkError.err === err) throw err;
    throw notXlsx();
  }
}
