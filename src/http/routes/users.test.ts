import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';
import { resolveBearer } from '../../auth/tokens.js';

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
const body = (response: LightMyRequestResponse) => response.json() as Record<string, any>;

describeEachEngine('users and tokens API', (engine) => {
  let t: TestApp;
  let admin: { cookie: string; csrf: string };
  beforeAll(async () => {
    t = await createTestApp({ engine });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const asAdmin = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.server.inject({ method, url, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf }, payload });

  describe('users', () => {
    it('lists users for an administrator, without password hashes', async () => {
      const response = await asAdmin('GET', '/api/v1/users');
      expect(response.statusCode).toBe(200);
      const items = body(response).items as Record<string, unknown>[];
      expect(items.map((u) => u.username)).toEqual([
        'admin',
        'aggregator',
        'commune_reporter',
        'inspector',
        'leader',
        'reporter',
        'unit_head',
      ]);
      expect(Object.keys(items[0] ?? {}).sort()).toEqual(
        [
          'active',
          'createdAt',
          'displayName',
          'email',
          'id',
          'locale',
          'roles',
          'trackedIndicators',
          'unitCode',
          'username',
        ].sort(),
      );
      expect(response.body).not.toContain('argon2');
    });

    it('creates a user (201), audited with the administrator as actor', async () => {
      const response = await asAdmin('POST', '/api/v1/users', {
        username: 'nguyenvana',
        password: 'Mậtkhẩu2026',
        displayName: 'Nguyễn Văn A',
        unitCode: 'VPUBND-TTPVHCC',
        roles: ['reporter', 'unit_head'],
        email: 'a@sonla.gov.vn',
      });
      expect(response.statusCode).toBe(201);
      expect(body(response)).toMatchObject({
        username: 'nguyenvana',
        displayName: 'Nguyễn Văn A',
        unitCode: 'VPUBND-TTPVHCC',
        roles: ['reporter', 'unit_head'],
        email: 'a@sonla.gov.vn',
        active: true,
      });
      const audited = await t.app.database.raw.query<{ actor: string; entity_id: string }>(
        `SELECT actor, entity_id FROM audit_log WHERE action = 'create' AND entity = 'user'`,
      );
      expect(audited).toEqual([{ actor: 'admin', entity_id: String(body(response).id) }]);
      // and the new user can sign in
      expect((await t.login('nguyenvana', 'Mậtkhẩu2026')).csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('rejects a weak password, an unknown unit, a taken username, an unknown role', async () => {
      const base = { username: 'tranthib', password: 'matkhau2026', unitCode: 'SKHCN', roles: ['reporter'] };
      const weak = await asAdmin('POST', '/api/v1/users', { ...base, password: 'ngan1' });
      expect([weak.statusCode, body(weak).error.code]).toEqual([400, 'weak_password']);
      const unit = await asAdmin('POST', '/api/v1/users', { ...base, unitCode: 'SYT' });
      expect([unit.statusCode, body(unit).error.code, body(unit).error.message]).toEqual([
        400,
        'unknown_unit',
        'Không có đơn vị mã "SYT".',
      ]);
      const taken = await asAdmin('POST', '/api/v1/users', { ...base, username: 'Leader' });
      expect([taken.statusCode, body(taken).error.code]).toEqual([409, 'username_taken']);
      const role = await asAdmin('POST', '/api/v1/users', { ...base, roles: ['boss'] });
      expect([role.statusCode, body(role).error.code]).toEqual([400, 'invalid_request']);
    });

    it('refuses non-administrators: 403', async () => {
      for (const username of ['reporter', 'unit_head', 'aggregator', 'inspector', 'leader']) {
        const { cookie, csrf } = await t.login(username);
        const list = await t.server.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } });
        expect([username, list.statusCode, body(list).error.code]).toEqual([username, 403, 'forbidden']);
        const create = await t.server.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: { cookie, 'x-csrf-token': csrf },
          payload: { username: `x${username}`, password: 'matkhau2026', unitCode: 'SKHCN', roles: ['admin'] },
        });
        expect([username, create.statusCode]).toEqual([username, 403]);
      }
    });
  });

  describe('integration tokens', () => {
    let token = '';

    it('creates a token shown once; the list never shows it', async () => {
      const response = await asAdmin('POST', '/api/v1/tokens', {
        name: 'Hệ thống TTHC tỉnh',
        source: 'tthc-tinh',
        recordSets: ['dossiers'],
        unitCodes: ['VPUBND', 'XA-CHIENGSON'],
      });
      expect(response.statusCode).toBe(201);
      token = body(response).token;
      expect(token).toMatch(/^tdi_[A-Za-z0-9_-]{43}$/);
      expect(body(response).item).toMatchObject({
        name: 'Hệ thống TTHC tỉnh',
        source: 'tthc-tinh',
        recordSets: ['dossiers'],
        unitCodes: ['VPUBND', 'XA-CHIENGSON'],
        revokedAt: null,
      });
      const list = await asAdmin('GET', '/api/v1/tokens');
      expect(body(list).items.map((i: { name: string }) => i.name)).toEqual(['Hệ thống TTHC tỉnh']);
      expect(list.body).not.toContain(token.slice(4));
    });

    it('refuses a token for an unknown unit', async () => {
      const response = await asAdmin('POST', '/api/v1/tokens', {
        name: 'x',
        source: 'qlvb',
        recordSets: ['documents'],
        unitCodes: ['SYT'],
      });
      expect([response.statusCode, body(response).error.code]).toEqual([400, 'unknown_unit']);
    });

    it('a token is no user: 401 on user routes, and it needs no CSRF token to be refused', async () => {
      expect((await resolveBearer(t.app.database.db, token))?.name).toBe('Hệ thống TTHC tỉnh');
      const headers = { authorization: `Bearer ${token}` };
      expect((await t.server.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
      const payload = { name: 'x', source: 'qlvb', recordSets: ['documents'], unitCodes: ['SKHCN'] };
      const post = await t.server.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload });
      expect([post.statusCode, body(post).error.code]).toEqual([401, 'unauthenticated']);
    });

    it('revokes a token: it stops working at once', async () => {
      const id = body(await asAdmin('GET', '/api/v1/tokens')).items[0].id as number;
      const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
      const revoked = await t.server.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers });
      expect(revoked.statusCode).toBe(200);
      expect(body(revoked).revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await resolveBearer(t.app.database.db, token)).toBeNull();
      const missing = await t.server.inject({ method: 'DELETE', url: '/api/v1/tokens/9999', headers });
      expect([missing.statusCode, body(missing).error.code]).toEqual([404, 'not_found']);
    });

    it('only administrators manage tokens', async () => {
      const { cookie } = await t.login('aggregator');
      const list = await t.server.inject({ method: 'GET', url: '/api/v1/tokens', headers: { cookie } });
      expect(list.statusCode).toBe(403);
    });
  });
});
