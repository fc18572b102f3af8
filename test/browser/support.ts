import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { createUser } from '../../src/auth/users.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * The browser suite's world: the real server on a free port with a fresh embedded database, the
 * shipped catalogue, a signed-up user, the built web app, and Debian's Chromium.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const repo = fileURLToPath(new URL('../../', import.meta.url));
const webDir = join(repo, 'web');
export const screenshotDir = join(repo, 'test-output', 'screenshots');

export const BROWSER_USER = {
  username: 'canbo.skhcn',
  password: 'MatKhau2026',
  displayName: 'Nguyễn Thị Hương',
  unitCode: 'SKHCN',
  roles: ['aggregator'],
} as const;

export interface BrowserWorld {
  test: TestApp;
  baseUrl: string;
  browser: Browser;
  /** Moves the application's clock (e.g. past the idle timeout). */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Builds web/dist when it is missing or older than its sources (`npm test` has built it already). */
export async function ensureWebBuilt(): Promise<void> {
  const index = join(webDir, 'dist', 'index.html');
  const sources = Math.max(
    newestMtime(join(webDir, 'src')),
    newestMtime(join(webDir, 'index.html')),
    newestMtime(join(webDir, 'vite.config.ts')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // A child process: inside Vitest NODE_ENV is 'test', which would bundle React's development build.
  const built = spawnSync('npm', ['run', '--silent', 'build:web'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) throw new Error('npm run build:web failed');
}

export async function startBrowserWorld(): Promise<BrowserWorld> {
  await ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tiendo-browser-'));
  let offset = 0;
  const test = await createTestApp({
    seed: false,
    now: () => new Date(Date.now() + offset),
    config: { dataDir, filesDir: join(dataDir, 'files'), maxFailedLogins: 3 },
  });
  try {
    await loadCatalogue(test.app, { kind: 'cli' });
    await createUser(
      test.app.database.db,
      { kind: 'cli' },
      { ...BROWSER_USER, roles: [...BROWSER_USER.roles] },
    );
    await createUser(
      test.app.database.db,
      { kind: 'cli' },
      { username: 'khoa.thu', password: 'MatKhau2026', unitCode: 'SNV', roles: ['reporter'] },
    );
    await test.server.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await test.close();
    throw error;
  }
  const { port } = test.server.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    test,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    advanceClock(ms) {
      offset += ms;
    },
    async close() {
      await browser.close();
      await test.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
