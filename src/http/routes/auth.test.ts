import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/support/app.js';
import { describeEachEngine } from '../../../test/support/db.js';

let address = 0;
/** A fresh client address per request, unless a test is about one address. */
const nextAddress = () => `10.1.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

// biome-ignore lint/suspicious/noExplicitAny: the JSON under test is read freely; the assertions check it
const body = (response: LightMyRequestResponse) => response.json() as Record<string, any>;

describeEachEngine('auth API', (engine) => {
  let clock = new Date('2026-03-12T02:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      engine,
      now: () => clock,
      config: { maxFailedLogins: 5, lockMinutes: 15, sessionIdleMinutes: 30, sessionMaxHours: 1 },
    });
  });
  afterAll(() => t.close());

  const loginAs = (username: string, password: string, remoteAddress = nextAddress()) =>
    t.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  const me = (cookie: string) => t.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });

  describe('login', () => {
    it('signs in: an httpOnly, SameSite=Strict session cookie, the user without secrets, a CSRF token', async () => {
      const response = await loginAs('Reporter', TEST_PASSWORD);
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'tiendo_session');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Strict');
      expect(cookie?.path).toBe('/');
      expect(cookie?.secure).toBeUndefined();
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const json = body(response);
      expect(Object.keys(json).sort()).toEqual(['csrfToken', 'user']);
      expect(json.user.username).toBe('reporter');
      expect(json.user.unitCode).toBe('VPUBND');
      expect(json.user.roles).toEqual(['reporter']);
      expect(json.user.passwordHash).toBeUndefined();
      expect(json.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // only the token's hash is stored
      const stored = await t.app.database.raw.query<{ token_hash: string }>(
        'SELECT token_hash FROM sessions',
      );
      expect(stored.map((s) => s.token_hash)).not.toContain(cookie?.value);
    });

    it('answers an unknown user and a wrong password the same way', async () => {
      const wrong = await loginAs('leader', 'saimatkhau123');
      const unknown = await loginAs('nobody', 'saimatkhau123');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(body(wrong)).toEqual({
        error: {
          code: 'invalid_credentials',
          message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
          messageEn: 'Wrong username or password.',
        },
      });
      expect(unknown.body).toBe(wrong.body);
      expect(wrong.cookies).toEqual([]);
    });

    it('audits successes and failures', async () => {
      const rows = await t.app.database.raw.query<{
        actor: string;
        action: string;
        after: { username: string; reason: string } | null;
      }>(`SELECT actor, action, after FROM audit_log WHERE action IN ('login', 'login_failed') ORDER BY id`);
      expect(rows.map((r) => [r.actor, r.action, r.after?.reason ?? null])).toEqual([
        ['reporter', 'login', null],
        ['system', 'login_failed', 'wrong_password'],
        ['system', 'login_failed', 'unknown_user'],
      ]);
    });

    it('locks an account after 5 failures for 15 minutes, even against the right password', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await loginAs('commune_reporter', 'saimatkhau123')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 423]);
      const locked = await loginAs('commune_reporter', TEST_PASSWORD);
      expect(locked.statusCode).toBe(423);
      expect(body(locked).error.code).toBe('account_locked');
      expect(body(locked).error.message).toBe(
        'Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.',
      );

      clock = new Date(clock.getTime() + 15 * 60_000);
      expect((await loginAs('commune_reporter', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('limits one address to 10 attempts a minute', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push((await loginAs('nobody', 'saimatkhau123', '10.2.0.1')).statusCode);
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
      const limited = await loginAs('leader', TEST_PASSWORD, '10.2.0.1');
      expect(limited.statusCode).toBe(429);
      expect(body(limited).error.code).toBe('rate_limited');
      expect((await loginAs('leader', TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
    });
  });

  describe('sessions', () => {
    it('expire after 30 idle minutes; a request slides the window', async () => {
      const { cookie } = await t.login('leader');
      const start = clock;
      clock = new Date(start.getTime() + 29 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
      clock = new Date(start.getTime() + 58 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
      clock = new Date(start.getTime() + 88 * 60_000);
      const expired = await me(cookie);
      expect(expired.statusCode).toBe(401);
      expect(body(expired).error.code).toBe('unauthenticated');
      // the dead session is gone, and the browser is told to forget the cookie
      expect(expired.cookies.find((c) => c.name === 'tiendo_session')?.value).toBe('');
    });

    it('end after the absolute lifetime however active', async () => {
      const { cookie } = await t.login('leader');
      const start = clock;
      for (const minutes of [20, 40, 59]) {
        clock = new Date(start.getTime() + minutes * 60_000);
        expect((await me(cookie)).statusCode).toBe(200);
      }
      clock = new Date(start.getTime() + 60 * 60_000);
      expect((await me(cookie)).statusCode).toBe(401);
    });

    it('GET /me and /auth/csrf answer the user, unit, roles and the session’s CSRF token', async () => {
      const { cookie, csrf } = await t.login('unit_head');
      const response = await me(cookie);
      expect(response.statusCode).toBe(200);
      const json = body(response);
      expect(json.user.username).toBe('unit_head');
      expect(json.unit).toEqual({
        code: 'VPUBND',
        name: 'Văn phòng UBND tỉnh',
        kind: 'department',
        parentCode: 'SONLA',
      });
      expect(json.roles).toEqual(['unit_head']);
      expect(json.csrfToken).toBe(csrf);
      const again = await t.server.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } });
      expect(body(again)).toEqual({ csrfToken: csrf });
    });

    it('without a session: 401', async () => {
      for (const url of ['/api/v1/me', '/api/v1/auth/csrf', '/api/v1/users']) {
        const response = await t.server.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(401);
        expect(body(response)).toEqual({
          error: {
            code: 'unauthenticated',
            message: 'Bạn cần đăng nhập.',
            messageEn: 'Authentication required.',
          },
        });
      }
      expect((await me('tiendo_session=forged')).statusCode).toBe(401);
    });
  });

  describe('CSRF and logout', () => {
    const newUser = (username: string) => ({
      username,
      password: 'matkhau2027',
      unitCode: 'SKHCN',
      roles: ['reporter'],
    });

    it('refuses a state-changing request without the session’s token, accepts it with', async () => {
      const { cookie, csrf } = await t.login('admin');
      const post = (headers: Record<string, string>, username: string) =>
        t.server.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: { cookie, ...headers },
          payload: newUser(username),
        });

      const missing = await post({}, 'csrf1');
      expect(missing.statusCode).toBe(403);
      expect(body(missing).error.code).toBe('csrf_invalid');
      const wrong = await post({ 'x-csrf-token': `${csrf.slice(0, -1)}x` }, 'csrf2');
      expect(wrong.statusCode).toBe(403);
      expect(body(wrong).error.code).toBe('csrf_invalid');
      const other = await t.login('admin');
      expect((await post({ 'x-csrf-token': other.csrf }, 'csrf3')).statusCode).toBe(403);

      const accepted = await post({ 'x-csrf-token': csrf }, 'csrf4');
      expect(accepted.statusCode).toBe(201);
      const created = await t.app.database.raw.query<{ username: string }>(
        `SELECT username FROM users WHERE username LIKE 'csrf%' ORDER BY username`,
      );
      expect(created.map((u) => u.username)).toEqual(['csrf4']);
    });

    it('logs out: the session is gone, the cookie cleared, audited', async () => {
      const { cookie, csrf } = await t.login('inspector');
      expect(
        (await t.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } }))
          .statusCode,
      ).toBe(403);
      const out = await t.server.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      expect(out.statusCode).toBe(204);
      expect(out.cookies.find((c) => c.name === 'tiendo_session')?.value).toBe('');
      expect((await me(cookie)).statusCode).toBe(401);
      const audited = await t.app.database.raw.query<{ actor: string }>(
        `SELECT actor FROM audit_log WHERE action = 'logout'`,
      );
      expect(audited.map((a) => a.actor)).toEqual(['inspector']);
    });
  });
});
