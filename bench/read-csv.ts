/**
 * Parse throughput of the extract reader on the generated dossiers (docs/decisions/csv-parser.md):
 * a plain line splitter (floor), papaparse, the hand-written parser, and readExtract (parse + type).
 *
 *   npx tsx bench/generate-dossiers.ts && npx tsx bench/read-csv.ts [FILE]
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import Papa from 'papaparse';
import { CsvParser } from '../src/extracts/read/csv.js';
import { readExtract } from '../src/extracts/read/index.js';
import { BENCH_UNITS, generateDossiers } from './generate-dossiers.js';

const plain = process.argv[2] ?? '/tmp/tiendo-dossiers-1m.csv';
if (!existsSync(plain)) await generateDossiers(plain, 1_000_000);
// The same rows with every field quoted: the parsers' slow path (papaparse's fast mode needs no quotes at all).
const quoted = plain.replace(/\.csv$/, '-quoted.csv');
if (!existsSync(quoted)) {
  const out = createWriteStream(quoted);
  let rest = '';
  for await (const chunk of createReadStream(plain, { encoding: 'utf8' })) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    const text = lines
      .map((l) =>
        l
          .split(',')
          .map((f) => `"${f}"`)
          .join(','),
      )
      .join('\n');
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function time(label: string, run: () => Promise<number>): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const rows = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuS = ((used.user + used.system) / 1e6).toFixed(2);
  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`${label.padEnd(28)} ${(ms / 1000).toFixed(2)} s (cpu ${cpuS} s)  ${rows} rows  rss ${rss} MB`);
}

for (const file of [plain, quoted]) {
  console.log(file);
  const text = () => createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });

  await time('line splitter', async () => {
    let rows = 0;
    let rest = '';
    for await (const chunk of text()) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) if (l.split(',').length > 0) rows++;
    }
    return rows;
  });

  await time('papaparse (streaming)', () => {
    let rows = 0;
    return new Promise((resolve, reject) => {
      Papa.parse(text(), {
        delimiter: ',',
        step: () => {
          rows++;
        },
        complete: () => resolve(rows),
        error: reject,
      });
    });
  });

  await time('hand-written CsvParser', async () => {
    let rows = 0;
    const p = new CsvParser(',', { row: () => rows++, bad: () => {} });
    for await (const chunk of text()) p.push(chunk as string);
    p.end();
    return rows;
  });

  await time('readExtract (parse + type)', async () => {
    let records = 0;
    const outcome = await readExtract(
      createReadStream(file, { highWaterMark: 1 << 16 }),
      { recordSet: 'dossiers', fileName: file, knownUnits: new Set(BENCH_UNITS) },
      async (batch) => {
        records += batch.length;
      },
    );
    if (outcome.errors.length > 0) throw new Error(`bad rows: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    return records;
  });
}
