import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { importCsv } from '../../../test/support/dashboard.js';
import { describeEachEngine } from '../../../test/support/db.js';

/**
 * Seed 004 (Kế hoạch 169/KH-UBND): "2.066 TTHC: 358 toàn trình, 1.524 một phần, 184 chưa cung cấp"
 * reproduced from a procedures extract of those counts; the quality measures per procedure.
 */
const PROCEDURES_HEADER =
  'procedure_code,name,level,managing_unit_code,online_level,eligible_full_online,business_related,production_business_related,local_legal_basis,eform_autofill';
const DOSSIERS_HEADER =
  'dossier_id,unit_code,procedure_code,channel,full_online,received_at,entered_at,due_at,finished_at,status,result_electronic,digitized,fee_required,paid_online,submit_seconds,components_total,components_reused';

function procedures(): string {
  const rows = Array.from({ length: 2066 }, (_, i) => {
    const level = i < 358 ? 'full' : i < 358 + 1524 ? 'partial' : 'none';
    const code = `P${String(i).padStart(4, '0')}`;
    return `${code},Thủ tục ${code},province,${i % 2 === 0 ? 'SKHCN' : 'VPUBND'},${level},${level === 'none' ? 0 : 1},0,0,0,${i % 5 === 0 ? 1 : 0}`;
  });
  return [PROCEDURES_HEADER, ...rows].join('\n');
}

describeEachEngine('online public-service quality API', (engine) => {
  let t: TestApp;
  let leader: { cookie: string };

  beforeAll(async () => {
    t = await createTestApp({ engine, now: () => new Date('2026-04-20T03:00:00Z') });
    await importCsv(t.app, 'procedures', 'dvcqg', procedures(), '2026-03');
    await importCsv(
      t.app,
      'dossiers',
      'tthc-tinh',
      [
        DOSSIERS_HEADER,
        'D1,SKHCN,P0000,online,1,02/03/2026 08:00,,,04/03/2026 08:00,finished,1,1,0,0,200,,',
        'D2,SKHCN,P0000,online,1,03/03/2026 08:00,,,07/03/2026 08:00,finished,1,1,0,0,250,,',
        'D3,SKHCN,P0000,direct,0,02/03/2026 08:00,,,08/03/2026 08:00,finished,1,1,0,0,,,',
        'D4,VPUBND,P0001,online,0,05/03/2026 08:00,,,,received,0,0,0,0,400,,',
      ].join('\n'),
    );
    await importCsv(
      t.app,
      'ratings',
      'dvcqg',
      [
        'rating_id,unit_code,dossier_id,procedure_code,rated_at,level',
        'R1,SKHCN,D1,P0000,05/03/2026 09:00,very_satisfied',
        'R2,SKHCN,D2,P0000,08/03/2026 09:00,satisfied',
        'R3,SKHCN,D3,P0000,09/03/2026 09:00,satisfied',
        'R4,SKHCN,D3,P0000,09/03/2026 10:00,neutral',
      ].join('\n'),
    );
    leader = await t.login('leader');
  });
  afterAll(() => t.close());

  it('reproduces the catalogue by online level and the auto-filled forms', async () => {
    const res = await t.server.inject({
      method: 'GET',
      url: '/api/v1/service-quality?period=2026-03',
      headers: { cookie: leader.cookie },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.catalogue).toMatchObject({
      source: 'dvcqg',
      total: 2066,
      full: 358,
      partial: 1524,
      none: 184,
      online: 1882,
      eform: 414,
    });
    expect(body.catalogue.text).toBe('2.066 TTHC: 358 toàn trình, 1.524 một phần, 184 chưa cung cấp');
    expect(body.catalogue.eformShareText).toBe('20,03% (377/1.882 TTHC)');
    expect(
      body.catalogue.byUnit.map((u: { unit: string; total: number; full: number }) => [
        u.unit,
        u.total,
        u.full,
      ]),
    ).toEqual([
      ['SKHCN', 1033, 179],
      ['VPUBND', 1033, 179],
    ]);
  });

  it('gives the three quality indicators against their targets', async () => {
    const body = (
      await t.server.inject({
        method: 'GET',
        url: '/api/v1/service-quality?period=2026-03',
        headers: { cookie: leader.cookie },
      })
    ).json();
    const by = Object.fromEntries(body.indicators.map((i: { indicator: string }) => [i.indicator, i]));
    expect([
      by['DV-THOIGIANNOP'].target.text,
      by['DV-THOIGIANNOP'].result.valueText,
      by['DV-THOIGIANNOP'].result.status,
    ]).toEqual(['< 5 phút', '4,72 phút', 'dat']);
    expect([
      by['DV-GIAMTHOIGIAN'].target.text,
      by['DV-GIAMTHOIGIAN'].result.valueText,
      by['DV-GIAMTHOIGIAN'].result.status,
    ]).toEqual(['≥ 30%', '50,00%', 'dat']);
    expect([by['T26-08'].target.text, by['T26-08'].result.situationText]).toEqual([
      '≥ 95%',
      '75,00% (3/4 đánh giá)',
    ]);
    expect(body.units.map((u: { unit: string }) => u.unit)).toEqual(['SKHCN', 'VPUBND', 'XA-CHIENGSON']);
  });

  it('measures each procedure: volume, online share, submission time, processing time online against in person, satisfaction', async () => {
    const body = (
      await t.server.inject({
        method: 'GET',
        url: '/api/v1/service-quality?period=2026-03',
        headers: { cookie: leader.cookie },
      })
    ).json();
    expect(body.sources).toEqual({ catalogue: 'dvcqg', dossiers: 'tthc-tinh', ratings: 'dvcqg' });
    const [p0, p1] = body.procedures.items;
    expect([
      p0.procedure,
      p0.name,
      p0.received,
      p0.onlineShareText,
      p0.meanSubmitText,
      p0.submitWithinTarget,
    ]).toEqual(['P0000', 'Thủ tục P0000', 3, '66,67%', '3,75 phút', true]);
    expect([p0.meanOnlineText, p0.meanDirectText, p0.reductionText, p0.reductionMet]).toEqual([
      '3,00 ngày',
      '6,00 ngày',
      '50,00%',
      true,
    ]);
    expect([p0.ratings, p0.satisfiedShareText, p0.satisfactionMet]).toEqual([4, '75,00%', false]);
    expect([p1.procedure, p1.meanSubmitText, p1.submitWithinTarget, p1.reductionText]).toEqual([
      'P0001',
      '6,67 phút',
      false,
      '—',
    ]);
    expect(body.procedures.bottom.map((p: { procedure: string }) => p.procedure)).toEqual(['P0000']);
  });

  it('narrows to a unit: its procedures and dossiers only', async () => {
    const body = (
      await t.server.inject({
        method: 'GET',
        url: '/api/v1/service-quality?period=2026-03&unit=VPUBND',
        headers: { cookie: leader.cookie },
      })
    ).json();
    expect(body.catalogue.text).toBe('1.033 TTHC: 179 toàn trình, 762 một phần, 92 chưa cung cấp');
    expect(body.procedures.items.map((p: { procedure: string }) => p.procedure)).toEqual(['P0001']);
  });
});
