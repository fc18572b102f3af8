import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { DOCUMENT_HEADER, documents, importCsv, submittedReport } from '../../../test/support/dashboard.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';

/**
 * The dashboard, scorecard, indicator page and task board over a small province: T26-01 from two
 * document sources (February and March 2026), VPUBND's own target ≥ 80%, one task due 15/01/2026.
 */
describeEachEngine('dashboard API', (engine) => {
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
        [
          DOCUMENT_HEADER,
          ...documents(`${source}-vp-02-`, 'VPUBND', '2026-02', 10, 7),
          ...documents(`${source}-vp-03-`, 'VPUBND', '2026-03', 10, 9),
          ...documents(`${source}-xa-03-`, 'XA-CHIENGSON', '2026-03', 10, 5),
        ].join('\n'),
      );
    }
    // one source only: the high-risk indicator is not judged there (single_source)
    await importCsv(
      t.app,
      'documents',
      'qlvb',
      [DOCUMENT_HEADER, ...documents('sk-', 'SKHCN', '2026-03', 4, 4)].join('\n'),
    );
    // VPUBND reported March on time, with the task done late and the manual count
    await submittedReport(t.app, {
      unit: 'VPUBND',
      period: '2026-03',
      submittedAt: '2026-04-10T09:00:00+07:00',
      content: {
        indicators: [
          {
            code: 'KH000-SP',
            a: null,
            b: null,
            value: 3,
            text: null,
            provenance: { kind: 'manual', reason: 'Báo cáo' },
            notes: '',
            causes: { subjective: '', objective: '', remedies: '', nextSteps: '' },
          },
        ],
        tasks: [
          {
            code: 'KH000-II-1',
            status: 'done',
            progress: 'Đã ban hành',
            evidence: [{ number: 'Kế hoạch số 03/KH-VPUB', date: '2026-01-20', title: '' }],
            attachments: [],
            completedOn: '2026-01-20',
          },
        ],
      },
    });
    leader = await t.login('leader');
  });
  afterAll(() => t.close());

  const get = (url: string, who = leader) =>
    t.server.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

  it('opens on the latest month with data, for the province', async () => {
    const res = await get('/api/v1/dashboard');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toBe('2026-03');
    expect(body.unit).toEqual({ code: 'SONLA', name: 'Tỉnh Sơn La', kind: 'province' });
    expect(body.counts).toEqual({ dat: 0, chua_dat: 0, chua_danh_gia: 1, total: 1 });
    const [t01] = body.indicators;
    expect(t01.indicator).toBe('T26-01');
    expect(t01.target).toEqual({ op: '>=', value: 0.7, text: '≥ 70%' });
    // the two sources disagree at the province (SKHCN is only in qlvb): not judged
    expect([t01.current.scope, t01.current.a, t01.current.b, t01.current.valueText, t01.status]).toEqual([
      'ytd',
      25,
      34,
      '73,53%',
      'chua_danh_gia',
    ]);
    expect(t01.month.situationText).toBe('75,00% (18/24 văn bản)');
    expect(t01.trend.map((p: { period: string; valueText: string }) => [p.period, p.valueText])).toEqual([
      ['2026-01', '—'],
      ['2026-02', '70,00%'],
      ['2026-03', '75,00%'],
    ]);
    expect(t01.trajectory.willMeet).toBe(true);
    expect(t01.trajectory.trend).toBe('rising');
    expect(t01.trajectory.explanationVi).toBe(
      'Lũy kế đến hết tháng 3/2026: 73,53%, tăng 3,53 điểm % so với tháng trước; nếu giữ nhịp hiện tại, dự kiến đạt chỉ tiêu ≥ 70%.',
    );
    // worst first: not achieved, then not judged, then achieved
    expect(
      t01.breakdown.map((u: { unit: string; status: string; valueText: string }) => [
        u.unit,
        u.status,
        u.valueText,
      ]),
    ).toEqual([
      ['XA-CHIENGSON', 'chua_dat', '50,00%'],
      ['SKHCN', 'chua_danh_gia', '100,00%'],
      ['VPUBND', 'dat', '80,00%'],
    ]);
    expect(t01.breakdown[0].records).toEqual({
      period: '2026-03',
      unit: 'XA-CHIENGSON',
      indicator: 'T26-01',
      scope: 'ytd',
    });
    expect(body.timeliness).toMatchObject({
      period: '2026-03',
      expected: 3,
      submitted: 1,
      onTime: 1,
      late: 0,
      missing: 2,
      deadlineLabel: '17:00 ngày 12/04/2026',
    });
    expect(body.timeliness.history).toHaveLength(6);
    expect(body.tasks.byStatus).toEqual({ done: 1, in_progress: 0, not_started: 0, not_reported: 1 });
    expect(body.tasks.byTiming).toEqual({
      on_track: 0,
      overdue: 1,
      done_on_time: 0,
      done_late: 1,
      no_deadline: 0,
    });
    expect(
      body.tasks.overdue.map((o: { code: string; lead: { unit: string; statusLabel: string } }) => [
        o.code,
        o.lead.unit,
        o.lead.statusLabel,
      ]),
    ).toEqual([['KH000-II-1', 'XA-CHIENGSON', 'Chưa báo cáo']]);
    expect(body.flags.byCode).toEqual({ single_source: 1, source_mismatch: 1 });
    expect(body.flags.items.map((f: { unit: string; code: string }) => [f.unit, f.code])).toEqual([
      ['SKHCN', 'single_source'],
      ['SONLA', 'source_mismatch'],
    ]);
  });

  it('sorts the breakdown by name on request, and scopes a reporter to its own unit', async () => {
    const byName = (await get('/api/v1/dashboard?period=2026-03&sort=name')).json();
    expect(byName.indicators[0].breakdown.map((u: { unit: string }) => u.unit)).toEqual([
      'SKHCN',
      'VPUBND',
      'XA-CHIENGSON',
    ]);
    const reporter = await t.login('reporter');
    const own = await get('/api/v1/dashboard?period=2026-03', reporter);
    expect(own.statusCode).toBe(200);
    expect(own.json().unit.code).toBe('VPUBND');
    expect((await get('/api/v1/dashboard?period=2026-03&unit=SONLA', reporter)).statusCode).toBe(403);
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/dashboard' })).statusCode).toBe(401);
  });

  it('gives a unit scorecard against its own target, with the manual value it reported', async () => {
    const res = await get('/api/v1/units/VPUBND/scorecard?period=2026-03');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.counts).toEqual({ dat: 2, chua_dat: 0, chua_danh_gia: 0, total: 2 });
    const [t01, sp] = body.indicators;
    expect([t01.code, t01.target.text, t01.ownTarget, t01.situationText, t01.status, t01.source]).toEqual([
      'T26-01',
      '≥ 80%',
      true,
      '80,00% (16/20 văn bản)',
      'dat',
      'extract',
    ]);
    expect(t01.trend.map((p: { valueText: string }) => p.valueText)).toEqual(['—', '70,00%', '90,00%']);
    expect([sp.code, sp.manual, sp.valueText, sp.status, sp.source]).toEqual([
      'KH000-SP',
      true,
      '3 sản phẩm',
      'dat',
      'report',
    ]);
    expect(body.tasks.items[0].leads[0]).toMatchObject({
      unit: 'VPUBND',
      status: 'done',
      timing: 'done_late',
      completedOn: '2026-01-20',
      evidence: ['Kế hoạch số 03/KH-VPUB'],
    });
    expect(body.timeliness).toHaveLength(12);
    expect(body.timeliness.at(-1)).toMatchObject({ period: '2026-03', status: 'on_time' });
    expect(body.timeliness.at(-2)).toMatchObject({ period: '2026-02', status: 'missing' });
    expect(body.flags.total).toBe(0);
  });

  it('shows an indicator page with every unit, the history and the query for the records behind each number', async () => {
    const res = await get('/api/v1/indicators/T26-01/overview?period=2026-03');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.definition).toMatchObject({
      code: 'T26-01',
      computation: 'T26-01',
      plan: { code: 'KH000' },
      trackingUnit: { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' },
    });
    expect(body.units.map((u: { unit: string }) => u.unit)).toEqual(['XA-CHIENGSON', 'SKHCN', 'VPUBND']);
    expect(
      body.history.map(
        (h: { monthly: { situationText: string } | null; cumulative: { situationText: string } | null }) => [
          h.monthly?.situationText ?? null,
          h.cumulative?.situationText ?? null,
        ],
      ),
    ).toEqual([
      [null, null],
      ['70,00% (7/10 văn bản)', '70,00% (7/10 văn bản)'],
      ['75,00% (18/24 văn bản)', '73,53% (25/34 văn bản)'],
    ]);
    expect(body.history[2].monthly.records).toEqual({
      period: '2026-03',
      unit: 'SONLA',
      indicator: 'T26-01',
      scope: 'month',
    });
    expect((await get('/api/v1/indicators/NOPE/overview')).statusCode).toBe(404);
    const manual = (await get('/api/v1/indicators/KH000-SP/overview?period=2026-03')).json();
    expect(manual.definition).toMatchObject({ code: 'KH000-SP', manual: true, computation: null });
    expect(
      manual.units.map((u: { unit: string; valueText: string; status: string }) => [
        u.unit,
        u.valueText,
        u.status,
      ]),
    ).toEqual([['VPUBND', '3 sản phẩm', 'dat']]);
  });

  it('filters the task board by status and timing', async () => {
    const notReported = (await get('/api/v1/taskboard?status=not_reported&period=2026-03')).json();
    expect(
      notReported.items.map((i: { code: string; leads: { unit: string }[] }) => [
        i.code,
        i.leads.map((l) => l.unit),
      ]),
    ).toEqual([['KH000-II-1', ['XA-CHIENGSON']]]);
    const late = (await get('/api/v1/taskboard?timing=done_late&period=2026-03')).json();
    expect(
      late.items[0].leads.map((l: { unit: string; timingLabel: string }) => [l.unit, l.timingLabel]),
    ).toEqual([['VPUBND', 'Hoàn thành muộn']]);
    const all = (await get('/api/v1/taskboard?period=2026-03&plan=KH000')).json();
    expect(all.counts).toMatchObject({ tasks: 1, leadEntries: 2, byPlan: [{ plan: 'KH000', tasks: 1 }] });
    expect(all.items[0]).toMatchObject({
      deadlineText: 'Trước 15/01/2026',
      dueOn: '2026-01-15',
      status: 'in_progress',
      timing: 'overdue',
    });
    expect(all.overdueByUnit).toEqual([{ unit: 'XA-CHIENGSON', unitName: 'Xã Chiềng Sơn', overdue: 1 }]);
  });

  it('ranks departments and communes separately by the published score, each part explained', async () => {
    const res = await get('/api/v1/ranking?period=2026-03');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.formula.weights).toEqual({ indicators: 50, timeliness: 20, tasks: 20, dataQuality: 10 });
    expect(body.formula.timelinessWindow).toEqual(['2026-01', '2026-02', '2026-03']);
    const [departments, communes] = body.groups;
    expect(
      departments.items.map((i: { rank: number; unit: string; score: { total: number } }) => [
        i.rank,
        i.unit,
        i.score.total,
      ]),
    ).toEqual([
      [1, 'VPUBND', 86.67],
      [2, 'SKHCN', 30],
    ]);
    expect(
      departments.items[0].score.parts.map((p: { key: string; points: number | null; basis: string }) => [
        p.key,
        p.points,
        p.basis,
      ]),
    ).toEqual([
      ['indicators', 50, '2/2 chỉ tiêu Đạt trên số chỉ tiêu đã đánh giá.'],
      ['timeliness', 6.67, '1/3 kỳ gửi đúng hạn trên số kỳ phải báo cáo.'],
      ['tasks', 20, '1/1 nhiệm vụ hoàn thành hoặc chưa quá hạn trên số nhiệm vụ chủ trì.'],
      ['dataQuality', 10, '0 cảnh báo kiểm soát số liệu chưa xử lý.'],
    ]);
    expect(departments.items[1].score.parts[3].points).toBe(9);
    expect(
      communes.items.map((i: { unit: string; score: { total: number } }) => [i.unit, i.score.total]),
    ).toEqual([['XA-CHIENGSON', 10]]);
  });
});
