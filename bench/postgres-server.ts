import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { run } from './measure.js';

/**
 * A throw-away PostgreSQL server for the benchmark (STACK.md: "a PostgreSQL server started by the
 * script"): initdb into a temporary directory, listening on 127.0.0.1 at a free port. As root the
 * server tools must run as the `postgres` user.
 */
export interface BenchServer {
  version: string;
  port: number;
  /** The postmaster's process id (its children are the backends). */
  pid: number;
  /** postgres://postgres@127.0.0.1:PORT/<db> */
  url(db: string): string;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(): Promise<BenchServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-bench-pg-'));
  const asRoot = userInfo().uid === 0;
  const user = asRoot ? 'postgres' : undefined;
  if (asRoot) {
    chownSync(dir, Number(await run('id', ['-u', 'postgres'])), Number(await run('id', ['-g', 'postgres'])));
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  await run(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
    {
      user,
    },
  );
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  await run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', 'start'], { user });
  const version = (await run(join(bin, 'postgres'), ['--version'])).trim();
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    version,
    port,
    pid,
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    async stop() {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], { user }).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
