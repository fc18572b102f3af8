import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { describeEachEngine } from '../../test/support/db.js';
import { loadUnitsUnder } from '../auth/load-actor.js';
import { createIntegrationToken } from '../auth/tokens.js';
import { integrationTokens } from '../db/schema/index.js';
import { AppError } from '../shared/errors.js';
import { registerAuthHook } from './auth-hook.js';

/** A bare server with only the hook and a probe that echoes who is asking. */
async function probeServer(t: TestApp): Promise<FastifyInstance> {
  const server = Fastify();
  server.decorate('app', t.app);
  server.decorateRequest('actor', null);
  await server.register(cookie);
  registerAuthHook(server);
  server.setErrorHandler((error, _request, reply) =>
    error instanceof AppError
      ? reply.status(error.status).send(error.toJSON())
      : reply.status(500).send(String(error)),
  );
  const echo = async (request: { actor: unknown }) => ({ actor: request.actor ?? null });
  server.get('/probe', echo);
  server.post('/probe', echo);
  server.post('/open', { config: { csrf: false } }, echo);
  await server.ready();
  return server;
}

describeEachEngine('auth hook', (engine) => {
  let t: TestApp;
  let probe: FastifyInstance;
  let token = '';
  beforeAll(async () => {
    t = await createTestApp({ engine });
    probe = await probeServer(t);
    token = (
      await createIntegrationToken(
        t.app.database.db,
        { kind: 'cli' },
        {
          name: 'qlvb',
          source: 'qlvb',
          recordSets: ['documents'],
          unitCodes: ['SKHCN'],
        },
      )
    ).token;
  });
  afterAll(async () => {
    await probe.close();
    await t.close();
  });

  it('resolves a session cookie to the user, with its unit subtree', async () => {
    const { cookie } = await t.login('unit_head');
    const response = await probe.inject({ method: 'GET', url: '/probe', headers: { cookie } });
    // a Set serialises as {}: check the subtree through the policy's eyes instead
    expect(response.json().actor).toMatchObject({
      kind: 'user',
      username: 'unit_head',
      unitCode: 'VPUBND',
      roles: ['unit_head'],
    });
    expect([...(await loadUnitsUnder(t.app.database.db, 'VPUBND'))].sort()).toEqual([
      'VPUBND',
      'VPUBND-TTPVHCC',
    ]);
    expect((await loadUnitsUnder(t.app.database.db, 'SONLA')).size).toBe(5);
  });

  it('resolves a bearer token to its scope, and needs no CSRF token for it', async () => {
    const response = await probe.inject({
      method: 'POST',
      url: '/probe',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().actor).toEqual({
      kind: 'token',
      tokenId: expect.any(Number),
      name: 'qlvb',
      source: 'qlvb',
      recordSets: ['documents'],
      unitCodes: ['SKHCN'],
    });
  });

  it('ignores unknown and revoked tokens, and does not fall back to the cookie', async () => {
    const { cookie } = await t.login('admin');
    const forged = await probe.inject({
      method: 'GET',
      url: '/probe',
      headers: { authorization: 'Bearer tdi_forged', cookie },
    });
    expect(forged.json().actor).toBeNull();
    await t.app.database.db.update(integrationTokens).set({ revokedAt: new Date() });
    const revoked = await probe.inject({
      method: 'GET',
      url: '/probe',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.json().actor).toBeNull();
  });

  it('requires the CSRF header on cookie POSTs, except on routes that opt out', async () => {
    const { cookie, csrf } = await t.login('reporter');
    expect((await probe.inject({ method: 'POST', url: '/probe', headers: { cookie } })).statusCode).toBe(403);
    expect(
      (await probe.inject({ method: 'POST', url: '/probe', headers: { cookie, 'x-csrf-token': csrf } }))
        .statusCode,
    ).toBe(200);
    expect((await probe.inject({ method: 'POST', url: '/open', headers: { cookie } })).statusCode).toBe(200);
    expect((await probe.inject({ method: 'GET', url: '/probe', headers: { cookie } })).statusCode).toBe(200);
  });
});
