import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
type Json = Record<string, any>;
const body = (response: LightMyRequestResponse) => response.json() as Json;
const SHA = 'ab'.repeat(32);

/** Seed 000 §V.1: the report carries the numbers extracted from the source systems, with their fingerprint. */
describeEachEngine('report pre-filled from the extracts', (engine) => {
  let t: TestApp;
  let session: { cookie: string; csrf: string };
  beforeAll(async () => {
    t = await createTestApp({
      engine,
      now: () => new Date('2026-11-05T02:00:00Z'),
      config: { sessionIdleMinutes: 1_000_000, sessionMaxHours: 1_000_000 },
    });
    await seedReportingCatalogue(t.app.database);
    const [imp] = await t.app.database.raw.query<{ id: number }>(
      `INSERT INTO imports (record_set, source, file_name, sha256, size_bytes, format, status, rows_read, imported, replaced, unchanged, actor, via)
       VALUES ('documents', 'qlvb', 'vanban-10.csv', $1, 100, 'csv', 'applied', 4, 4, 0, 0, 'cli', 'cli') RETURNING id::int AS id`,
      [SHA],
    );
    for (const [n, electronic] of [
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ] as const) {
      await t.app.database.raw.query(
        `INSERT INTO rec_documents (source, doc_id, unit_code, created_at, entered_at, fully_electronic, digitally_signed, paper_parallel, state_secret, import_id)
         VALUES ('qlvb', $1, 'XA-CHIENGSON', '2026-10-05T09:00:00+07:00', '2026-10-05T09:00:00+07:00', $2, true, false, false, $3)`,
        [`VB-${n}`, electronic, imp?.id],
      );
    }
    session = await t.login('commune_reporter');
  });
  afterAll(() => t.close());

  it('puts the extracted a and b in the draft with the extract reference', async () => {
    const opened = await t.server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: { unit: 'XA-CHIENGSON', period: '2026-10' },
    });
    expect(opened.statusCode).toBe(201);
    const report = body(opened);
    const [imp] = await t.app.database.raw.query<{ id: number }>('SELECT id::int AS id FROM imports');
    expect(report.content.indicators[0]).toMatchObject({
      code: 'T26-01',
      a: 3,
      b: 4,
      provenance: { kind: 'extract', importId: imp?.id, sha256: SHA, source: 'qlvb' },
    });
    expect(report.extracted['T26-01']).toMatchObject({
      a: 3,
      b: 4,
      scope: 'ytd',
      source: 'qlvb',
      sha256: SHA,
    });
    expect(report.flags).toEqual([]);

    // the unit types another value by hand: reported vs extracted is flagged (SPEC §6.6)
    const content = {
      ...report.content,
      indicators: [
        {
          ...report.content.indicators[0],
          a: 4,
          provenance: { kind: 'manual', reason: 'Số liệu của đơn vị' },
        },
      ],
    };
    const saved = body(
      await t.server.inject({
        method: 'PUT',
        url: `/api/v1/reports/${report.id}`,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
        payload: { revision: report.revision, content },
      }),
    );
    expect(saved.flags.map((f: Json) => [f.indicator, f.code])).toEqual([
      ['T26-01', 'reported_vs_extracted'],
    ]);
    expect(saved.flags[0].message).toMatch(/^Số liệu đơn vị báo cáo \(4\/4/);
  });
});
