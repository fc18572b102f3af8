// Bare PGlite: COPY the dossier file into a plain table (in chunks through /dev/blob, as PGlite
// needs) and run the baseline GROUP BY. Plain JavaScript run by bare `node`, so no loader's memory
// is counted against the baseline. Usage: node bench/pglite-baseline.mjs DATADIR CSV SQLFILE
//   SQLFILE: JSON { session, create, groupBy } written by bench/run.ts.
import { createReadStream, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const [dataDir, csv, sqlFile] = process.argv.slice(2);
const sql = JSON.parse(readFileSync(sqlFile, 'utf8'));
const CHUNK = 8 * 1024 * 1024;

const db = new PGlite(dataDir);
await db.waitReady;
await db.exec(sql.session);
await db.exec(sql.create);
const copy = "COPY dossiers FROM '/dev/blob' WITH (FORMAT csv)";
let pending = [];
let size = 0;
let header = true;
const send = async (bytes) => {
  if (bytes.byteLength > 0) await db.query(copy, [], { blob: new Blob([bytes]) });
};
for await (const piece of createReadStream(csv, { highWaterMark: 1 << 20 })) {
  let part = piece;
  if (header) {
    part = part.subarray(part.indexOf(10) + 1);
    header = false;
  }
  pending.push(part);
  size += part.byteLength;
  if (size < CHUNK) continue;
  const all = Buffer.concat(pending);
  const cut = all.lastIndexOf(10) + 1; // whole lines only
  await send(all.subarray(0, cut));
  pending = [all.subarray(cut)];
  size = pending[0].byteLength;
}
await send(Buffer.concat(pending));
const rows = (await db.query(sql.groupBy)).rows;
await db.close();
process.stdout.write(`${JSON.stringify({ groups: rows.length })}\n`);
