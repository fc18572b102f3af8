import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { DOCUMENT_HEADER, documentsCsv, tempFilesDir } from '../../../test/support/extracts.js';
import { importExtract } from '../../extracts/import.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
const body = (response: LightMyRequestResponse) => response.json() as Record<string, any>;

/**
 * T26-01 in March 2026 from two sources: qlvb (primary) VPUBND 6/10 with 1 re-entered and 1 on
 * paper, its division 4/5, SKHCN 3/4; lienthong VPUBND 9/10 → a source mismatch at VPUBND and above.
 */
async function* bytes(text: string): AsyncIterable<Uint8Array> {
  yield Buffer.from(text);
}

async function seed(t: TestApp): Promise<void> {
  const load = async (source: string, rows: string[]) => {
    const summary = await importExtract(
      { database: t.app.database, filesDir: t.app.config.filesDir, actor: { kind: 'cli' }, now: t.app.now },
      {
        recordSet: 'documents',
        source,
        fileName: `${source}.csv`,
        body: bytes([DOCUMENT_HEADER, ...rows].join('\n')),
        via: 'cli',
      },
    );
    if (summary.status !== 'accepted') throw new Error(JSON.stringify(summary.rejected));
  };
  await load('qlvb', [
    ...documentsCsv('A', 'VPUBND', 10, 8, { reentered: 1, paper: 1 }),
    ...documentsCsv('B', 'VPUBND-TTPVHCC', 5, 4),
    ...documentsCsv('C', 'SKHCN', 4, 3),
  ]);
  await load('lienthong', [...documentsCsv('L', 'VPUBND', 10, 9)]);
}

describeEachEngine('results, flags and spot checks API', (engine) => {
  let t: TestApp;
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  beforeAll(async () => {
    t = await createTestApp({ engine, config: { filesDir: tempFilesDir() } });
    await seed(t);
    for (const username of ['reporter', 'aggregator', 'inspector', 'leader', 'admin'])
      sessions.set(username, await t.login(username));
  });
  afterAll(() => t.close());

  const as = (username: string) => {
    const s = sessions.get(username);
    if (!s) throw new Error(username);
    return s;
  };
  const get = (username: string, url: string) =>
    t.server.inject({ method: 'GET', url, headers: { cookie: as(username).cookie } });
  const post = (username: string, url: string, payload: unknown) =>
    t.server.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { cookie: as(username).cookie, 'x-csrf-token': as(username).csrf },
    });
  const line = (r: { unit: string; scope: string; a: number; b: number; status: string }) => [
    r.unit,
    r.scope,
    r.a,
    r.b,
    r.status,
  ];

  it("gives the contract's results document, narrowed to the caller's units", async () => {
    const all = await get('inspector', '/api/v1/results?period=2026-03&indicator=T26-01');
    expect(all.statusCode).toBe(200);
    expect(body(all).period).toBe('2026-03');
    expect(
      body(all)
        .results.filter((r: { scope: string }) => r.scope === 'month')
        .map(line),
    ).toEqual([
      ['SONLA', 'month', 13, 19, 'chua_danh_gia'],
      // T26-01 is high-risk: one source only is single_source, not judged
      ['SKHCN', 'month', 3, 4, 'chua_danh_gia'],
      ['VPUBND', 'month', 10, 15, 'chua_danh_gia'],
      ['VPUBND-TTPVHCC', 'month', 4, 5, 'chua_danh_gia'],
    ]);
    const vp = body(all).results.find(
      (r: { unit: string; scope: string }) => r.unit === 'VPUBND' && r.scope === 'month',
    );
    expect(vp.excluded).toEqual({ reentered: 1, paper_parallel: 1 });
    expect(vp.flags.map((f: { code: string }) => f.code)).toEqual(['source_mismatch']);
    expect(vp.sources).toEqual([
      { source: 'qlvb', a: 10, b: 15 },
      { source: 'lienthong', a: 9, b: 10 },
    ]);

    const own = body(await get('reporter', '/api/v1/results?period=2026-03'));
    expect([...new Set(own.results.map((r: { unit: string }) => r.unit))]).toEqual([
      'VPUBND',
      'VPUBND-TTPVHCC',
    ]);
    expect((await get('reporter', '/api/v1/results?period=2026-03&unit=SKHCN')).statusCode).toBe(403);
    const one = body(await get('leader', '/api/v1/results?period=2026-03&unit=SKHCN'));
    expect(one.results.map(line)).toEqual([
      ['SKHCN', 'month', 3, 4, 'chua_danh_gia'],
      ['SKHCN', 'ytd', 3, 4, 'chua_danh_gia'],
    ]);
    expect((await get('leader', '/api/v1/results?period=2026-13')).statusCode).toBe(400);
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/results?period=2026-03' })).statusCode).toBe(
      401,
    );
  });

  it('lists the records behind a number: they sum to a and b exactly, paged and filtered', async () => {
    const url = '/api/v1/results/records?period=2026-03&unit=VPUBND&indicator=T26-01&scope=month';
    const all = body(await get('inspector', `${url}&pageSize=500`));
    expect([all.source, all.recordSet, all.total, all.items.length]).toEqual(['qlvb', 'documents', 15, 15]);
    expect([all.totals.a, all.totals.b]).toEqual([all.result.a, all.result.b]);
    expect(all.totals).toEqual({
      counts: { in_a: 10, in_b: 3, excluded: 2 },
      rules: { reentered: 1, paper_parallel: 1 },
      a: 10,
      b: 15,
    });
    const excluded = body(await get('inspector', `${url}&filter=excluded&rule=reentered`));
    expect(excluded.items.map((r: { id: string; rules: string[] }) => [r.id, r.rules])).toEqual([
      ['A0', ['reentered']],
    ]);
    expect(excluded.items[0].reason.vi).toBe(
      'Loại khỏi tử số (a), vẫn tính vào mẫu số (b): nhập vào hệ thống muộn hơn 24 giờ sau khi tiếp nhận/tạo (xử lý ngoài hệ thống rồi nhập lại).',
    );
    const page2 = body(await get('inspector', `${url}&filter=in_a&pageSize=4&page=3`));
    expect([page2.total, page2.items.length]).toEqual([10, 2]);
    const other = body(await get('aggregator', `${url}&source=lienthong&filter=in_a`));
    expect([other.source, other.total]).toEqual(['lienthong', 9]);
    // records.read: the province's readers, leaders included, may follow a number to its records (issue 5)
    expect((await get('leader', url)).statusCode).toBe(200);
  });

  it('lists every flag of the period; an aggregator tracking the indicator settles a mismatch (audited)', async () => {
    const flags = body(await get('inspector', '/api/v1/flags?period=2026-03&code=source_mismatch'));
    expect(
      flags.items.map((f: { indicator: string; unit: string; scope: string }) => [
        f.indicator,
        f.unit,
        f.scope,
      ]),
    ).toEqual([
      ['T26-01', 'SONLA', 'month'],
      ['T26-01', 'SONLA', 'ytd'],
      ['T26-01', 'VPUBND', 'month'],
      ['T26-01', 'VPUBND', 'ytd'],
    ]);
    expect(flags.items[0].flag.message).toMatch(/qlvb/);
    const single = body(await get('inspector', '/api/v1/flags?period=2026-03&code=single_source&unit=SKHCN'));
    expect(single.items.map((f: { unit: string; scope: string }) => [f.unit, f.scope])).toEqual([
      ['SKHCN', 'month'],
      ['SKHCN', 'ytd'],
    ]);

    const decision = {
      indicator: 'T26-01',
      unit: 'VPUBND',
      period: '2026-03',
      scope: 'month',
      reason: 'Đã đối chiếu sổ văn bản: số liệu QLVB là đúng.',
    };
    expect((await post('reporter', '/api/v1/flags/decisions', decision)).statusCode).toBe(403);
    expect(
      (await post('aggregator', '/api/v1/flags/decisions', { ...decision, indicator: 'HS-KQDT' })).statusCode,
    ).toBe(403);
    expect(
      (await post('aggregator', '/api/v1/flags/decisions', { ...decision, reason: 'ngắn' })).statusCode,
    ).toBe(400);
    const settled = await post('aggregator', '/api/v1/flags/decisions', decision);
    expect(settled.statusCode).toBe(201);
    expect(body(settled).decision).toMatchObject({
      source: null,
      decidedBy: 'aggregator',
      reason: decision.reason,
    });
    expect(line(body(settled).result)).toEqual(['VPUBND', 'month', 10, 15, 'chua_dat']);
    expect(body(settled).result.decision).toMatchObject({ source: 'qlvb', decidedBy: 'aggregator' });
    expect(body(settled).result.flags.map((f: { code: string }) => f.code)).toEqual(['source_mismatch']);
    const after = body(await get('leader', '/api/v1/results?period=2026-03&unit=VPUBND&indicator=T26-01'));
    expect(after.results.map(line)).toEqual([
      ['VPUBND', 'month', 10, 15, 'chua_dat'],
      ['VPUBND', 'ytd', 10, 15, 'chua_danh_gia'],
    ]);
    const audited = await t.app.database.raw.query<{ actor: string }>(
      `SELECT actor FROM audit_log WHERE action = 'reconciliation.decide'`,
    );
    expect(audited).toEqual([{ actor: 'aggregator' }]);
  });

  it('runs a spot check: open, see every number with its records, append findings, close', async () => {
    expect(
      (await post('reporter', '/api/v1/spotchecks', { unit: 'VPUBND', period: '2026-03', note: 'x' }))
        .statusCode,
    ).toBe(403);
    const opened = await post('inspector', '/api/v1/spotchecks', {
      unit: 'VPUBND',
      period: '2026-03',
      note: 'Kiểm tra văn bản điện tử',
    });
    expect(opened.statusCode).toBe(201);
    const id = body(opened).id;
    expect(body(opened)).toMatchObject({
      unit: 'VPUBND',
      period: '2026-03',
      status: 'open',
      openedBy: 'inspector',
      findings: 0,
    });

    const detail = body(await get('inspector', `/api/v1/spotchecks/${id}`));
    expect(
      detail.indicators.map((r: { indicator: string; scope: string; a: number; b: number }) => [
        r.indicator,
        r.scope,
        r.a,
        r.b,
      ]),
    ).toEqual([
      ['T26-01', 'month', 10, 15],
      ['T26-01', 'ytd', 10, 15],
    ]);
    expect(detail.indicators[0].name).toBe('văn bản, hồ sơ công việc xử lý toàn trình điện tử');
    const records = body(await get('inspector', detail.indicators[0].recordsUrl));
    expect([records.total, records.totals.a, records.totals.b]).toEqual([15, 10, 15]);

    const finding = await post('inspector', `/api/v1/spotchecks/${id}/findings`, {
      indicator: 'T26-01',
      text: 'Văn bản A0 nhập muộn 25 giờ, đã loại khỏi tử số.',
      severity: 'medium',
    });
    expect([finding.statusCode, body(finding).recordedBy, body(finding).severity]).toEqual([
      201,
      'inspector',
      'medium',
    ]);
    expect(
      (await post('aggregator', `/api/v1/spotchecks/${id}/findings`, { text: 'x', severity: 'low' }))
        .statusCode,
    ).toBe(403);
    const closed = await post('inspector', `/api/v1/spotchecks/${id}/close`, {});
    expect([closed.statusCode, body(closed).status, body(closed).findings]).toEqual([200, 'closed', 1]);
    const late = await post('inspector', `/api/v1/spotchecks/${id}/findings`, {
      text: 'thêm',
      severity: 'low',
    });
    expect([late.statusCode, body(late).error.code]).toEqual([409, 'spotcheck_closed']);
    expect((await post('inspector', `/api/v1/spotchecks/${id}/close`, {})).statusCode).toBe(409);

    const list = body(await get('inspector', '/api/v1/spotchecks'));
    expect(
      list.items.map((c: { id: number; status: string; findings: number }) => [c.id, c.status, c.findings]),
    ).toEqual([[id, 'closed', 1]]);
    expect((await get('leader', '/api/v1/spotchecks')).statusCode).toBe(403);
    expect((await get('inspector', '/api/v1/spotchecks/99999')).statusCode).toBe(404);
    const audited = await t.app.database.raw.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'spot_check' ORDER BY id`,
    );
    expect(audited.map((a) => a.action)).toEqual(['spotcheck.open', 'spotcheck.finding', 'spotcheck.close']);
  });
});
