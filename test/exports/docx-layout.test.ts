import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOfficialReportModel } from '../../src/exports/build.js';
import { renderReportDocx } from '../../src/exports/docx/render.js';
import { paragraphs, tables } from '../fixtures/seed002/docx-xml.js';

/** Decree 30/2020/NĐ-CP layout details of the generated DOCX, read from its XML. */

let files: Record<string, string>;
let xml: string;

beforeAll(async () => {
  const report = buildOfficialReportModel({
    unit: { parentBody: 'UBND TỈNH SƠN LA', body: 'SỞ TƯ PHÁP', name: 'Sở Tư pháp' },
    period: { year: 2026 },
    number: '5',
    symbol: 'BC-STP',
    place: 'Sơn La',
    date: { year: 2026, month: 9, day: 7 },
    summary: 'Kết quả chuyển đổi số tháng 8 năm 2026',
    recipients: ['Văn phòng UBND tỉnh'],
    indicators: [
      {
        group: ['A. CHỈ TIÊU'],
        stt: '1',
        name: 'Tỷ lệ hồ sơ số hóa',
        target: '95%',
        lead: 'Sở Tư pháp',
        situation: '97,8%',
        result: 'dat',
      },
    ],
    tasks: [],
    distribution: ['Như trên', 'Lưu: VT, VP'],
    signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
  });
  const zip = unzipSync(new Uint8Array(await renderReportDocx(report)));
  files = Object.fromEntries(
    Object.entries(zip)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  xml = files['word/document.xml'] ?? '';
});

/** The XML of the one paragraph whose text is `text`. */
function paragraphXml(text: string): string {
  const found = (xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).filter((p) => paragraphs(p).join('') === text);
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

describe('Decree 30 DOCX layout', () => {
  it('writes the head: number with a leading zero, September without one, the date level with the number', () => {
    expect(tables(xml)[0]).toEqual([
      ['UBND TỈNH SƠN LA\nSỞ TƯ PHÁP\n', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
      ['Số: 05/BC-STP', 'Sơn La, ngày 07 tháng 9 năm 2026'],
    ]);
    expect(xml).not.toContain('tháng 09');
    expect(paragraphs(xml)).toContain('Kính gửi: Văn phòng UBND tỉnh.');
    expect(paragraphs(xml)).toContain(
      '(Kèm theo Báo cáo số 05/BC-STP ngày 07 tháng 9 năm 2026 của Sở Tư pháp)',
    );
  });

  it('draws the rules as shortened bottom borders of a real width', () => {
    const rules = [
      ...xml.matchAll(
        /<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pBdr><w:bottom [^>]*\/><\/w:pBdr>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g,
      ),
    ].map((m) => m[0]);
    expect(rules).toHaveLength(3); // issuing body, motto, summary
    const indents = rules.map((r) =>
      /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(r)?.slice(1).map(Number),
    );
    // Issuing body: a 3515-twip column (62 mm) less a rule of half "SỞ TƯ PHÁP" (10 × 13 pt × 0,68 em ÷ 2 = 884).
    expect(indents[0]).toEqual([1316, 1316]);
    // Motto: the 5840-twip right column less the motto's own width (27 × 14 pt × 0,5 em = 3780).
    expect(indents[1]).toEqual([1030, 1030]);
    // Summary: a third of the 9355-twip text width.
    expect(indents[2]).toEqual([3119, 3119]);
  });

  it('sets the body 14 pt justified, first line 1,27 cm, 6 pt after; Nơi nhận 12 bold italic, its lines 11', () => {
    const body = paragraphXml('I. CÔNG TÁC CHỈ ĐẠO VÀ TRIỂN KHAI, THỰC HIỆN');
    for (const part of [
      '<w:jc w:val="both"/>',
      '<w:ind w:firstLine="720"/>',
      'w:after="120"',
      'w:line="276"',
      '<w:sz w:val="28"/>',
      '<w:b/>',
      'Times New Roman',
    ]) {
      expect(body).toContain(part);
    }
    const label = paragraphXml('Nơi nhận:');
    for (const part of ['<w:b/>', '<w:i/>', '<w:sz w:val="24"/>', '<w:jc w:val="left"/>'])
      expect(label).toContain(part);
    expect(paragraphXml('- Lưu: VT, VP.')).toContain('<w:sz w:val="22"/>');
    expect(paragraphXml('KT. GIÁM ĐỐC')).toContain('<w:sz w:val="28"/>');
    expect(
      paragraphs(xml).filter((p) =>
        ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A', '- Như trên;'].includes(p),
      ),
    ).toHaveLength(4);
  });

  it('numbers pages at the top centre, not on the first page', () => {
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      expect(s).toContain('<w:titlePg/>');
      const defaultHeader = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(s)?.[1];
      const firstHeader = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(s)?.[1];
      expect(defaultHeader).toBeDefined();
      expect(firstHeader).toBeDefined();
    }
    const headers = Object.entries(files)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, text]) => text);
    expect(headers.filter((h) => h.includes('PAGE') && h.includes('<w:jc w:val="center"/>'))).toHaveLength(2);
    expect(headers.filter((h) => !h.includes('PAGE'))).toHaveLength(2);
  });
});
