import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';

/**
 * The review queue's filter: `GET /reports?tracked=true` keeps the reports whose form asks for an
 * indicator the caller tracks (the condition of the `reports.review` rule).
 */
describeEachEngine('reports review queue filter', (engine) => {
  let t: TestApp;
  const clock = new Date('2026-11-05T02:00:00Z');

  beforeAll(async () => {
    t = await createTestApp({ engine, now: () => clock });
    await seedReportingCatalogue(t.app.database);
    for (const [user, unit] of [
      ['reporter', 'VPUBND'],
      ['commune_reporter', 'XA-CHIENGSON'],
    ] as const) {
      const { cookie, csrf } = await t.login(user);
      const opened = await t.server.inject({
        method: 'POST',
        url: '/api/v1/reports',
        headers: { cookie, 'x-csrf-token': csrf },
        payload: { unit, period: '2026-10' },
      });
      expect(opened.statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  const units = async (user: string, query: string) => {
    const { cookie } = await t.login(user);
    const response = await t.server.inject({
      method: 'GET',
      url: `/api/v1/reports${query}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: { unit: { code: string } }[] }).items.map((r) => r.unit.code);
  };

  it('keeps the reports asking for a tracked indicator, and only with tracked=true', async () => {
    // aggregator tracks T26-01, asked of both units; aggregator2 tracks T26-08, asked of none
    expect(await units('aggregator', '?period=2026-10&tracked=true')).toEqual(['VPUBND', 'XA-CHIENGSON']);
    expect(await units('aggregator2', '?period=2026-10&tracked=true')).toEqual([]);
    expect(await units('aggregator2', '?period=2026-10')).toEqual(['VPUBND', 'XA-CHIENGSON']);
    expect(await units('aggregator', '?period=2026-10&tracked=true&status=submitted')).toEqual([]);
  });
});
