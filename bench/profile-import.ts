/**
 * Where an import's time and memory go (a tool for tuning, not part of `npm run bench`): runs the
 * real importExtract in this process with every SQL statement timed, and samples memory.
 *
 *   npx tsx bench/profile-import.ts FILE [postgres://…]     (no URL: a migrated PGlite in a temp dir)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase, type RawSql } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { importExtract } from '../src/extracts/import.js';
import { computeResults } from '../src/results/compute-results.js';
import { generateUnits } from './generate-units.js';

const [file, url] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-import.ts FILE [URL]');
const dir = mkdtempSync(join(tmpdir(), 'tiendo-profile-'));
const database = await openDatabase(url ? { url } : { dataDir: join(dir, 'pgdata') });
await migrate(database);

const started = performance.now();
const at = () => ((performance.now() - started) / 1000).toFixed(2).padStart(6);
let copyMs = 0;
let copies = 0;
const timed = (raw: RawSql): RawSql => ({
  async query(text, params) {
    const t = performance.now();
    const rows = await raw.query(text, params);
    const ms = performance.now() - t;
    if (ms > 20)
      console.log(`${at()} s  ${ms.toFixed(0).padStart(6)} ms  ${text.replace(/\s+/g, ' ').slice(0, 110)}`);
    return rows as never;
  },
  async copyFrom(table, columns, chunks, options) {
    const t = performance.now();
    await raw.copyFrom(table, columns, chunks, options);
    copyMs += performance.now() - t;
    copies++;
  },
});
const instrumented: Database = {
  ...database,
  engine: database.engine,
  db: database.db,
  raw: timed(database.raw),
  transaction: (fn) => database.transaction((tx) => fn({ db: tx.db, raw: timed(tx.raw) })),
  close: () => database.close(),
};

let peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0 };
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  if (m.rss > peak.rss)
    peak = { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
}, 50);

const ctx = {
  database: instrumented,
  filesDir: join(dir, 'files'),
  actor: { kind: 'cli' as const },
  now: () => new Date(),
};
await generateUnits(join(dir, 'units.csv'));
await importExtract(ctx, {
  recordSet: 'units',
  fileName: 'units.csv',
  body: join(dir, 'units.csv'),
  via: 'cli',
});
const t0 = performance.now();
const summary = await importExtract(ctx, {
  recordSet: 'dossiers',
  source: 'tthc-tinh',
  fileName: 'dossiers.csv',
  body: file,
  via: 'cli',
});
const importMs = performance.now() - t0;
console.log(
  `${at()} s  import ${summary.status} ${summary.imported} rows in ${(importMs / 1000).toFixed(2)} s; COPY ${copies} chunks, ${(copyMs / 1000).toFixed(2)} s awaited`,
);
const t1 = performance.now();
const doc = await computeResults(instrumented, { period: '2026-12' });
console.log(
  `${at()} s  compute ${doc.results.length} results in ${((performance.now() - t1) / 1000).toFixed(2)} s`,
);
clearInterval(sampler);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
console.log(
  `peak rss ${mb(peak.rss)} (heap used ${mb(peak.heapUsed)}, heap total ${mb(peak.heapTotal)}, external ${mb(peak.external)}); maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
);
await database.close();
rmSync(dir, { recursive: true, force: true });
