import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.js';
import type { Database } from '../../db/connection.js';
import { RECORD_SETS, type RecordSetName } from '../recordsets.js';
import { storeLayout } from './layout.js';

describeEachEngine('store layout against the schema', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('every column of every record table has the layout’s type, and byte order exactly where the layout says', async () => {
    for (const set of Object.keys(RECORD_SETS) as RecordSetName[]) {
      const layout = storeLayout(set);
      const rows = await database.raw.query<{ name: string; type: string; collation: string | null }>(
        `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type,
                CASE WHEN a.attcollation = 0 THEN NULL ELSE (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END AS collation
         FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
        [layout.table],
      );
      const byName = new Map(rows.map((r) => [r.name, r]));
      for (const c of layout.columns) {
        const column = byName.get(c.column);
        expect(column, `${layout.table}.${c.column}`).toBeDefined();
        const type = {
          text: 'text',
          timestamptz: 'timestamp with time zone',
          boolean: 'boolean',
          integer: 'integer',
        }[c.sqlType];
        expect(column?.type, `${layout.table}.${c.column}`).toBe(type);
        if (c.sqlType === 'text')
          expect(column?.collation, `${layout.table}.${c.column}`).toBe(c.byteOrder ? 'C' : 'default');
      }
      if (layout.kind === 'dated') expect(byName.get('source')?.collation).toBe('C');
      if (layout.historyTable) {
        const [history] = await database.raw.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
           WHERE a.attrelid = $1::regclass AND c.collname = 'C'`,
          [layout.historyTable],
        );
        expect(history?.n, layout.historyTable).toBe(1 + layout.columns.filter((c) => c.byteOrder).length);
      }
    }
  });
});
