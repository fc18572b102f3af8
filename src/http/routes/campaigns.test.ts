import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
type Json = Record<string, any>;
const body = (response: LightMyRequestResponse) => response.json() as Json;

/** Ad-hoc campaigns from a request letter (seed 002: Công văn số 2842/UBND-NC ngày 16/4/2026). */
describeEachEngine('campaigns API', (engine) => {
  let t: TestApp;
  let clock = new Date('2026-04-17T02:00:00Z');
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  beforeAll(async () => {
    t = await createTestApp({
      engine,
      now: () => clock,
      config: { sessionIdleMinutes: 1_000_000, sessionMaxHours: 1_000_000 },
    });
    await seedReportingCatalogue(t.app.database);
    for (const u of ['reporter', 'unit_head', 'aggregator', 'commune_reporter'])
      sessions.set(u, await t.login(u));
  });
  afterAll(() => t.close());

  const call = (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const s = sessions.get(user);
    if (!s) throw new Error(user);
    return t.server.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(payload ? { payload: payload as object } : {}),
    });
  };

  const letter = {
    letterNumber: '2842/UBND-NC',
    letterDate: '2026-04-16',
    issuer: 'UBND tỉnh Sơn La',
    title: 'Báo cáo tình hình triển khai, khó khăn vướng mắc về KHCN, ĐMST, CĐS và Đề án 06',
    units: ['VPUBND', '@xa-phuong'],
    indicators: ['T26-01'],
    tasks: ['KH000-II-1'],
    deadline: '2026-04-24T17:00:00+07:00',
    period: '2026-Q1',
  };

  let id = 0;
  it('an aggregator creates a campaign; a reporter may not', async () => {
    expect((await call('reporter', 'POST', '/campaigns', letter)).statusCode).toBe(403);
    const created = await call('aggregator', 'POST', '/campaigns', letter);
    expect(created.statusCode).toBe(201);
    const c = body(created);
    id = c.id;
    expect([c.unitCodes, c.deadline, c.deadlineLabel, c.period, c.createdBy]).toEqual([
      ['VPUBND', 'XA-CHIENGSON'],
      '2026-04-24T10:00:00.000Z',
      '17:00 ngày 24/04/2026',
      '2026-Q1',
      'aggregator',
    ]);
    expect(
      body(await call('reporter', 'GET', '/campaigns')).items.map((x: Json) => [x.id, x.letterNumber]),
    ).toEqual([[id, '2842/UBND-NC']]);
  });

  it('refuses unknown units, indicators and loose deadlines', async () => {
    const bad = async (patch: Json) =>
      body(await call('aggregator', 'POST', '/campaigns', { ...letter, ...patch })).error;
    expect((await bad({ units: ['NOWHERE'] })).message).toBe('Không có đơn vị: NOWHERE.');
    expect((await bad({ indicators: ['X-9'] })).message).toBe('Không có chỉ tiêu: X-9.');
    expect((await bad({ deadline: '24/04/2026' })).code).toBe('invalid_datetime');
  });

  it('a unit in scope opens its campaign report with the campaign’s indicators and tasks and deadline', async () => {
    const list = body(await call('reporter', 'GET', `/reports?campaign=${id}`));
    expect(list.toOpen).toEqual([
      {
        unitCode: 'VPUBND',
        period: null,
        campaignId: id,
        deadline: '2026-04-24T10:00:00.000Z',
        deadlineLabel: '17:00 ngày 24/04/2026',
      },
    ]);
    const opened = body(await call('reporter', 'POST', '/reports', { unit: 'VPUBND', campaign: id }));
    expect([opened.campaign, opened.period, opened.deadline]).toEqual([
      { id, title: letter.title, letterNumber: '2842/UBND-NC' },
      null,
      '2026-04-24T10:00:00.000Z',
    ]);
    expect(opened.form.indicators.map((i: Json) => i.code)).toEqual(['T26-01']);
    expect(opened.form.leadTasks.map((x: Json) => x.code)).toEqual(['KH000-II-1']);
    const outside = await call('aggregator', 'POST', '/reports', { unit: 'SKHCN', campaign: id });
    expect(outside.statusCode).toBe(403);
    const narrow = body(await call('aggregator', 'POST', '/campaigns', { ...letter, units: ['VPUBND'] }));
    const notInScope = await call('commune_reporter', 'POST', '/reports', {
      unit: 'XA-CHIENGSON',
      campaign: narrow.id,
    });
    expect([notInScope.statusCode, body(notInScope).error.code]).toEqual([400, 'not_in_campaign']);
  });

  it('timeliness of a campaign', async () => {
    clock = new Date('2026-04-25T01:00:00Z');
    const view = body(await call('aggregator', 'GET', `/timeliness?campaign=${id}`));
    expect(view.label).toBe(`${letter.title} (2842/UBND-NC)`);
    expect(view.units.map((u: Json) => [u.unitCode, u.status])).toEqual([
      ['VPUBND', 'missing'],
      ['XA-CHIENGSON', 'missing'],
    ]);
    expect(view.totals).toEqual({
      expected: 2,
      submitted: 0,
      onTime: 0,
      late: 0,
      missing: 2,
      rate: 0,
      onTimeRate: 0,
    });
  });

  it('the reporting API is in the OpenAPI document', async () => {
    const doc = (await t.server.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Json>;
    };
    const paths = Object.keys(doc.paths).filter((p) =>
      /periods|campaigns|reports|timeliness|notifications/.test(p),
    );
    expect(paths.sort()).toEqual([
      '/api/v1/campaigns',
      '/api/v1/campaigns/{id}',
      '/api/v1/notifications',
      '/api/v1/notifications/read-all',
      '/api/v1/notifications/{id}/read',
      '/api/v1/periods',
      '/api/v1/periods/{code}',
      '/api/v1/reports',
      '/api/v1/reports/{id}',
      '/api/v1/reports/{id}/accept',
      '/api/v1/reports/{id}/amend',
      '/api/v1/reports/{id}/approve',
      '/api/v1/reports/{id}/attachments',
      '/api/v1/reports/{id}/attachments/{attachmentId}',
      '/api/v1/reports/{id}/diff',
      '/api/v1/reports/{id}/return',
      '/api/v1/reports/{id}/submit',
      '/api/v1/reports/{id}/versions',
      '/api/v1/timeliness',
    ]);
    expect(
      Object.keys(
        doc.paths['/api/v1/reports/{id}']?.get?.responses['200'].content['application/json'].schema
          .properties,
      ),
    ).toContain('late');
  });
});
