import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { DOCUMENT_HEADER, documents, importCsv } from '../../test/support/dashboard.js';
import { describeEachEngine } from '../../test/support/db.js';
import { getResults, getResultsForPeriods, resultsVersion } from './cache.js';
import { recordDecision } from './decisions.js';

describeEachEngine('results cache', (engine) => {
  let t: TestApp;
  const t01 = (doc: Awaited<ReturnType<typeof getResults>>) =>
    doc.results
      .filter((r) => r.indicator === 'T26-01' && r.unit === 'VPUBND' && r.scope === 'month')
      .map((r) => [r.a, r.b, r.status]);
  const cached = async () =>
    t.app.database.raw.query<{ period: string; version: string }>(
      'SELECT period, version FROM results_cache ORDER BY period',
    );

  beforeAll(async () => {
    t = await createTestApp({ engine });
    await importCsv(
      t.app,
      'documents',
      'qlvb',
      [DOCUMENT_HEADER, ...documents('q-', 'VPUBND', '2026-03', 10, 8)].join('\n'),
    );
  });
  afterAll(() => t.close());

  it('computes once and then serves the stored document while the data is unchanged', async () => {
    expect(t01(await getResults(t.app, '2026-03'))).toEqual([[8, 10, 'chua_danh_gia']]);
    const [row] = await cached();
    expect(row?.version).toBe(await resultsVersion(t.app.database));
    // a stored document is what is served: change it behind the cache's back and read it again
    await t.app.database.raw.query(
      `UPDATE results_cache SET document = jsonb_set(document, '{results}', '[]'::jsonb) WHERE period = '2026-03'`,
    );
    expect((await getResults(t.app, '2026-03')).results).toEqual([]);
  });

  it('recomputes after an import', async () => {
    const before = await resultsVersion(t.app.database);
    await importCsv(
      t.app,
      'documents',
      'lienthong',
      [DOCUMENT_HEADER, ...documents('l-', 'VPUBND', '2026-03', 10, 8)].join('\n'),
    );
    expect(await resultsVersion(t.app.database)).not.toBe(before);
    expect(t01(await getResults(t.app, '2026-03'))).toEqual([[8, 10, 'dat']]);
  });

  it('recomputes after a reconciliation decision, and keeps one row a period', async () => {
    const before = await resultsVersion(t.app.database);
    await recordDecision(
      t.app.database,
      { kind: 'cli' },
      {
        indicator: 'T26-01',
        unit: 'VPUBND',
        period: '2026-03',
        scope: 'month',
        reason: 'Hai nguồn đã được đối chiếu thủ công',
      },
    );
    expect(await resultsVersion(t.app.database)).not.toBe(before);
    const docs = await getResultsForPeriods(t.app, ['2026-02', '2026-03', '2026-03']);
    expect([...docs.keys()]).toEqual(['2026-02', '2026-03']);
    expect(t01(docs.get('2026-03') ?? { period: '', results: [] })).toEqual([[8, 10, 'dat']]);
    const now = await resultsVersion(t.app.database);
    expect((await cached()).map((r) => [r.period, r.version === now])).toEqual([
      ['2026-02', true],
      ['2026-03', true],
    ]);
  });
});
