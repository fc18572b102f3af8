import { Command } from 'commander';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.js';
import type { Database } from '../../db/connection.js';
import { units, users } from '../../db/schema/index.js';
import type { AppError } from '../../shared/errors.js';
import { registerUsersCommands } from './users.js';

describeEachEngine('tiendo users add', (engine) => {
  let database: Database;
  let out: string[];
  let closed: number;
  beforeEach(async () => {
    database = await engine.open();
    await database.db
      .insert(units)
      .values({ code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department' });
    out = [];
    closed = 0;
  });
  afterEach(() => database.close());

  /** Runs the command as `main.ts` would, on the test database; resolves to the error it threw, if any. */
  async function run(...args: string[]): Promise<unknown> {
    const program = new Command('tiendo')
      .exitOverride()
      .configureOutput({ writeErr: () => {}, writeOut: () => {} });
    registerUsersCommands(program, {
      open: async () => ({ database, close: async () => void closed++ }),
      out: (line) => out.push(line),
    });
    try {
      await program.parseAsync(['node', 'tiendo', ...args]);
      return undefined;
    } catch (error) {
      return error;
    }
  }
  const required = ['--username', 'nguyenvana', '--password', 'matkhau2026', '--unit', 'SKHCN'];

  it('creates the user, audited as cli', async () => {
    const error = await run(
      'users',
      'add',
      ...required,
      '--role',
      'reporter,unit_head',
      '--name',
      'Nguyễn Văn A',
      '--email',
      'a@sonla.gov.vn',
    );
    expect(error).toBeUndefined();
    expect(out[0]).toBe('Đã tạo tài khoản "nguyenvana" (reporter, unit_head) tại đơn vị SKHCN.');
    const [row] = await database.db.select().from(users);
    expect([row?.displayName, row?.email, row?.roles]).toEqual([
      'Nguyễn Văn A',
      'a@sonla.gov.vn',
      ['reporter', 'unit_head'],
    ]);
    const audited = await database.raw.query<{ actor: string }>('SELECT actor FROM audit_log');
    expect(audited).toEqual([{ actor: 'cli' }]);
    expect(closed).toBe(1);
  });

  it('usage errors (exit 2): a missing option, an unknown role', async () => {
    const missing = (await run('users', 'add', '--username', 'x')) as { code?: string };
    expect(missing.code).toBe('commander.missingMandatoryOptionValue');
    const role = (await run('users', 'add', ...required, '--role', 'reporter,boss')) as AppError;
    expect([role.code, role.vi]).toEqual([
      'usage',
      'Vai trò không hợp lệ: "boss". Vai trò có thể là: reporter, unit_head, aggregator, inspector, leader, admin.',
    ]);
    expect(closed).toBe(0);
  });

  it('rejected input (exit 1): an unknown unit, a weak password — nothing created', async () => {
    const unit = (await run(
      'users',
      'add',
      '--username',
      'bbb',
      '--password',
      'matkhau2026',
      '--unit',
      'SYT',
      '--role',
      'reporter',
    )) as AppError;
    expect(unit.code).toBe('unknown_unit');
    const weak = (await run(
      'users',
      'add',
      '--username',
      'bb',
      '--password',
      'abc',
      '--unit',
      'SKHCN',
      '--role',
      'reporter',
    )) as AppError;
    expect(weak.code).toBe('weak_password');
    expect(await database.db.select().from(users)).toEqual([]);
    expect(closed).toBe(2);
  });
});
