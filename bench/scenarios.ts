import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREATE_TABLE_SQL, GROUP_BY_SQL, SESSION_SQL } from './baseline-sql.js';
import { type Measured, measure, run } from './measure.js';
import type { BenchServer } from './postgres-server.js';
import { type ServerUsage, sampleServer } from './server-memory.js';

/** One measured scenario: its steps, and the totals the table shows (wall summed, peak = max). */
export interface Scenario {
  name: string;
  steps: { label: string; m: Measured }[];
  wallMs: number;
  peakMiB: number;
  /** PostgreSQL scenarios: what the server spent during the steps. */
  server?: ServerUsage;
}

export interface BenchFiles {
  out: string;
  dossiers: string;
  units: string;
  repo: string;
}

function scenario(name: string, steps: Scenario['steps'], server?: ServerUsage): Scenario {
  return {
    name,
    steps,
    wallMs: steps.reduce((s, x) => s + x.m.wallMs, 0),
    peakMiB: Math.max(...steps.map((x) => x.m.peakMiB)),
    ...(server === undefined ? {} : { server }),
  };
}

const psqlArgs = (server: BenchServer, db: string) => [
  '-X',
  '-q',
  '-v',
  'ON_ERROR_STOP=1',
  '-h',
  '127.0.0.1',
  '-p',
  String(server.port),
  '-U',
  'postgres',
  '-d',
  db,
];

async function freshDatabase(server: BenchServer, db: string): Promise<void> {
  await run('psql', [...psqlArgs(server, 'postgres'), '-c', `DROP DATABASE IF EXISTS ${db}`]);
  await run('psql', [...psqlArgs(server, 'postgres'), '-c', `CREATE DATABASE ${db}`]);
}

/** Baseline: `psql \copy` into a plain table + the GROUP BY, one psql process. */
export async function postgresBaseline(server: BenchServer, files: BenchFiles): Promise<Scenario> {
  await freshDatabase(server, 'baseline');
  const script = join(files.out, 'baseline-psql.sql');
  writeFileSync(
    script,
    `${SESSION_SQL}\n${CREATE_TABLE_SQL}\n\\copy dossiers FROM '${files.dossiers}' WITH (FORMAT csv, HEADER true)\n${GROUP_BY_SQL}\n`,
  );
  const sampler = sampleServer(server.pid);
  const m = await measure('psql', [...psqlArgs(server, 'baseline'), '-f', script], {
    stdoutFile: join(files.out, 'baseline-psql.out'),
  });
  return scenario(
    'PostgreSQL baseline: psql \\copy + GROUP BY (psql client)',
    [{ label: 'psql', m }],
    sampler.stop(),
  );
}

function tiendo(files: BenchFiles, env: NodeJS.ProcessEnv) {
  const bin = join(files.repo, 'bin', 'tiendo.mjs');
  const step = async (label: string, args: string[], stdoutFile?: string) => ({
    label,
    m: await measure(process.execPath, [bin, ...args], { env, ...(stdoutFile ? { stdoutFile } : {}) }),
  });
  return {
    setup: async () => {
      await run(process.execPath, [bin, 'migrate'], { env });
      await run(process.execPath, [bin, 'import', 'units', files.units], { env });
    },
    importAndCompute: async () => {
      const imported = await step('import', [
        'import',
        'dossiers',
        files.dossiers,
        '--source',
        'tthc-tinh',
        '--json',
      ]);
      const summary = JSON.parse(imported.m.stdout) as { status: string; imported: number };
      if (summary.status !== 'accepted')
        throw new Error(`import not accepted: ${imported.m.stdout.slice(0, 2000)}`);
      const computed = await step(
        'compute',
        ['compute', '--period', '2026-12', '--json'],
        join(files.out, 'results.json'),
      );
      return [imported, computed];
    },
  };
}

/** Tiến Độ on the same server, fresh database: `tiendo import dossiers` then `tiendo compute`. */
export async function postgresTiendo(server: BenchServer, files: BenchFiles): Promise<Scenario> {
  await freshDatabase(server, 'tiendo');
  const dataDir = mkdtempSync(join(tmpdir(), 'tiendo-bench-files-'));
  try {
    const t = tiendo(files, { ...process.env, DATABASE_URL: server.url('tiendo'), TIENDO_DATA_DIR: dataDir });
    await t.setup();
    const sampler = sampleServer(server.pid);
    const steps = await t.importAndCompute();
    return scenario('Tiến Độ on PostgreSQL: import + compute (node)', steps, sampler.stop());
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Baseline: bare PGlite COPY + the GROUP BY in one node process, on an initialised data directory. */
export async function pgliteBaseline(files: BenchFiles): Promise<{ run: Scenario; initdb: Measured }> {
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-bench-pglite-'));
  try {
    const initdb = await measure(process.execPath, [join(files.repo, 'bench', 'pglite-init.mjs'), dir]);
    const sql = join(files.out, 'baseline-sql.json');
    writeFileSync(
      sql,
      JSON.stringify({ session: SESSION_SQL, create: CREATE_TABLE_SQL, groupBy: GROUP_BY_SQL }),
    );
    const m = await measure(process.execPath, [
      join(files.repo, 'bench', 'pglite-baseline.mjs'),
      dir,
      files.dossiers,
      sql,
    ]);
    return {
      run: scenario('PGlite baseline: bare COPY + GROUP BY (node)', [{ label: 'copy+query', m }]),
      initdb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Tiến Độ embedded: a migrated data directory (first start), then import + compute, each its own process. */
export async function pgliteTiendo(files: BenchFiles): Promise<Scenario> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiendo-bench-data-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, TIENDO_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const t = tiendo(files, env);
    await t.setup();
    return scenario('Tiến Độ embedded (PGlite): import + compute (node)', await t.importAndCompute());
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
