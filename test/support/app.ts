import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/app/context.js';
import type { Role } from '../../src/auth/actor.js';
import { hashPassword } from '../../src/auth/password.js';
import { type Config, loadConfig } from '../../src/config.js';
import { units, users } from '../../src/db/schema/index.js';
import { buildServer } from '../../src/http/server.js';
import { type EngineUnderTest, enginesUnderTest } from './db.js';

/**
 * A whole application for API tests: a fresh database (one engine), a few units, a user of each
 * role, and a Fastify server to `inject` into.
 *
 *   describeEachEngine('reports API', (engine) => {
 *     let t: TestApp;
 *     beforeAll(async () => { t = await createTestApp({ engine }); });
 *     afterAll(() => t.close());
 *     it('…', async () => {
 *       const { cookie, csrf } = await t.login('reporter');
 *       const res = await t.server.inject({ method: 'POST', url: '/api/v1/…', headers: { cookie, 'x-csrf-token': csrf } });
 *     });
 *   });
 */

export const TEST_PASSWORD = 'matkhau2026';

/** The seeded organisation tree: the province, two departments (one with a division), a commune. */
export const TEST_UNITS = [
  { code: 'SONLA', name: 'Tỉnh Sơn La', kind: 'province', parentCode: null },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department', parentCode: 'SONLA' },
  { code: 'VPUBND', name: 'Văn phòng UBND tỉnh', kind: 'department', parentCode: 'SONLA' },
  {
    code: 'VPUBND-TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công',
    kind: 'division',
    parentCode: 'VPUBND',
  },
  { code: 'XA-CHIENGSON', name: 'Xã Chiềng Sơn', kind: 'commune', parentCode: 'SONLA' },
] as const;

/** One user a role (username = role), all with TEST_PASSWORD; plus a reporter of the commune. */
export const TEST_USERS: {
  username: string;
  unitCode: string;
  roles: Role[];
  trackedIndicators?: string[];
}[] = [
  { username: 'reporter', unitCode: 'VPUBND', roles: ['reporter'] },
  { username: 'unit_head', unitCode: 'VPUBND', roles: ['unit_head'] },
  { username: 'aggregator', unitCode: 'SKHCN', roles: ['aggregator'], trackedIndicators: ['T26-01'] },
  { username: 'inspector', unitCode: 'SONLA', roles: ['inspector'] },
  { username: 'leader', unitCode: 'SONLA', roles: ['leader'] },
  { username: 'admin', unitCode: 'SONLA', roles: ['admin'] },
  { username: 'commune_reporter', unitCode: 'XA-CHIENGSON', roles: ['reporter'] },
];

export interface TestApp {
  app: AppContext;
  server: FastifyInstance;
  engine: EngineUnderTest['name'];
  /** Signs in through the API; the cookie header and CSRF token to send with later requests. */
  login(username: string, password?: string): Promise<{ cookie: string; csrf: string }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Which engine (from enginesUnderTest); PGlite by default. */
  engine?: EngineUnderTest;
  /** The application's clock; a test moves time by returning another Date. */
  now?: () => Date;
  config?: Partial<Config>;
  /** Seed the units and users above (default true). */
  seed?: boolean;
}

let loginAddress = 0;

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const engine = options.engine ?? (enginesUnderTest()[0] as EngineUnderTest);
  const database = await engine.open();
  const config: Config = {
    ...loadConfig({}),
    secureCookies: false,
    adminPassword: undefined,
    ...options.config,
  };
  const app: AppContext = {
    config,
    database,
    now: options.now ?? (() => new Date()),
    close: () => database.close(),
  };

  if (options.seed !== false) {
    await database.db.insert(units).values(TEST_UNITS.map((unit) => ({ ...unit })));
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await database.db.insert(users).values(
      TEST_USERS.map((user) => ({
        username: user.username,
        displayName: user.username,
        passwordHash,
        unitCode: user.unitCode,
        roles: user.roles,
        trackedIndicators: user.trackedIndicators ?? [],
      })),
    );
  }

  const server = await buildServer(app);
  await server.ready();

  return {
    app,
    server,
    engine: engine.name,
    async login(username, password = TEST_PASSWORD) {
      // each sign-in from its own address, so helpers never trip the per-address login rate limit
      loginAddress += 1;
      const response = await server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
        remoteAddress: `10.99.${Math.floor(loginAddress / 250) % 250}.${(loginAddress % 250) + 1}`,
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username} → ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'tiendo_session');
      if (!cookie) throw new Error('login set no session cookie');
      return {
        cookie: `tiendo_session=${cookie.value}`,
        csrf: (response.json() as { csrfToken: string }).csrfToken,
      };
    },
    async close() {
      await server.close();
      await database.close();
    },
  };
}
