import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors.js';
import { readExtract } from './read-extract.js';

const vn = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);
/** ExcelJS writes a Date's UTC fields as the cell's wall-clock time. */
const cellDate = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi));

async function workbook(
  build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hồ sơ');
  build(sheet, book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function readXlsxFile(bytes: Uint8Array) {
  const records: { line: number; record: Record<string, unknown> }[] = [];
  const outcome = await readExtract(
    (async function* () {
      yield bytes;
    })(),
    { recordSet: 'dossiers', fileName: 'Báo cáo.XLSX', knownUnits: new Set(['SKHCN', 'XMB']) },
    async (batch) => {
      records.push(...batch);
    },
  );
  return { outcome, records };
}

describe('readExtract — XLSX', () => {
  it('reads the first sheet below a merged title row, with date, number, boolean and rich-text cells', async () => {
    const bytes = await workbook((sheet, book) => {
      sheet.getCell('A1').value = 'BÁO CÁO HỒ SƠ THÁNG 3/2026';
      sheet.mergeCells('A1:F1');
      sheet.addRow([]);
      sheet.getRow(3).values = [
        { richText: [{ text: 'Mã ' }, { text: 'hồ sơ', font: { bold: true } }] },
        'Mã đơn vị',
        'Ngày tiếp nhận',
        'Toàn trình',
        'Số thành phần',
        'Ngày hoàn thành',
      ];
      sheet.getRow(4).values = ['HS1', 'SKHCN', cellDate(2026, 3, 5, 8, 30), true, 3, '06/03/2026 10:00'];
      sheet.getCell('C4').numFmt = 'dd/mm/yyyy hh:mm';
      sheet.getRow(6).values = [
        12345,
        'XMB',
        cellDate(2026, 3, 31),
        'có',
        { formula: '1+1', result: 2 },
        null,
      ];
      sheet.getCell('C6').numFmt = 'dd/mm/yyyy';
      book.addWorksheet('Khác').addRow(['dossier_id', 'unit_code', 'received_at']);
    });
    const { outcome, records } = await readXlsxFile(bytes);
    expect(outcome).toMatchObject({
      format: 'xlsx',
      encoding: null,
      encodingDetected: false,
      errors: [],
      rowsRead: 2,
    });
    expect(records).toEqual([
      {
        line: 4,
        record: expect.objectContaining({
          dossier_id: 'HS1',
          unit_code: 'SKHCN',
          received_at: vn(2026, 3, 5, 8, 30),
          full_online: true,
          components_total: 3,
          finished_at: vn(2026, 3, 6, 10),
        }),
      },
      {
        line: 6,
        record: expect.objectContaining({
          dossier_id: '12345',
          received_at: vn(2026, 3, 31),
          full_online: true,
          components_total: 2,
          finished_at: null,
        }),
      },
    ]);
  });

  it('reports bad rows by the sheet row number: fractional integer, unknown unit, bad date text', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['Tiêu đề']);
      sheet.addRow(['dossier_id', 'unit_code', 'received_at', 'components_total']);
      sheet.addRow(['HS1', 'SKHCN', '01/03/2026', 1.5]);
      sheet.addRow(['HS2', 'GHOST', '01/03/2026', 1]);
      sheet.addRow(['HS3', 'SKHCN', '30/02/2026', 1]);
    });
    const { outcome, records } = await readXlsxFile(bytes);
    expect(records).toEqual([]);
    expect(outcome.errors.map((e) => [e.line, e.en])).toEqual([
      [3, 'Field "components_total": "1.5" is not a non-negative whole number.'],
      [4, 'Field "unit_code": unit code "GHOST" is not a known unit.'],
      [
        5,
        'Field "received_at": "30/02/2026" is not a valid date/time (dd/mm/yyyy [HH:mm[:ss]] or ISO 8601).',
      ],
    ]);
  });

  it('rejects a workbook with a header only, and bytes that are not XLSX', async () => {
    const headerOnly = await workbook((sheet) => sheet.addRow(['dossier_id', 'unit_code', 'received_at']));
    expect(((await readXlsxFile(headerOnly).catch((e) => e)) as AppError).code).toBe('no_rows');
    expect(
      ((await readXlsxFile(new TextEncoder().encode('not a zip')).catch((e) => e)) as AppError).code,
    ).toBe('invalid_xlsx');
  });
});
