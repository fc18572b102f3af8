import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { DOCUMENT_HEADER, documents, importCsv } from '../../test/support/dashboard.js';
import { describeEachEngine } from '../../test/support/db.js';
import { resultsVersion } from './cache.js';
import { periodsToWarm, warmResultsCache } from './warm.js';

describe('periodsToWarm', () => {
  it('takes January to the current month in Việt Nam time', () => {
    // 31 March 17:30 UTC is already 1 April in Hà Nội
    expect(periodsToWarm(new Date(Date.UTC(2026, 2, 31, 17, 30)))).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(periodsToWarm(new Date(Date.UTC(2025, 11, 31, 16, 59)))).toHaveLength(12);
    expect(periodsToWarm(new Date(Date.UTC(2025, 11, 31, 17, 0)))).toEqual(['2026-01']);
  });
});

describeEachEngine('results cache warming', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ engine, now: () => new Date('2026-03-20T03:00:00Z') });
    await importCsv(
      t.app,
      'documents',
      'qlvb',
      [DOCUMENT_HEADER, ...documents('q-', 'VPUBND', '2026-03', 10, 8)].join('\n'),
    );
  });
  afterAll(() => t.close());

  it('stores every month of the year so far at the current data version, in one run at a time', async () => {
    const lines: string[] = [];
    const first = warmResultsCache(t.app, (line) => lines.push(line));
    const second = warmResultsCache(t.app, (line) => lines.push(line));
    expect(second).toBe(first);
    await first;
    const rows = await t.app.database.raw.query<{ period: string; version: string }>(
      'SELECT period, version FROM results_cache ORDER BY period',
    );
    const version = await resultsVersion(t.app.database);
    expect(rows).toEqual([
      { period: '2026-01', version },
      { period: '2026-02', version },
      { period: '2026-03', version },
    ]);
    // the request that came while the first ran asked for one more run
    expect(lines.filter((l) => l.startsWith('Đã tính sẵn kết quả 3 tháng'))).toHaveLength(2);
  });

  it('only logs a failure', async () => {
    const lines: string[] = [];
    const broken = {
      ...t.app,
      now: () => new Date('2026-03-20T03:00:00Z'),
      database: {
        ...t.app.database,
        raw: { ...t.app.database.raw, query: () => Promise.reject(new Error('mất kết nối')) },
      },
    };
    await expect(warmResultsCache(broken as typeof t.app, (l) => lines.push(l))).resolves.toBeUndefined();
    expect(lines).toEqual(['Không tính sẵn được kết quả: mất kết nối / Results cache warming failed.']);
  });
});

describeEachEngine('warming after an import', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ engine, now: () => new Date('2026-02-20T03:00:00Z') });
  });
  afterAll(() => t.close());

  it('does nothing until the server switches it on, then warms in the background', async () => {
    const { enableWarming, warmAfterImport } = await import('./warm.js');
    const count = async () =>
      (await t.app.database.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM results_cache'))[0]?.n;
    warmAfterImport(t.app, () => undefined);
    expect(await count()).toBe(0);
    enableWarming(t.app.database);
    const lines: string[] = [];
    warmAfterImport(t.app, (l) => lines.push(l));
    await warmResultsCache(t.app); // joins the run just started
    expect(await count()).toBe(2);
  });
});
