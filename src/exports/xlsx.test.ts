import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OfficialReport } from './model.js';
import { renderAppendicesXlsx } from './xlsx.js';

const report = {
  appendices: [
    {
      kind: 'indicators',
      numeral: 'I',
      title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      referenceLine: '(Kèm theo Báo cáo số 07/BC-STP ngày 12 tháng 5 năm 2026 của Sở Tư pháp)',
      targetYear: 2026,
      rows: [
        { kind: 'group', stt: 'A', title: 'CHỈ TIÊU CHUYỂN ĐỔI SỐ', bold: true },
        {
          kind: 'indicator',
          stt: '1',
          name: 'Tỷ lệ hồ sơ số hóa',
          target: '95%',
          lead: 'Sở Tư pháp',
          situation: '97,8%',
          result: 'dat',
          notes: '',
        },
      ],
    },
    {
      kind: 'tasks',
      numeral: 'II',
      title: 'NHIỆM VỤ',
      referenceLine: '(Kèm theo …)',
      rows: [
        {
          kind: 'task',
          stt: '1',
          name: 'Kế hoạch',
          lead: 'Sở',
          product: '- Kế hoạch - Báo cáo',
          deadline: 'Năm 2026',
          progress: 'done',
          description: '',
        },
      ],
    },
  ],
} as unknown as OfficialReport; // only the appendices are drawn

async function workbook(): Promise<ExcelJS.Workbook> {
  const buffer = await renderAppendicesXlsx(report);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('renderAppendicesXlsx', () => {
  it('draws one sheet per appendix: title rows, merged two-row header, bold heading rows, x marks', async () => {
    const wb = await workbook();
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II']);
    const s = wb.getWorksheet('Phụ lục I');
    if (!s) throw new Error('no sheet');
    expect(['A1', 'A2', 'A3'].map((a) => s.getCell(a).value)).toEqual([
      'Phụ lục I',
      'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      '(Kèm theo Báo cáo số 07/BC-STP ngày 12 tháng 5 năm 2026 của Sở Tư pháp)',
    ]);
    expect(s.getCell('H1').master.address).toBe('A1');
    expect(s.getCell('A3').font).toMatchObject({ name: 'Times New Roman', italic: true });
    expect(s.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Các mục tiêu/chỉ tiêu',
      'Chỉ tiêu 2026',
      'Cơ quan chủ trì',
      'Tình hình thực hiện chỉ tiêu',
      'Kết quả',
      'Kết quả',
      'Ghi chú',
    ]);
    expect(s.getCell('G5').master.address).toBe('F5');
    expect(s.getCell('B6').master.address).toBe('B5');
    expect([s.getCell('F6').value, s.getCell('G6').value]).toEqual(['Đạt', 'Chưa đạt']);
    expect(s.getCell('A7').value).toBe('A');
    expect(s.getCell('B7').font).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
    expect(s.getCell('H7').master.address).toBe('B7');
    expect(['A8', 'B8', 'C8', 'E8', 'F8', 'G8'].map((a) => s.getCell(a).value)).toEqual([
      '1',
      'Tỷ lệ hồ sơ số hóa',
      '95%',
      '97,8%',
      'x',
      '',
    ]);
    expect(s.getCell('F8').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(s.getCell('B8').border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    const tasks = wb.getWorksheet('Phụ lục II');
    expect(tasks?.getCell('D7').value).toBe('- Kế hoạch\n- Báo cáo');
    expect(tasks?.getCell('F7').value).toBe('x');
  });

  it('prints landscape A4 fitted to the width, header repeated and frozen under it', async () => {
    const s = (await workbook()).getWorksheet('Phụ lục I');
    expect(s?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(s?.views[0]).toMatchObject({ state: 'frozen', ySplit: 6, topLeftCell: 'A7' });
    expect(s?.getColumn(2).width).toBe(41);
    expect(s?.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&C&"Times New Roman,Regular"&13&P',
    });
  });
});
