import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/connection.js';
import { indicators, units, users } from '../db/schema/index.js';
import { AppError } from '../shared/errors.js';
import { loadUserActor } from './load-actor.js';
import { verifyPassword } from './password.js';
import { createUser, ensureAdmin } from './users.js';

async function rejection(promise: Promise<unknown>): Promise<[number, string]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return [error.status, error.code];
    throw error;
  }
  throw new Error('expected a rejection');
}

describeEachEngine('accounts', (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await engine.open();
  });
  afterEach(() => database.close());

  const seedUnits = (rows: { code: string; parentCode: string | null }[]) =>
    database.db.insert(units).values(rows.map((row) => ({ ...row, name: row.code, kind: 'department' })));

  it('createUser stores an argon2id hash, normalises the username, audits without the hash', async () => {
    await seedUnits([{ code: 'SKHCN', parentCode: null }]);
    const view = await createUser(
      database.db,
      { kind: 'cli' },
      {
        username: '  NguyenVanA ',
        password: 'matkhau2026',
        unitCode: 'SKHCN',
        roles: ['aggregator', 'aggregator'],
        trackedIndicators: ['T26-01'],
      },
    );
    expect(view).toMatchObject({
      username: 'nguyenvana',
      displayName: 'nguyenvana',
      roles: ['aggregator'],
      trackedIndicators: ['T26-01'],
    });
    const [row] = await database.db.select().from(users);
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(row?.passwordHash ?? '', 'matkhau2026')).toBe(true);
    const audited = await database.raw.query<{
      actor: string;
      action: string;
      entity: string;
      after: string;
    }>('SELECT actor, action, entity, after::text AS after FROM audit_log');
    expect(audited.map((a) => [a.actor, a.action, a.entity])).toEqual([['cli', 'create', 'user']]);
    expect(audited[0]?.after).not.toContain('argon2');
  });

  it('createUser rejects bad input with the right codes, and creates nothing', async () => {
    await seedUnits([{ code: 'SKHCN', parentCode: null }]);
    const base = { username: 'tranthib', password: 'matkhau2026', unitCode: 'SKHCN', roles: ['reporter'] };
    const cli = { kind: 'cli' } as const;
    expect(await rejection(createUser(database.db, cli, { ...base, username: 'trần thị b' }))).toEqual([
      400,
      'invalid_username',
    ]);
    expect(await rejection(createUser(database.db, cli, { ...base, password: 'short1' }))).toEqual([
      400,
      'weak_password',
    ]);
    expect(await rejection(createUser(database.db, cli, { ...base, roles: ['reporter', 'boss'] }))).toEqual([
      400,
      'invalid_role',
    ]);
    expect(await rejection(createUser(database.db, cli, { ...base, roles: [] }))).toEqual([
      400,
      'invalid_role',
    ]);
    expect(await rejection(createUser(database.db, cli, { ...base, unitCode: 'SYT' }))).toEqual([
      400,
      'unknown_unit',
    ]);
    expect(await rejection(createUser(database.db, cli, { ...base, email: 'not-an-address' }))).toEqual([
      400,
      'invalid_email',
    ]);
    expect(await database.db.select().from(users)).toEqual([]);
    await createUser(database.db, cli, base);
    expect(await rejection(createUser(database.db, cli, { ...base, username: 'TranThiB' }))).toEqual([
      409,
      'username_taken',
    ]);
  });

  it('ensureAdmin creates admin once, at SONLA, with a printed generated password', async () => {
    await seedUnits([
      { code: 'AAA', parentCode: null },
      { code: 'SONLA', parentCode: null },
    ]);
    const printed: string[] = [];
    const config = { ...loadConfig({}), adminPassword: undefined };
    const first = await ensureAdmin({ config, database }, (line) => printed.push(line));
    expect(first.created).toBe(true);
    expect(printed[0]).toBe(`Tài khoản quản trị: admin / mật khẩu: ${first.generatedPassword}`);
    const [admin] = await database.db.select().from(users);
    expect([admin?.username, admin?.unitCode, admin?.roles]).toEqual(['admin', 'SONLA', ['admin']]);
    expect(await verifyPassword(admin?.passwordHash ?? '', first.generatedPassword ?? '')).toBe(true);

    const second = await ensureAdmin({ config, database }, (line) => printed.push(line));
    expect(second).toEqual({ created: false });
    expect(printed).toHaveLength(2);
  });

  it('ensureAdmin uses TIENDO_ADMIN_PASSWORD and the first root unit when there is no SONLA', async () => {
    await seedUnits([
      { code: 'HANOI', parentCode: null },
      { code: 'BTP', parentCode: null },
      { code: 'BTP-VP', parentCode: 'BTP' },
    ]);
    const printed: string[] = [];
    const config = { ...loadConfig({}), adminPassword: 'quantri2026' };
    expect(await ensureAdmin({ config, database }, (line) => printed.push(line))).toEqual({
      created: true,
      generatedPassword: undefined,
    });
    const [admin] = await database.db.select().from(users);
    expect(admin?.unitCode).toBe('BTP');
    expect(await verifyPassword(admin?.passwordHash ?? '', 'quantri2026')).toBe(true);
    expect(printed.join('\n')).not.toContain('quantri2026');
  });

  it('the actor carries its subtree and, for an aggregator with no list, the indicators its unit tracks', async () => {
    await seedUnits([
      { code: 'SONLA', parentCode: null },
      { code: 'SKHCN', parentCode: 'SONLA' },
      { code: 'SKHCN-VP', parentCode: 'SKHCN' },
      { code: 'SKHCN-VP-TO1', parentCode: 'SKHCN-VP' },
      { code: 'SYT', parentCode: 'SONLA' },
    ]);
    const indicator = (code: string, trackingUnitCode: string) => ({
      code,
      planCode: 'P',
      position: 1,
      name: code,
      kind: 'ratio',
      trackingUnitCode,
      risk: 'normal',
      manual: false,
      definition: {},
    });
    await database.db
      .insert(indicators)
      .values([indicator('T26-02', 'SKHCN'), indicator('T26-01', 'SKHCN'), indicator('T26-09', 'SYT')]);
    await createUser(
      database.db,
      { kind: 'cli' },
      { username: 'agg', password: 'matkhau2026', unitCode: 'SKHCN', roles: ['aggregator'] },
    );
    const [row] = await database.db.select().from(users);
    const actor = await loadUserActor(database.db, row as typeof users.$inferSelect);
    expect(actor.trackedIndicators).toEqual(['T26-01', 'T26-02']);
    expect([...(actor.unitsUnder ?? [])].sort()).toEqual(['SKHCN', 'SKHCN-VP', 'SKHCN-VP-TO1']);
  });
});
