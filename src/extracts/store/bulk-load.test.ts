import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.js';
import type { Database } from '../../db/connection.js';
import { withBulkLoad } from './bulk-load.js';
import { STAGE_TABLE } from './staging.js';

describeEachEngine('withBulkLoad', (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await engine.open();
  });
  afterEach(async () => {
    await database.close();
  });

  const indexNames = (raw: Database['raw']) =>
    raw
      .query<{ name: string }>(
        "SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'rec_dossiers'::regclass ORDER BY 1",
      )
      .then((rows) => rows.map((r) => r.name));

  it('loads a large batch without the secondary indexes and rebuilds them, key index kept', async () => {
    const all = [
      'rec_dossiers_finished_idx',
      'rec_dossiers_received_idx',
      'rec_dossiers_source_dossier_id_pk',
    ];
    expect(await indexNames(database.raw)).toEqual(all);
    await database.transaction(async ({ raw }) => {
      await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer) ON COMMIT DROP`);
      await raw.query(`INSERT INTO ${STAGE_TABLE} SELECT generate_series(1, 1000)`);
      const during = await withBulkLoad(raw, 'rec_dossiers', 1000, () => indexNames(raw), { minRows: 1 });
      expect(during).toEqual(['rec_dossiers_source_dossier_id_pk']);
      expect(await indexNames(raw)).toEqual(all);
    });
    expect(await indexNames(database.raw)).toEqual(all);
  });

  it('with primaryKey, loads without the key too and adds it back; a repeated key fails as a unique violation', async () => {
    const insert = (n: number) =>
      `INSERT INTO rec_dossiers (source, dossier_id, unit_code, full_online, received_at, entered_at,
         result_electronic, digitized, fee_required, paid_online, import_id)
       SELECT 's', 'HS' || (g % ${n}), 'U', false, now(), now(), false, false, false, false, 1
       FROM generate_series(1, 1000) g`;
    await database.transaction(async ({ raw }) => {
      await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer) ON COMMIT DROP`);
      await raw.query(`INSERT INTO ${STAGE_TABLE} SELECT generate_series(1, 1000)`);
      const during = await withBulkLoad(
        raw,
        'rec_dossiers',
        1000,
        async (state) => {
          expect(state).toEqual({ primaryKeyDropped: true });
          await raw.query(insert(1000));
          return indexNames(raw);
        },
        { minRows: 1, primaryKey: true },
      );
      expect(during).toEqual([]);
      expect(await indexNames(raw)).toHaveLength(3);
      const [count] = await raw.query<{ n: number }>('SELECT count(*)::int AS n FROM rec_dossiers');
      expect(count?.n).toBe(1000);
      // analysed after the load: the planner knows the new size before the first computation
      const [stats] = await raw.query<{ n: number }>(
        // by oid: on PostgreSQL every test has its own schema with its own rec_dossiers
        "SELECT reltuples::int AS n FROM pg_class WHERE oid = 'rec_dossiers'::regclass",
      );
      expect(stats?.n).toBe(1000);
    });
    const repeated = await database
      .transaction(async ({ raw }) => {
        await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer) ON COMMIT DROP`);
        await raw.query(`INSERT INTO ${STAGE_TABLE} SELECT generate_series(1, 1000)`);
        await raw.query('DELETE FROM rec_dossiers');
        await withBulkLoad(raw, 'rec_dossiers', 1000, () => raw.query(insert(999)), {
          minRows: 1,
          primaryKey: true,
        });
      })
      .then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      );
    expect(repeated).toBe('23505');
    expect(await indexNames(database.raw)).toHaveLength(3);
  });

  it('leaves the indexes alone for a small batch', async () => {
    await database.transaction(async ({ raw }) => {
      await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer) ON COMMIT DROP`);
      const during = await withBulkLoad(raw, 'rec_dossiers', 10, (state) => {
        expect(state).toEqual({ primaryKeyDropped: false });
        return indexNames(raw);
      });
      expect(during).toHaveLength(3);
    });
  });

  it('restores the indexes when the load fails (the transaction rolls the DDL back)', async () => {
    const failed = await database
      .transaction(async ({ raw }) => {
        await raw.query(`CREATE TEMP TABLE ${STAGE_TABLE} (line integer) ON COMMIT DROP`);
        await withBulkLoad(raw, 'rec_dossiers', 1000, () => raw.query('SELECT 1/0'), {
          minRows: 1,
          primaryKey: true,
        });
      })
      .then(
        () => 'ok',
        () => 'failed',
      );
    expect(failed).toBe('failed');
    expect(await indexNames(database.raw)).toHaveLength(3);
  });
});
