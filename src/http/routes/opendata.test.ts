import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { DOCUMENT_HEADER, documents, importCsv } from '../../../test/support/dashboard.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';

/** Seed 003 "dữ liệu mở đúng chuẩn": an admin publishes an indicator; its results are open at stable URLs. */
describeEachEngine('open data', (engine) => {
  let t: TestApp;

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
  });
  afterAll(() => t.close());

  const put = (who: { cookie: string; csrf: string }, code: string, value: boolean) =>
    t.server.inject({
      method: 'PUT',
      url: `/api/v1/indicators/${code}/public`,
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf },
      payload: { public: value },
    });

  it('publishes nothing until an administrator marks an indicator public', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/opendata/v1/results.json?period=2026-03' });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([]);
    expect((await put(await t.login('leader'), 'T26-01', true)).statusCode).toBe(403);
  });

  it('marks an indicator public, audited', async () => {
    const res = await put(await t.login('admin'), 'T26-01', true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code: 'T26-01', public: true });
    const [row] = await t.app.database.raw.query<{ actor: string; before: unknown; after: unknown }>(
      "SELECT actor, before, after FROM audit_log WHERE action = 'indicator.publish'",
    );
    expect(row).toEqual({ actor: 'admin', before: { isPublic: false }, after: { isPublic: true } });
    expect((await put(await t.login('admin'), 'NOPE', true)).statusCode).toBe(404);
  });

  it('serves the results as JSON without signing in, aggregates only, with the licence and publisher', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/opendata/v1/results.json?period=2026-03' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const body = res.json();
    expect(body.metadata).toMatchObject({
      publisher: 'UBND tỉnh Sơn La',
      period: '2026-03',
      modified: '2026-04-20',
      license: { name: 'CC BY 4.0' },
    });
    expect(
      body.results.map(
        (r: {
          unit: string;
          scope: string;
          a: number;
          b: number;
          valueText: string;
          statusLabel: string;
        }) => [r.unit, r.scope, r.a, r.b, r.valueText, r.statusLabel],
      ),
    ).toEqual([
      ['SONLA', 'month', 17, 20, '85,00%', 'Đạt'],
      ['SONLA', 'ytd', 17, 20, '85,00%', 'Đạt'],
      ['VPUBND', 'month', 17, 20, '85,00%', 'Đạt'],
      ['VPUBND', 'ytd', 17, 20, '85,00%', 'Đạt'],
    ]);
    expect(Object.keys(body.results[0]).sort()).toEqual(
      [
        'a',
        'b',
        'computation',
        'indicator',
        'indicatorName',
        'period',
        'scope',
        'status',
        'statusLabel',
        'target',
        'unit',
        'unitName',
        'value',
        'valueText',
      ].sort(),
    );
  });

  it('serves the same as CSV, UTF-8 with a BOM and Vietnamese headers', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/opendata/v1/results.csv?period=2026-03' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFKỳ báo cáo,Mã chỉ tiêu,Tên chỉ tiêu,Mã đơn vị,Tên đơn vị,Phạm vi,Tử số (a),Mẫu số (b),Giá trị,Giá trị (hiển thị),Chỉ tiêu,Đánh giá',
    );
    expect(lines[1]).toBe(
      '2026-03,T26-01,Tỷ lệ văn bản, hồ sơ công việc được xử lý toàn trình trên môi trường điện tử,SONLA,Tỉnh Sơn La,tháng,17,20,0.85,"85,00%",≥ 70%,Đạt'.replace(
        'Tỷ lệ văn bản, hồ sơ công việc được xử lý toàn trình trên môi trường điện tử',
        '"Tỷ lệ văn bản, hồ sơ công việc được xử lý toàn trình trên môi trường điện tử"',
      ),
    );
    expect(lines).toHaveLength(6);
  });

  it('lists the public catalogue', async () => {
    const body = (await t.server.inject({ method: 'GET', url: '/opendata/v1/indicators.json' })).json();
    expect(
      body.indicators.map((i: { code: string; trackingUnit: string; computed: boolean }) => [
        i.code,
        i.trackingUnit,
        i.computed,
      ]),
    ).toEqual([['T26-01', 'Sở Khoa học và Công nghệ', true]]);
    expect(body.metadata.title).toBe('Danh mục chỉ tiêu công bố dữ liệu mở');
  });
});
