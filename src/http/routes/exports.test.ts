import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { DOCUMENT_HEADER, documents, importCsv, submittedReport } from '../../../test/support/dashboard.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';
import { contentDisposition } from './exports.js';

/** Issue 5 §5: the official report drafted from the data, exported as DOCX and XLSX, audited, scoped. */
describeEachEngine('official report export API', (engine) => {
  let t: TestApp;
  let leader: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await createTestApp({ engine, now: () => new Date('2026-04-20T03:00:00Z') });
    await seedReportingCatalogue(t.app.database);
    for (const source of ['qlvb', 'lienthong']) {
      await importCsv(
        t.app,
        'documents',
        source,
        [DOCUMENT_HEADER, ...documents(`${source}-`, 'VPUBND', '2026-03', 20, 17)].join('\n'),
      );
    }
    await submittedReport(t.app, {
      unit: 'VPUBND',
      period: '2026-03',
      submittedAt: '2026-04-10T09:00:00+07:00',
      content: {
        tasks: [
          {
            code: 'KH000-II-1',
            status: 'done',
            progress: 'Đã ban hành kế hoạch',
            evidence: [{ number: 'Kế hoạch số 03/KH-VPUB', date: '2026-01-07', title: '' }],
            attachments: [],
            completedOn: '2026-01-07',
          },
        ],
        difficulties: 'Hệ thống thông tin giải quyết TTHC của các Bộ, ngành còn nhiều lỗi',
        recommendations: 'Đề nghị Bộ Công an hoàn thiện Hệ thống điều phối',
      },
    });
    leader = await t.login('leader');
  });
  afterAll(() => t.close());

  const post = (payload: object, who = leader) =>
    t.server.inject({
      method: 'POST',
      url: '/api/v1/exports/official-report',
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf },
      payload,
    });

  it('drafts the report from the results, the tasks and what the unit reported', async () => {
    const res = await t.server.inject({
      method: 'GET',
      url: '/api/v1/exports/official-report/draft?unit=VPUBND&period=2026-03',
      headers: { cookie: leader.cookie },
    });
    expect(res.statusCode).toBe(200);
    const { model, sections } = res.json();
    expect(model.issuer).toEqual({
      parentBody: 'UBND TỈNH SƠN LA',
      body: 'VĂN PHÒNG UBND TỈNH',
      name: 'Văn phòng UBND tỉnh',
    });
    expect(model.summary).toBe(
      'Kết quả thực hiện các chỉ tiêu, nhiệm vụ tháng 3/2026 của Văn phòng UBND tỉnh',
    );
    expect(model.date).toEqual({ year: 2026, month: 4, day: null });
    const [phuLucI, phuLucIII] = model.appendices;
    expect(phuLucI.rows).toEqual([
      { kind: 'group', stt: 'A', title: 'QUYẾT ĐỊNH: KẾ HOẠCH THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026', bold: true },
      {
        kind: 'indicator',
        stt: '1',
        name: 'Tỷ lệ văn bản, hồ sơ công việc được xử lý toàn trình trên môi trường điện tử',
        target: '≥ 80%',
        lead: 'Văn phòng UBND tỉnh; Xã Chiềng Sơn',
        situation: '85,00% (17/20 văn bản)',
        result: 'dat',
        notes: '',
      },
      {
        kind: 'indicator',
        stt: '2',
        name: 'Sản phẩm công nghệ số được đưa vào sử dụng',
        target: '02 sản phẩm',
        lead: 'Văn phòng UBND tỉnh',
        situation: '',
        result: null,
        notes: '',
      },
    ]);
    expect(phuLucIII.rows.at(-1)).toEqual({
      kind: 'task',
      stt: '1',
      name: 'Ban hành kế hoạch chuyển đổi số năm 2026 của cơ quan, đơn vị',
      lead: 'Văn phòng UBND tỉnh; Xã Chiềng Sơn',
      product: 'Kế hoạch chuyển đổi số năm 2026',
      deadline: 'Trước 15/01/2026',
      progress: 'done',
      description: 'Đã ban hành kế hoạch; Kế hoạch số 03/KH-VPUB',
    });
    expect(sections.results[1].text).toBe(
      'Có 1/2 chỉ tiêu đạt (50%); 1 chỉ tiêu chưa đánh giá do chưa có số liệu: “Sản phẩm công nghệ số được đưa vào sử dụng”.',
    );
    expect(sections.difficulties.map((b: { text: string }) => b.text)).toEqual([
      '1. Khó khăn, vướng mắc',
      '- Hệ thống thông tin giải quyết TTHC của các Bộ, ngành còn nhiều lỗi.',
      '2. Nguyên nhân',
      'Không có.',
    ]);
    expect(sections.recommendations).toEqual([
      { kind: 'paragraph', text: '1. Đề nghị Bộ Công an hoàn thiện Hệ thống điều phối.' },
    ]);
  });

  it('exports a DOCX with the officer’s text, and audits it', async () => {
    const res = await post({
      unit: 'VPUBND',
      period: '2026-03',
      format: 'docx',
      number: '15',
      symbol: 'BC-VPUB',
      sections: { direction: [{ kind: 'paragraph', text: 'Văn phòng đã quán triệt Nghị quyết 57-NQ/TW.' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Bao-cao-VPUBND-2026-03.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20VPUBND%202026-03.docx`,
    );
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    const [row] = await t.app.database.raw.query<{
      actor: string;
      entity_id: string;
      after: { format: string; number: string; editedSections: string[] };
    }>("SELECT actor, entity_id, after FROM audit_log WHERE action = 'export.official_report' ORDER BY id");
    expect(row?.actor).toBe('leader');
    expect(row?.entity_id).toBe('VPUBND|2026-03');
    expect(row?.after).toMatchObject({ format: 'docx', number: '15', editedSections: ['direction'] });
  });

  it('exports the appendices as XLSX', async () => {
    const res = await post({ unit: 'VPUBND', period: '2026-03', format: 'xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.rawPayload.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
    const [count] = await t.app.database.raw.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'export.official_report'",
    );
    expect(count?.n).toBe(2);
  });

  it('refuses a unit outside the caller’s scope', async () => {
    const commune = await t.login('commune_reporter');
    expect((await post({ unit: 'VPUBND', period: '2026-03', format: 'docx' }, commune)).statusCode).toBe(403);
    const draft = await t.server.inject({
      method: 'GET',
      url: '/api/v1/exports/official-report/draft?unit=VPUBND&period=2026-03',
      headers: { cookie: commune.cookie },
    });
    expect(draft.statusCode).toBe(403);
  });
});

it('writes a Vietnamese file name safely', () => {
  expect(contentDisposition('Báo cáo Đoàn "X".docx')).toBe(
    `attachment; filename="Bao-cao-Doan-X-.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90o%C3%A0n%20%22X%22.docx`,
  );
});
