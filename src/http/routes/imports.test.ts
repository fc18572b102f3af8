import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { DOCUMENT_HEADER, documentsCsv, multipart, tempFilesDir } from '../../../test/support/extracts.js';
import { createIntegrationToken } from '../../auth/tokens.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
const body = (response: LightMyRequestResponse) => response.json() as Record<string, any>;

const GOOD = [
  DOCUMENT_HEADER,
  ...documentsCsv('V', 'VPUBND', 3, 2),
  ...documentsCsv('T', 'VPUBND-TTPVHCC', 2, 2),
].join('\n');
const BAD = [
  DOCUMENT_HEADER,
  'B1,VPUBND,05/03/2026 09:00,,outgoing,1,1,0,0',
  'B2,VPUBND,31/02/2026 09:00,,outgoing,1,1,0,0',
  'B3,VPUBND,06/03/2026 09:00,,outgoing,1,1,0,0',
  'B4,KHONG-CO,07/03/2026 09:00,,outgoing,1,1,0,0',
].join('\n');
const OTHER_UNIT = [
  DOCUMENT_HEADER,
  ...documentsCsv('K', 'VPUBND', 1, 1),
  ...documentsCsv('S', 'SKHCN', 2, 1),
].join('\n');

describeEachEngine('imports API', (engine) => {
  let t: TestApp;
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  let token = '';
  beforeAll(async () => {
    t = await createTestApp({ engine, config: { filesDir: tempFilesDir() } });
    for (const username of ['reporter', 'admin', 'commune_reporter', 'inspector'])
      sessions.set(username, await t.login(username));
    ({ token } = await createIntegrationToken(
      t.app.database.db,
      { kind: 'system' },
      {
        name: 'QLVB tỉnh',
        source: 'qlvb',
        recordSets: ['documents'],
        unitCodes: ['VPUBND', 'VPUBND-TTPVHCC'],
      },
    ));
  });
  afterAll(() => t.close());

  const upload = (username: string, csv: string, fields: Record<string, string> = {}) => {
    const session = sessions.get(username);
    if (!session) throw new Error(username);
    const form = multipart(
      { recordSet: 'documents', source: 'qlvb', encoding: 'auto', ...fields },
      { name: 'van-ban-thang-3.csv', content: csv },
    );
    return t.server.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: form.payload,
      headers: { ...form.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
  };
  const count = async (table: string) =>
    Number((await t.app.database.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n);
  const push = (url: string, payload: string, headers: Record<string, string> = {}) =>
    t.server.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', ...headers },
    });

  it('accepts an upload, then recognises the same file as unchanged', async () => {
    const first = await upload('reporter', GOOD);
    expect(first.statusCode).toBe(200);
    expect(body(first)).toMatchObject({
      status: 'accepted',
      recordSet: 'documents',
      source: 'qlvb',
      fileName: 'van-ban-thang-3.csv',
      format: 'csv',
      rowsRead: 5,
      imported: 5,
      replaced: 0,
      rejected: [],
    });
    expect(body(first).sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await upload('reporter', GOOD);
    expect([again.statusCode, body(again).status, body(again).unchanged, body(again).imported]).toEqual([
      200,
      'unchanged',
      5,
      0,
    ]);
    expect(await count('rec_documents')).toBe(5);
  });

  it('rejects a file with bad lines, listing every one in Vietnamese and English, and writes nothing', async () => {
    const response = await upload('reporter', BAD);
    expect(response.statusCode).toBe(422);
    const json = body(response);
    expect(json.status).toBe('rejected');
    expect(json.importId).toBe(null);
    expect(json.rejected.map((r: { line: number }) => r.line)).toEqual([3, 5]);
    for (const r of json.rejected) {
      expect(r.reason).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵóòọõỏôộổỗồốơờớợởỡéèẻẹẽêếềệểễúùụủũưựữửừứíìịỉĩýỳỷỵỹđ]/i);
      expect(r.reasonEn).toMatch(/[a-z]/);
    }
    expect(json.rejected[1].reason).toContain('KHONG-CO');
    expect(await count('rec_documents')).toBe(5);
  });

  it("refuses another unit's data as a whole (403), nothing written, no file kept", async () => {
    const imports = await count('imports');
    const response = await upload('reporter', OTHER_UNIT);
    expect(response.statusCode).toBe(403);
    expect(body(response).error.code).toBe('forbidden_units');
    expect(body(response).error.message).toContain('SKHCN');
    expect(body(response).error.messageEn).toContain('SKHCN');
    expect(await count('rec_documents')).toBe(5);
    expect(await count('imports')).toBe(imports);
    // the commune's reporter may not send the office's rows either; the admin may
    expect((await upload('commune_reporter', GOOD)).statusCode).toBe(403);
    const admin = await upload('admin', OTHER_UNIT);
    expect([admin.statusCode, body(admin).imported]).toEqual([200, 3]);
  });

  it('needs a session and the CSRF token', async () => {
    const form = multipart({ recordSet: 'documents', source: 'qlvb' }, { name: 'a.csv', content: GOOD });
    const anonymous = await t.server.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: form.payload,
      headers: form.headers,
    });
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await t.server.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: form.payload,
      headers: { ...form.headers, cookie: sessions.get('reporter')?.cookie ?? '' },
    });
    expect([noCsrf.statusCode, body(noCsrf).error.code]).toEqual([403, 'csrf_invalid']);
  });

  it('answers a usage error (unknown record set, missing source) with 400', async () => {
    const unknown = await upload('admin', GOOD, { recordSet: 'vanban' });
    expect([unknown.statusCode, body(unknown).error.code]).toEqual([400, 'usage']);
    const noSource = await upload('admin', GOOD, { source: '' });
    expect([noSource.statusCode, body(noSource).error.code]).toEqual([400, 'usage']);
  });

  it('lets a token push its own source, record set and units — and nothing else', async () => {
    const before = await count('rec_documents');
    const csv = [DOCUMENT_HEADER, ...documentsCsv('P', 'VPUBND', 4, 3)].join('\n');
    const ok = await push('/api/v1/extracts/documents?source=qlvb', csv, {
      'content-type': 'text/csv; charset=utf-8',
    });
    expect([ok.statusCode, body(ok).status, body(ok).imported]).toEqual([200, 'accepted', 4]);
    const jsonl =
      '{"doc_id":"J1","unit_code":"VPUBND","created_at":"2026-03-09T08:00:00+07:00","fully_electronic":true}\n';
    const pushedJsonl = await push('/api/v1/extracts/documents', jsonl, {
      'content-type': 'application/x-ndjson',
    });
    expect([pushedJsonl.statusCode, body(pushedJsonl).format, body(pushedJsonl).source]).toEqual([
      200,
      'jsonl',
      'qlvb',
    ]);
    expect(await count('rec_documents')).toBe(before + 5);

    const otherSource = await push('/api/v1/extracts/documents?source=lienthong', csv);
    const otherSet = await push(
      '/api/v1/extracts/dossiers?source=qlvb',
      'dossier_id,unit_code,received_at\nD1,VPUBND,01/03/2026',
    );
    const otherUnit = await push('/api/v1/extracts/documents?source=qlvb', OTHER_UNIT);
    expect([otherSource.statusCode, otherSet.statusCode, otherUnit.statusCode]).toEqual([403, 403, 403]);
    expect(body(otherUnit).error.code).toBe('forbidden_units');
    const badLines = await push('/api/v1/extracts/documents', BAD);
    expect([badLines.statusCode, body(badLines).rejected.length]).toEqual([422, 2]);
    expect(await count('rec_documents')).toBe(before + 5);

    const wrongToken = await t.server.inject({
      method: 'POST',
      url: '/api/v1/extracts/documents',
      payload: csv,
      headers: { authorization: 'Bearer tdi_nope', 'content-type': 'text/csv' },
    });
    expect(wrongToken.statusCode).toBe(401);
    const notCsv = await push('/api/v1/extracts/documents', csv, { 'content-type': 'application/pdf' });
    expect(notCsv.statusCode).toBe(415);
  });

  it('lists the history with fingerprints, scoped, and downloads the kept original (audited)', async () => {
    const admin = sessions.get('admin');
    const list = await t.server.inject({
      method: 'GET',
      url: '/api/v1/imports?recordSet=documents&pageSize=50',
      headers: { cookie: admin?.cookie ?? '' },
    });
    expect(list.statusCode).toBe(200);
    const json = body(list);
    expect(json.total).toBe(5);
    expect(
      json.items.map((i: { status: string; via: string; actor: string }) => [i.status, i.via, i.actor]),
    ).toEqual([
      ['applied', 'api', 'token:QLVB tỉnh'],
      ['applied', 'api', 'token:QLVB tỉnh'],
      ['applied', 'upload', 'admin'],
      ['unchanged', 'upload', 'reporter'],
      ['applied', 'upload', 'reporter'],
    ]);
    const first = json.items[4];
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([first.rowsRead, first.imported, first.fileUrl]).toEqual([
      5,
      5,
      `/api/v1/imports/${first.id}/file`,
    ]);

    const mine = body(
      await t.server.inject({
        method: 'GET',
        url: '/api/v1/imports',
        headers: { cookie: sessions.get('reporter')?.cookie ?? '' },
      }),
    );
    expect(mine.items.map((i: { actor: string }) => i.actor)).toEqual(['reporter', 'reporter']);
    const none = body(
      await t.server.inject({
        method: 'GET',
        url: '/api/v1/imports',
        headers: { cookie: sessions.get('commune_reporter')?.cookie ?? '' },
      }),
    );
    expect(none.total).toBe(0);

    const file = await t.server.inject({
      method: 'GET',
      url: first.fileUrl,
      headers: { cookie: sessions.get('inspector')?.cookie ?? '' },
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe(GOOD);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="van-ban-thang-3.csv"; filename*=UTF-8''van-ban-thang-3.csv`,
    );
    const audited = await t.app.database.raw.query<{ actor: string; entity_id: string }>(
      `SELECT actor, entity_id FROM audit_log WHERE action = 'export' AND entity = 'import_file'`,
    );
    expect(audited).toEqual([{ actor: 'inspector', entity_id: String(first.id) }]);
    const hidden = await t.server.inject({
      method: 'GET',
      url: first.fileUrl,
      headers: { cookie: sessions.get('commune_reporter')?.cookie ?? '' },
    });
    expect(hidden.statusCode).toBe(404);
  });
});
