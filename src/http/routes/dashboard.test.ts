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
    await importCsv(t.app, 'documents', 'qlvb', [DOCUMENT_HEADER, ...documents('sk-', 'SKHCN', '2026-03', 4, 4)].join('\n'));
    // VPUBND reported March on time, with the task done late and the manual count
    await submittedReport(t.app, {
      unit: 'VPUBND',
      period: '2026-03',
      submittedAt: '2026-04-10T09:00:00+07:00',
      content: {
        indicators: [
          { code: 'KH000-SP', a: null, b: null, value: 3, text: null, provenance: { kind: 'manual', reason: 'Báo cáo' }, notes: '', causes: { subjective: '', objective: '', remedies: '', nextSteps: '' } },
        ],
        tasks: [{ code: 'KH000-II-1', status: 'done', progress: 'Đã ban hành', evidence: [{ number: 'Kế hoạch số 03/KH-VPUB', date: '2026-01-20', title: '' }], attachments: [], completedOn: '2026-01-20' }],
      },
    });
    leader = await t.login('leader');
  });
  afterAll(() => t.close());

  const get = (url: string, who = leader) => t.server.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

  it('opens on the latest month with data, for the province', async () => {
    const res = await get('/api/v1/dashboard');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toBe('2026-03');
    expect(body.unit).toEqual({ code: 'SONLA', name: 'Tỉnh Sơn La', kind: 'province' });
    const t01 = body.indicators.find((i: { indicator: string }) => i.indicator === 'T26-01');
    console.log(JSON.stringify(t01, null, 1).slice(0, 4000));
    console.log(JSON.stringify({ counts: body.counts, timeliness: body.timeliness, tasks: body.tasks, flags: body.flags }, null, 1));
  });
});
