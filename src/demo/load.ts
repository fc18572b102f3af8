import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { readUnits } from '../catalogue/load.js';
import { importExtract } from '../extracts/import.js';
import type { RecordSetName } from '../extracts/recordsets.js';
import { generateDemo } from './generate.js';

/** The actor demonstration imports are recorded under: the UI labels data from it as a demonstration. */
export const DEMO_ACTOR: Actor = { kind: 'system' };
export const DEMO_VIA = 'demo';

export async function isDemo(app: AppContext): Promise<boolean> {
  const [row] = await app.database.raw.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM imports WHERE via = 'demo'",
  );
  return (row?.n ?? 0) > 0;
}

/**
 * Loads the demonstration extracts into a database that has no extract yet, through the ordinary
 * importer (so the demonstration exercises the real path). Returns the number of files imported.
 */
export async function loadDemo(app: AppContext, log: (line: string) => void): Promise<number> {
  const [existing] = await app.database.raw.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM imports WHERE record_set <> $1',
    ['units'],
  );
  if ((existing?.n ?? 0) > 0) return 0;
  const files = generateDemo(await readUnits(app.database.db));
  log(`Đang nạp dữ liệu trình diễn (${files.length} tệp trích xuất)…`);
  for (const file of files) {
    const summary = await importExtract(
      { database: app.database, filesDir: app.config.filesDir, actor: DEMO_ACTOR, now: app.now },
      {
        recordSet: file.recordSet as RecordSetName,
        source: file.source,
        period: file.period,
        fileName: file.fileName,
        body: (async function* () {
          yield new TextEncoder().encode(file.text);
        })(),
        via: DEMO_VIA,
      },
    );
    if (summary.status === 'rejected') {
      throw new Error(`demo file ${file.fileName} rejected: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
    }
  }
  log('Đã nạp dữ liệu trình diễn: Sơn La, tháng 01–10/2026.');
  return files.length;
}
