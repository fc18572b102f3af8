import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { seedReportingCatalogue } from '../../../test/support/reporting.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
type Json = Record<string, any>;
const body = (response: LightMyRequestResponse) => response.json() as Json;

function multipart(fileName: string, bytes: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----tiendo-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeEachEngine('report attachments', (engine) => {
  let t: TestApp;
  let filesDir: string;
  let id = 0;
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'tiendo-att-'));
    t = await createTestApp({
      engine,
      now: () => new Date('2026-11-05T02:00:00Z'),
      config: { filesDir, sessionIdleMinutes: 1_000_000, sessionMaxHours: 1_000_000 },
    });
    await seedReportingCatalogue(t.app.database);
    for (const u of ['reporter', 'commune_reporter', 'leader']) sessions.set(u, await t.login(u));
    const s = sessions.get('reporter');
    const opened = await t.server.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { cookie: s?.cookie ?? '', 'x-csrf-token': s?.csrf ?? '' },
      payload: { unit: 'VPUBND', period: '2026-10' },
    });
    id = body(opened).id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const upload = (user: string, fileName: string, bytes: Buffer) => {
    const s = sessions.get(user);
    const { payload, headers } = multipart(fileName, bytes);
    return t.server.inject({
      method: 'POST',
      url: `/api/v1/reports/${id}/attachments`,
      headers: { ...headers, cookie: s?.cookie ?? '', 'x-csrf-token': s?.csrf ?? '' },
      payload,
    });
  };

  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

  it('keeps a PDF by its SHA-256, audited, and serves it back', async () => {
    const response = await upload('reporter', 'Kế hoạch 03-KH-VPUB.pdf', pdf);
    expect(response.statusCode).toBe(201);
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect(body(response)).toMatchObject({
      fileName: 'Kế hoạch 03-KH-VPUB.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha,
      uploadedBy: 'reporter',
    });
    expect(readFileSync(join(filesDir, sha)).equals(pdf)).toBe(true);
    const audit = await t.app.database.raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.attach'`,
    );
    expect(audit[0]?.n).toBe(1);
    const s = sessions.get('leader');
    const download = await t.server.inject({
      method: 'GET',
      url: `/api/v1/reports/${id}/attachments/${body(response).id}`,
      headers: { cookie: s?.cookie ?? '' },
    });
    expect([download.statusCode, download.headers['content-type'], download.rawPayload.equals(pdf)]).toEqual([
      200,
      'application/pdf',
      true,
    ]);
  });

  it('refuses what is not PDF, DOCX, XLSX, PNG or JPEG whatever its name', async () => {
    const response = await upload('reporter', 'baocao.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect([response.statusCode, body(response).error.code]).toEqual([415, 'unsupported_file_type']);
  });

  it('refuses files over 20 MB', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]);
    const response = await upload('reporter', 'lon.pdf', big);
    expect([response.statusCode, body(response).error.code]).toEqual([413, 'too_large']);
  });

  it('only the unit that edits the draft attaches', async () => {
    expect((await upload('commune_reporter', 'x.pdf', pdf)).statusCode).toBe(403);
  });
});
