import type { Command } from 'commander';
import type { AppContext } from '../../app/context.js';
import { ROLES } from '../../auth/actor.js';
import { AppError } from '../../shared/errors.js';
import { openForCommand } from '../open.js';

export interface UsersCommandDeps {
  /** Opens the application (tests pass their own database). */
  open(): Promise<Pick<AppContext, 'database' | 'close'>>;
  out(line: string): void;
}

const defaultDeps: UsersCommandDeps = {
  open: () => openForCommand('tiendo users'),
  out: (line) => process.stdout.write(`${line}\n`),
};

interface AddOptions {
  username: string;
  password: string;
  unit: string;
  role: string;
  name?: string;
  email?: string;
  track?: string;
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * `tiendo users add …` — an operator creates an account at the server's console (audited as `cli`).
 * An unknown role is a usage error (exit 2); a rejected value — weak password, unknown unit, taken
 * username — exits 1 with nothing changed.
 */
export function registerUsersCommands(program: Command, deps: UsersCommandDeps = defaultDeps): void {
  const users = program.command('users').description('Tài khoản người dùng / user accounts');

  users
    .command('add')
    .description('Tạo tài khoản người dùng / create a user account')
    .requiredOption('--username <username>', 'tên đăng nhập / username')
    .requiredOption(
      '--password <password>',
      'mật khẩu (≥ 10 ký tự, có chữ và số) / password (≥ 10 characters, letters and digits)',
    )
    .requiredOption('--unit <code>', 'mã đơn vị / unit code')
    .requiredOption(
      '--role <roles>',
      `vai trò, phân cách bằng dấu phẩy / roles, comma-separated: ${ROLES.join(', ')}`,
    )
    .option('--name <name>', 'họ và tên / display name')
    .option('--email <email>', 'thư điện tử / e-mail')
    .option(
      '--track <indicators>',
      'chỉ tiêu theo dõi (cơ quan tổng hợp) / tracked indicator codes, comma-separated',
    )
    .action(async (options: AddOptions) => {
      const roles = list(options.role);
      const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
      if (roles.length === 0 || unknown.length > 0) {
        throw new AppError(
          'usage',
          `Vai trò không hợp lệ: "${unknown.join(', ')}". Vai trò có thể là: ${ROLES.join(', ')}.`,
          `Unknown role "${unknown.join(', ')}". Roles are: ${ROLES.join(', ')}.`,
        );
      }
      const { createUser } = await import('../../auth/users.js'); // argon2: loaded by this command only
      const app = await deps.open();
      try {
        const user = await app.database.transaction(({ db }) =>
          createUser(
            db,
            { kind: 'cli' },
            {
              username: options.username,
              password: options.password,
              unitCode: options.unit,
              roles,
              displayName: options.name,
              email: options.email,
              trackedIndicators: list(options.track),
            },
          ),
        );
        deps.out(
          `Đã tạo tài khoản "${user.username}" (${user.roles.join(', ')}) tại đơn vị ${user.unitCode}.`,
        );
        deps.out(`Created user "${user.username}".`);
      } finally {
        await app.close();
      }
    });
}
