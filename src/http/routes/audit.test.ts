import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
const body = (response: LightMyRequestResponse) => response.json() as Record<string, any>;

/** Today's date in Việt Nam (the audit rows are stamped by the database clock). */
const vnToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

describeEachEngine('audit API', (engine) => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp({ engine });
    for (const username of ['reporter', 'leader', 'admin', 'inspector'])
      cookies.set(username, (await t.login(username)).cookie);
  });
  afterAll(() => t.close());

  const get = async (username: string, query: string) => {
    const cookie = cookies.get(username) ?? (await t.login(username)).cookie;
    return t.server.inject({ method: 'GET', url: `/api/v1/audit${query}`, headers: { cookie } });
  };

  it('administrators and inspectors read it, newest first, filtered and paged', async () => {
    const response = await get('admin', '?action=login&pageSize=2');
    expect(response.statusCode).toBe(200);
    const json = body(response);
    expect(json.total).toBe(4);
    expect([json.page, json.pageSize]).toEqual([1, 2]);
    expect(json.items.map((i: { actor: string }) => i.actor)).toEqual(['inspector', 'admin']);
    const second = body(await get('inspector', '?action=login&actor=reporter'));
    expect(second.items.map((i: { actor: string; entity: string }) => [i.actor, i.entity])).toEqual([
      ['reporter', 'user'],
    ]);
    const page2 = body(await get('admin', '?action=login&pageSize=2&page=2'));
    expect(page2.items.map((i: { actor: string }) => i.actor)).toEqual(['leader', 'reporter']);
  });

  it('filters by Vietnamese calendar day', async () => {
    const today = vnToday();
    const included = body(await get('admin', `?action=login&from=${today}&to=${today}`));
    expect(included.total).toBe(4);
    const before = body(await get('admin', '?action=login&to=2020-01-01'));
    expect(before.total).toBe(0);
    const bad = await get('admin', '?from=2026-02-30');
    expect([bad.statusCode, body(bad).error.code]).toEqual([400, 'invalid_date']);
  });

  it('refuses everyone else: 403; nobody: 401', async () => {
    for (const username of ['reporter', 'unit_head', 'aggregator', 'leader']) {
      expect([username, (await get(username, '')).statusCode]).toEqual([username, 403]);
    }
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
  });
});
