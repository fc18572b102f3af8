import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.js';
import type { Database } from './connection.js';
import { units } from './schema/index.js';

describeEachEngine('database', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('applies the migrations and runs queries in Vietnam time', async () => {
    await database.db.insert(units).values({ code: 'SONLA', name: 'Tỉnh Sơn La', kind: 'province' });
    const rows = await database.db.select().from(units);
    expect(rows.map((r) => r.name)).toEqual(['Tỉnh Sơn La']);
    const [zone] = await database.raw.query<{ TimeZone: string }>('SHOW TIME ZONE');
    expect(Object.values(zone ?? {})[0]).toBe('Asia/Ho_Chi_Minh');
  });

  it('rolls a failed transaction back whole', async () => {
    await expect(
      database.transaction(async (tx) => {
        await tx.db
          .insert(units)
          .values({ code: 'X1', name: 'Xã Một', kind: 'commune', parentCode: 'SONLA' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await database.raw.query("SELECT code FROM units WHERE code = 'X1'");
    expect(rows).toEqual([]);
  });

  it('copies CSV chunks in', async () => {
    await database.raw.copyFrom(
      'units',
      ['code', 'name', 'kind', 'parent_code'],
      ['A,"Xã A",commune,SONLA\n', 'B,"Xã B, mới",commune,SONLA\n'],
    );
    const rows = await database.raw.query<{ name: string }>(
      "SELECT name FROM units WHERE code IN ('A','B') ORDER BY code",
    );
    expect(rows.map((r) => r.name)).toEqual(['Xã A', 'Xã B, mới']);
  });
});
