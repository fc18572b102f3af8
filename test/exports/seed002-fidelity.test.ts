import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOfficialReportModel, narrativeFromRows } from '../../src/exports/build.js';
import { renderReportDocx } from '../../src/exports/docx/render.js';
import type { OfficialReport } from '../../src/exports/model.js';
import { indicatorSummary, taskSummary } from '../../src/exports/narrative.js';
import { renderAppendicesXlsx } from '../../src/exports/xlsx.js';
import { documentXml, paragraphs, tables } from '../fixtures/seed002/docx-xml.js';
import { SEED_002_PATH, seed002ReportInput } from '../fixtures/seed002/report-input.js';
import { normalise, parseSeedAppendices, type SeedTable } from '../fixtures/seed002/seed-tables.js';

/**
 * Issue 5 §5: the report generated from the catalogue and the fixture reproduces seed 002's
 * appendices cell by cell, in the XLSX and in the DOCX, and the DOCX has the Decree-30 parts.
 */

const seed = parseSeedAppendices(readFileSync(SEED_002_PATH, 'utf8'));
let report: OfficialReport;
let workbook: ExcelJS.Workbook;
let xml: string;

beforeAll(async () => {
  report = buildOfficialReportModel(seed002ReportInput());
  workbook = new ExcelJS.Workbook();
  const xlsx = await renderAppendicesXlsx(report);
  // ExcelJS types its input as the older Buffer; the bytes are the same.
  await workbook.xlsx.load(
    xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer,
  );
  xml = documentXml(await renderReportDocx(report));
});

/** A sheet from its header row ("STT" / "Tổng số" in column A) down, merged-over cells read as empty. */
function sheetTable(name: string, headerRows: number): SeedTable {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const slave = cell.isMerged && cell.master.address !== cell.address;
      cells.push(slave || cell.value === null ? '' : normalise(String(cell.value)));
    }
    rows.push(cells);
  });
  const top = rows.findIndex((r) => r[0] === 'STT' || r[0] === 'Tổng số');
  return { header: rows.slice(top, top + headerRows), rows: rows.slice(top + headerRows) };
}

describe('seed 002 — the expected tables read from the seed text', () => {
  it('has the rows the Office printed', () => {
    expect(seed.I.rows).toHaveLength(23);
    expect(seed.I.rows.filter((r) => r[5] === 'x')).toHaveLength(12);
    expect(seed.I.rows.filter((r) => r[6] === 'x')).toHaveLength(2);
    expect(seed.II.rows).toEqual([['0', '0', '0', '0', '0', '0']]);
    expect(seed.III.rows).toHaveLength(26);
    expect(seed.III.rows.filter((r) => r[5] === 'x')).toHaveLength(5);
    expect(seed.III.rows.filter((r) => r[6] === 'x')).toHaveLength(11);
  });
});

describe('seed 002 — XLSX appendices', () => {
  it('has one sheet per appendix with the title rows', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    const sheet = workbook.getWorksheet('Phụ lục I');
    expect(sheet?.getCell('A1').value).toBe('Phụ lục I');
    expect(sheet?.getCell('A2').value).toBe(
      'KẾT QUẢ CHỈ TIÊU KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYÊN ĐỔI SỐ VÀ ĐỀ ÁN 06',
    );
    expect(sheet?.getCell('A3').value).toBe(
      '(Ban hành kèm theo Báo cáo số: /BC-VPUB ngày /4/2026 của Văn phòng UBND tỉnh)',
    );
  });

  it('reproduces Phụ lục I cell by cell', () => {
    expect(sheetTable('Phụ lục I', 2)).toEqual(seed.I);
  });

  it('reproduces Phụ lục II cell by cell', () => {
    expect(sheetTable('Phụ lục II', 1)).toEqual(seed.II);
  });

  it('reproduces Phụ lục III cell by cell', () => {
    expect(sheetTable('Phụ lục III', 2)).toEqual(seed.III);
  });

  it('merges the header as the seed does: "Kết quả" over Đạt and Chưa đạt, the rest over two rows', () => {
    const sheet = workbook.getWorksheet('Phụ lục I');
    expect(sheet?.getCell('F5').value).toBe('Kết quả');
    expect(sheet?.getCell('G5').master.address).toBe('F5');
    expect(sheet?.getCell('A6').master.address).toBe('A5');
    expect(sheet?.getCell('F6').isMerged).toBe(false);
    const tasks = workbook.getWorksheet('Phụ lục III');
    expect(tasks?.getCell('H5').master.address).toBe('F5');
  });
});

describe('seed 002 — DOCX report', () => {
  it('holds the same appendix tables as the seed', () => {
    const appendixTables = tables(xml)
      .filter((t) => t[0]?.[0] === 'STT' || t[0]?.[0] === 'Tổng số')
      .map((t) => t.map((row) => row.map(normalise)));
    expect(appendixTables).toHaveLength(3);
    const [i, ii, iii] = appendixTables;
    expect({ header: i?.slice(0, 2), rows: i?.slice(2) }).toEqual(seed.I);
    expect({ header: ii?.slice(0, 1), rows: ii?.slice(1) }).toEqual(seed.II);
    expect({ header: iii?.slice(0, 2), rows: iii?.slice(2) }).toEqual(seed.III);
  });

  it('has the Decree-30 head, body and foot', () => {
    const text = paragraphs(xml).map(normalise);
    const [head] = tables(xml);
    expect(head?.map((row) => row.map(normalise))).toEqual([
      ['UBND TỈNH SƠN LA VĂN PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc'],
      ['Số: /BC-VPUB', 'Sơn La, ngày tháng 4 năm 2026'],
    ]);
    for (const expected of [
      'BÁO CÁO',
      report.summary,
      'Kính gửi: - Chủ tịch UBND tỉnh;',
      '- Công an tỉnh.',
      'I. CÔNG TÁC CHỈ ĐẠO VÀ TRIỂN KHAI, THỰC HIỆN',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      '- Công an tỉnh;',
      '- Lưu: VT, TCHCQT.',
      'CHÁNH VĂN PHÒNG',
      'Trần Bình Minh',
      'Phụ lục III',
      '(Ban hành kèm theo Báo cáo số: /VPUB-TCHCQT ngày /4/2026 của Văn phòng UBND tỉnh)',
    ]) {
      expect(text).toContain(expected);
    }
    // Every paragraph of the seed's narrative, its italic marks drawn rather than printed.
    for (const section of report.sections) {
      for (const block of section.blocks) expect(text).toContain(normalise(block.text.replace(/\*/g, '')));
    }
  });

  it('is A4 portrait with the Decree-30 margins, then one landscape section per appendix numbering its own pages', () => {
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(4);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(sections[0]).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    for (const s of sections.slice(1)) {
      expect(s).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
      expect(s).toMatch(/<w:pgNumType w:start="1"\/>/);
      expect(s).toContain('<w:titlePg/>');
    }
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(5); // 2 + 1 + 2 header rows repeated on each page
  });
});

describe('seed 002 — the narrative drafted from its own tables', () => {
  it('counts 12/16 indicators met, 2 not met, 2 not judged; 16 tasks', () => {
    const data = narrativeFromRows(seed002ReportInput().indicators, seed002ReportInput().tasks);
    const summary = indicatorSummary(data.indicators);
    expect(
      summary.startsWith(
        'Có 12/16 chỉ tiêu đạt (75%); 2 chỉ tiêu chưa đạt: “Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong giao thông” (Đang triển khai thực, hiện chưa có số liệu cụ thể do chưa có phương thức xác định; chỉ tiêu 80%), “Tỷ lệ cơ sở dữ liệu dùng chung của các sở, ban, ngành được tích hợp, kết nối, chia sẻ với Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh” (thực hiện 0; chỉ tiêu 35%); 2 chỉ tiêu chưa đánh giá: ',
      ),
    ).toBe(true);
    expect(taskSummary(data.tasks)).toBe(
      'Có 16 nhiệm vụ: đã hoàn thành 5, đang thực hiện 11, chưa thực hiện 0.',
    );
  });
});
