import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
type Json = Record<string, any>;
const body = (response: LightMyRequestResponse) => response.json() as Json;

/**
 * A whole month's cycle for Tháng 10/2026 (due 17:00 on 12/11/2026, Vietnam time), driven by a
 * fake clock: fill, approve, submit on time and late, return, resubmit, accept, lock, amend.
 */
describeEachEngine('reporting cycle API', (engine) => {
  let t: TestApp;
  let clock = new Date('2026-11-05T02:00:00Z');
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  let vp = 0; // VPUBND's report id
  let xa = 0; // the commune's

  beforeAll(async () => {
    t = await createTestApp({
      engine,
      now: () => clock,
      config: { sessionIdleMinutes: 1_000_000, sessionMaxHours: 1_000_000 },
    });
    await seedReportingCatalogue(t.app.database);
    for (const u of [
      'reporter',
      'unit_head',
      'commune_reporter',
      'commune_head',
      'aggregator',
      'aggregator2',
      'inspector',
      'leader',
      'admin',
    ])
      sessions.set(u, await t.login(u));
  });
  afterAll(() => t.close());

  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const s = sessions.get(user);
    if (!s) throw new Error(`no session for ${user}`);
    return t.server.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  };
  const expectError = (response: LightMyRequestResponse, status: number, code: string) =>
    expect([response.statusCode, body(response).error?.code]).toEqual([status, code]);

  it('lists the periods with their deadline in Vietnam time', async () => {
    const response = await call('reporter', 'GET', '/periods?back=1&ahead=0');
    expect(response.statusCode).toBe(200);
    expect(body(response).items.map((p: Json) => [p.code, p.deadline, p.deadlineLabel, p.state])).toEqual([
      ['2026-11', '2026-12-12T10:00:00.000Z', '17:00 ngày 12/12/2026', 'open'],
      ['2026-10', '2026-11-12T10:00:00.000Z', '17:00 ngày 12/11/2026', 'open'],
    ]);
  });

  it('a GET creates nothing and shows the unit what it has to fill; POST opens the draft once', async () => {
    const list = body(await call('reporter', 'GET', '/reports'));
    expect(list.items).toEqual([]);
    expect(list.toOpen).toEqual([
      {
        unitCode: 'VPUBND',
        period: '2026-10',
        campaignId: null,
        deadline: '2026-11-12T10:00:00.000Z',
        deadlineLabel: '17:00 ngày 12/11/2026',
      },
    ]);
    const opened = await call('reporter', 'POST', '/reports', { unit: 'VPUBND', period: '2026-10' });
    expect(opened.statusCode).toBe(201);
    const report = body(opened);
    vp = report.id;
    expect([
      report.status,
      report.version,
      report.revision,
      report.submittedAt,
      report.late,
      report.deadline,
    ]).toEqual(['draft', 1, 1, null, false, '2026-11-12T10:00:00.000Z']);
    expect(report.unit).toEqual({ code: 'VPUBND', name: 'Văn phòng UBND tỉnh' });
    expect(report.period).toEqual({ code: '2026-10', label: 'Tháng 10/2026' });
    // the unit's own target (seed 001: the Office sets its own) comes before the province's
    expect(report.form.indicators.map((i: Json) => [i.code, i.target?.text])).toEqual([
      ['T26-01', '≥ 80%'],
      ['KH000-SP', '02 sản phẩm'],
    ]);
    expect(report.form.leadTasks.map((x: Json) => x.code)).toEqual(['KH000-II-1']);
    expect(report.content.indicators.map((i: Json) => i.code)).toEqual(['T26-01', 'KH000-SP']);
    const again = await call('unit_head', 'POST', '/reports', { unit: 'VPUBND', period: '2026-10' });
    expect([again.statusCode, body(again).id]).toEqual([200, vp]);
    expectError(
      await call('commune_reporter', 'POST', '/reports', { unit: 'VPUBND', period: '2026-10' }),
      403,
      'forbidden',
    );
    expectError(
      await call('aggregator', 'POST', '/reports', { unit: 'VPUBND', period: '2026-10' }),
      403,
      'forbidden',
    );
    expect(body(await call('reporter', 'GET', '/reports?period=2026-10')).toOpen).toEqual([]);
  });

  const content = (a: number, causes = false) => ({
    indicators: [
      {
        code: 'T26-01',
        a,
        b: 100,
        provenance: { kind: 'manual', reason: 'Hệ thống QLVB chưa kết xuất được dữ liệu' },
        causes: causes
          ? {
              subjective: 'Một số phòng còn gửi văn bản giấy',
              objective: 'Hệ thống QLVB lỗi',
              remedies: 'Chấn chỉnh',
              nextSteps: 'Kiểm tra hằng tuần',
            }
          : undefined,
      },
      { code: 'KH000-SP', value: 2, provenance: { kind: 'manual', reason: 'Báo cáo của đơn vị' } },
    ],
    tasks: [
      {
        code: 'KH000-II-1',
        status: 'done',
        progress: 'Đã ban hành kế hoạch',
        evidence: [{ number: 'Kế hoạch số 03/KH-VPUB', date: '2026-01-07' }],
        completedOn: '2026-01-07',
      },
    ],
    difficulties: 'Hệ thống TTHC tập trung của các Bộ, ngành còn nhiều lỗi.',
    recommendations: 'Đề nghị Bộ Công an sớm hoàn thiện Hệ thống điều phối.',
  });

  it('refuses values that cannot be right, with a Vietnamese message naming the indicator', async () => {
    const response = await call('reporter', 'PUT', `/reports/${vp}`, {
      revision: 1,
      content: { indicators: [{ code: 'T26-01', a: 120, b: 100 }] },
    });
    expectError(response, 422, 'invalid_content');
    expect(body(response).error.details.issues[0].message).toBe(
      'Chỉ tiêu T26-01 "Tỷ lệ văn bản, hồ sơ công việc được xử lý toàn trình trên môi trường điện tử": tử số a (120) không được lớn hơn mẫu số b (100).',
    );
  });

  it('saves with the revision it edits; a stale revision gets 409 naming who saved and when', async () => {
    clock = new Date('2026-11-06T03:15:00Z');
    const saved = await call('reporter', 'PUT', `/reports/${vp}`, { revision: 1, content: content(60) });
    expect(saved.statusCode).toBe(200);
    expect([body(saved).revision, body(saved).status]).toEqual([2, 'draft']);
    expect(body(saved).evaluations.map((e: Json) => [e.code, e.label])).toEqual([
      ['T26-01', 'Chưa đạt'],
      ['KH000-SP', 'Đạt'],
    ]);
    const stale = await call('unit_head', 'PUT', `/reports/${vp}`, { revision: 1, content: content(70) });
    expectError(stale, 409, 'conflict');
    expect(body(stale).error.message).toMatch(
      /^Báo cáo đã được reporter lưu lúc 06\/11\/2026 10:15 sau khi bạn mở/,
    );
  });

  it('approval needs causes and remedies for what is not achieved; only the unit head approves', async () => {
    expectError(await call('reporter', 'POST', `/reports/${vp}/approve`), 403, 'forbidden');
    const incomplete = await call('unit_head', 'POST', `/reports/${vp}/approve`);
    expectError(incomplete, 422, 'report_incomplete');
    expect(body(incomplete).error.details.issues.map((i: Json) => i.path)).toEqual([
      'indicators.T26-01.causes.subjective',
      'indicators.T26-01.causes.objective',
      'indicators.T26-01.causes.remedies',
      'indicators.T26-01.causes.nextSteps',
    ]);
    expect(
      body(await call('reporter', 'PUT', `/reports/${vp}`, { revision: 2, content: content(60, true) }))
        .revision,
    ).toBe(3);
    const approved = await call('unit_head', 'POST', `/reports/${vp}/approve`, { revision: 3 });
    expect(body(approved).status).toBe('approved');
    expectError(
      await call('reporter', 'PUT', `/reports/${vp}`, { revision: 4, content: content(61, true) }),
      409,
      'invalid_state',
    );
    expectError(await call('reporter', 'POST', `/reports/${vp}/submit`), 403, 'forbidden');
  });

  it('stamps submission with the server clock: 16:59:59 on the 12th is on time', async () => {
    clock = new Date('2026-11-12T09:59:59Z');
    const submitted = body(await call('unit_head', 'POST', `/reports/${vp}/submit`));
    expect([submitted.status, submitted.submittedAt, submitted.late]).toEqual([
      'submitted',
      '2026-11-12T09:59:59.000Z',
      false,
    ]);
    expectError(
      await call('reporter', 'PUT', `/reports/${vp}`, {
        revision: submitted.revision,
        content: content(61, true),
      }),
      409,
      'invalid_state',
    );
  });

  it('17:00:01 is late', async () => {
    const opened = body(
      await call('commune_reporter', 'POST', '/reports', { unit: 'XA-CHIENGSON', period: '2026-10' }),
    );
    xa = opened.id;
    const c = content(90);
    const filled = { ...c, indicators: [c.indicators[0]] };
    const saved = body(
      await call('commune_reporter', 'PUT', `/reports/${xa}`, { revision: opened.revision, content: filled }),
    );
    expect(
      body(await call('commune_head', 'POST', `/reports/${xa}/approve`, { revision: saved.revision })).status,
    ).toBe('approved');
    clock = new Date('2026-11-12T10:00:01Z');
    const submitted = body(await call('commune_head', 'POST', `/reports/${xa}/submit`));
    expect([submitted.status, submitted.submittedAt, submitted.late]).toEqual([
      'submitted',
      '2026-11-12T10:00:01.000Z',
      true,
    ]);
  });

  it('only the tracking aggregator reviews; a return needs a comment', async () => {
    expectError(await call('aggregator2', 'POST', `/reports/${vp}/accept`), 403, 'forbidden');
    expectError(await call('inspector', 'POST', `/reports/${vp}/return`, { comment: 'x' }), 403, 'forbidden');
    expectError(await call('leader', 'POST', `/reports/${vp}/accept`), 403, 'forbidden');
    expectError(await call('unit_head', 'POST', `/reports/${vp}/accept`), 403, 'forbidden');
    expectError(
      await call('aggregator', 'POST', `/reports/${vp}/return`, { comment: '   ' }),
      400,
      'comment_required',
    );
    clock = new Date('2026-11-13T02:00:00Z');
    const returned = body(
      await call('aggregator', 'POST', `/reports/${vp}/return`, {
        comment: 'Đề nghị bổ sung số liệu tháng 10 của Trung tâm PVHCC.',
      }),
    );
    expect([returned.status, returned.statusLabel, returned.returnComment]).toEqual([
      'returned',
      'Bị trả lại',
      'Đề nghị bổ sung số liệu tháng 10 của Trung tâm PVHCC.',
    ]);
    expect(returned.can).toEqual({
      save: false,
      approve: false,
      submit: false,
      accept: false,
      return: false,
      amend: false,
    });
  });

  it('a returned report is a draft again: edit, approve, resubmit, accept; accepted is locked', async () => {
    const current = body(await call('reporter', 'GET', `/reports/${vp}`));
    expect(current.can.save).toBe(true);
    const saved = body(
      await call('reporter', 'PUT', `/reports/${vp}`, {
        revision: current.revision,
        content: content(65, true),
      }),
    );
    expect(saved.status).toBe('draft');
    await call('unit_head', 'POST', `/reports/${vp}/approve`);
    clock = new Date('2026-11-13T03:00:00Z');
    const resubmitted = body(await call('unit_head', 'POST', `/reports/${vp}/submit`));
    expect([
      resubmitted.status,
      resubmitted.submittedAt,
      resubmitted.late,
      resubmitted.firstSubmittedAt,
    ]).toEqual(['submitted', '2026-11-13T03:00:00.000Z', true, '2026-11-12T09:59:59.000Z']);
    const accepted = body(await call('aggregator', 'POST', `/reports/${vp}/accept`));
    expect(accepted.status).toBe('accepted');
    expectError(
      await call('reporter', 'PUT', `/reports/${vp}`, {
        revision: accepted.revision,
        content: content(70, true),
      }),
      409,
      'invalid_state',
    );
    expectError(
      await call('aggregator', 'POST', `/reports/${vp}/return`, { comment: 'Trả lại' }),
      409,
      'invalid_state',
    );
    expect(accepted.history.map((h: Json) => `${h.action}:${h.toStatus}:${h.actor}`)).toEqual([
      'open:draft:reporter',
      'save:draft:reporter',
      'save:draft:reporter',
      'approve:approved:unit_head',
      'submit:submitted:unit_head',
      'return:returned:aggregator',
      'save:draft:reporter',
      'approve:approved:unit_head',
      'submit:submitted:unit_head',
      'accept:accepted:aggregator',
    ]);
  });

  it('an amendment opens version 2; version 1 stays as accepted, with its content and history', async () => {
    expectError(await call('commune_reporter', 'POST', `/reports/${vp}/amend`), 403, 'forbidden');
    const amended = body(await call('reporter', 'POST', `/reports/${vp}/amend`));
    expect([amended.version, amended.status, amended.revision, amended.submittedAt, amended.late]).toEqual([
      2,
      'draft',
      1,
      null,
      false,
    ]);
    await call('reporter', 'PUT', `/reports/${vp}`, { revision: 1, content: content(75, true) });
    const versions = body(await call('inspector', 'GET', `/reports/${vp}/versions`));
    expect(
      versions.versions.map((v: Json) => [v.version, v.status, v.current, v.content.indicators[0].a]),
    ).toEqual([
      [1, 'accepted', false, 65],
      [2, 'draft', true, 75],
    ]);
    expect(versions.versions[0].history.at(-1)).toMatchObject({
      action: 'accept',
      actor: 'aggregator',
      at: '2026-11-13T03:00:00.000Z',
    });
    expect(versions.versions[0].history.find((h: Json) => h.action === 'return').comment).toBe(
      'Đề nghị bổ sung số liệu tháng 10 của Trung tâm PVHCC.',
    );
    const diff = body(await call('leader', 'GET', `/reports/${vp}/diff?from=1&to=2`));
    expect(diff.changes).toEqual([{ path: 'indicators.T26-01.a', before: 65, after: 75 }]);
  });

  it('inspectors and leaders read; another unit does not', async () => {
    expect((await call('leader', 'GET', `/reports/${vp}`)).statusCode).toBe(200);
    expect((await call('inspector', 'GET', `/reports/${xa}`)).statusCode).toBe(200);
    expectError(await call('commune_reporter', 'GET', `/reports/${vp}`), 403, 'forbidden');
    expect(
      body(await call('commune_reporter', 'GET', '/reports?period=2026-10')).items.map(
        (r: Json) => r.unit.code,
      ),
    ).toEqual(['XA-CHIENGSON']);
    expect(
      body(await call('aggregator', 'GET', '/reports?period=2026-10')).items.map((r: Json) => [
        r.unit.code,
        r.status,
        r.late,
      ]),
    ).toEqual([
      ['VPUBND', 'draft', false],
      ['XA-CHIENGSON', 'submitted', true],
    ]);
  });

  it('timeliness: per unit and for the province, over the last periods', async () => {
    const view = body(await call('leader', 'GET', '/timeliness?period=2026-10&history=3'));
    expect(view.deadlineLabel).toBe('17:00 ngày 12/11/2026');
    expect(view.units.map((u: Json) => [u.unitCode, u.status, u.submittedAt])).toEqual([
      ['SKHCN', 'missing', null],
      ['VPUBND', 'on_time', '2026-11-12T09:59:59.000Z'],
      ['XA-CHIENGSON', 'late', '2026-11-12T10:00:01.000Z'],
    ]);
    expect(view.totals).toEqual({
      expected: 3,
      submitted: 2,
      onTime: 1,
      late: 1,
      missing: 1,
      rate: 2 / 3,
      onTimeRate: 1 / 3,
    });
    expect(view.history.map((h: Json) => [h.period, h.expected, h.submitted, h.missing])).toEqual([
      ['2026-08', 3, 0, 3],
      ['2026-09', 3, 0, 3],
      ['2026-10', 3, 2, 1],
    ]);
    const own = body(await call('commune_reporter', 'GET', '/timeliness?period=2026-10'));
    expect(own.units.map((u: Json) => u.unitCode)).toEqual(['XA-CHIENGSON']);
  });

  it('every transition is in the audit trail', async () => {
    const rows = await t.app.database.raw.query<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit_log WHERE entity = 'report' AND entity_id = $1 ORDER BY id`,
      [String(vp)],
    );
    expect(rows.map((r) => `${r.action}:${r.actor}`)).toEqual([
      'report.open:reporter',
      'report.save:reporter',
      'report.save:reporter',
      'report.approve:unit_head',
      'report.submit:unit_head',
      'report.return:aggregator',
      'report.save:reporter',
      'report.approve:unit_head',
      'report.submit:unit_head',
      'report.accept:aggregator',
      'report.amend:reporter',
      'report.save:reporter',
    ]);
  });

  it('two people saving the same revision at once: one wins, the other gets 409', async () => {
    const current = body(await call('reporter', 'GET', `/reports/${vp}`));
    const [first, second] = await Promise.all([
      call('reporter', 'PUT', `/reports/${vp}`, { revision: current.revision, content: content(76, true) }),
      call('unit_head', 'PUT', `/reports/${vp}`, { revision: current.revision, content: content(77, true) }),
    ]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 409]);
    const after = body(await call('reporter', 'GET', `/reports/${vp}`));
    expect(after.revision).toBe(current.revision + 1);
  });
});
