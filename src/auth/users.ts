import { asc, count, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app/context.js';
import { audit } from '../audit/audit.js';
import type { AppDb } from '../db/connection.js';
import { units, users } from '../db/schema/index.js';
import { AppError } from '../shared/errors.js';
import { type Actor, ROLES, type Role } from './actor.js';
import { checkPasswordPolicy, generatePassword, hashPassword } from './password.js';

export interface NewUser {
  username: string;
  password: string;
  displayName?: string;
  unitCode: string;
  roles: string[];
  email?: string;
  trackedIndicators?: string[];
}

/** What leaves the server about a user: never the password hash nor the lock-out counters. */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  unitCode: string;
  roles: Role[];
  trackedIndicators: string[];
  active: boolean;
  locale: string;
  createdAt: string;
}

type UserRow = typeof users.$inferSelect;

export function presentUser(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    unitCode: row.unitCode,
    roles: row.roles.filter(isRole),
    trackedIndicators: row.trackedIndicators,
    active: row.active,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
  };
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Usernames are ASCII and case-insensitive: no look-alike letters, "Admin" is "admin". */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** Creates a user (audited). Rejects a bad username, a weak password, unknown roles or unit, a taken name. */
export async function createUser(db: AppDb, actor: Actor, input: NewUser): Promise<UserView> {
  const username = normaliseUsername(input.username);
  if (!USERNAME.test(username)) {
    throw new AppError(
      'invalid_username',
      'Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (2–64 ký tự).',
      'A username is 2–64 characters: ASCII letters, digits, dot, hyphen, underscore.',
    );
  }
  checkPasswordPolicy(input.password);
  const unknownRoles = input.roles.filter((role) => !isRole(role));
  if (input.roles.length === 0 || unknownRoles.length > 0) {
    throw new AppError(
      'invalid_role',
      `Vai trò không hợp lệ: "${unknownRoles.join(', ')}". Vai trò có thể là: ${ROLES.join(', ')}.`,
      `Invalid role: "${unknownRoles.join(', ')}". Roles are: ${ROLES.join(', ')}.`,
    );
  }
  const email = input.email?.trim() || null;
  if (email !== null && !EMAIL.test(email)) {
    throw new AppError(
      'invalid_email',
      `Địa chỉ thư điện tử không hợp lệ: "${email}".`,
      `Invalid e-mail address: "${email}".`,
    );
  }
  const [unit] = await db.select({ code: units.code }).from(units).where(eq(units.code, input.unitCode));
  if (!unit) {
    throw new AppError(
      'unknown_unit',
      `Không có đơn vị mã "${input.unitCode}".`,
      `No unit with code "${input.unitCode}".`,
    );
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (existing) throw usernameTaken(username);

  const [row] = await db
    .insert(users)
    .values({
      username,
      displayName: input.displayName?.trim().normalize('NFC') || username,
      email,
      passwordHash: await hashPassword(input.password),
      unitCode: input.unitCode,
      roles: [...new Set(input.roles)],
      trackedIndicators: input.trackedIndicators ?? [],
    })
    .onConflictDoNothing({ target: users.username })
    .returning();
  if (!row) throw usernameTaken(username); // created by someone else in the meantime
  const view = presentUser(row);
  await audit(db, actor, { action: 'create', entity: 'user', entityId: row.id, after: view });
  return view;
}

const usernameTaken = (username: string) =>
  new AppError(
    'username_taken',
    `Tên đăng nhập "${username}" đã có người dùng.`,
    `Username "${username}" is taken.`,
    {
      status: 409,
    },
  );

export async function listUsers(db: AppDb): Promise<UserView[]> {
  const rows = await db.select().from(users).orderBy(asc(users.username));
  return rows.map(presentUser);
}

export interface EnsureAdminResult {
  created: boolean;
  /** The generated password, when one was generated (printed once, never stored in clear). */
  generatedPassword?: string;
}

/**
 * First start: with no user at all, creates `admin` (role admin) at the province's root unit —
 * `SONLA` when present, else the first root unit — with TIENDO_ADMIN_PASSWORD or a generated
 * password printed once.
 */
export async function ensureAdmin(
  app: Pick<AppContext, 'config' | 'database'>,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<EnsureAdminResult> {
  const { db } = app.database;
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(users);
  if (n > 0) return { created: false };

  const roots = await db
    .select({ code: units.code })
    .from(units)
    .where(isNull(units.parentCode))
    .orderBy(asc(units.code));
  // decision (docs/decisions/first-admin.md): no unit loaded yet → the province code SONLA
  const unitCode = roots.find((unit) => unit.code === 'SONLA')?.code ?? roots[0]?.code ?? 'SONLA';
  const generatedPassword = app.config.adminPassword ? undefined : generatePassword();
  const password = app.config.adminPassword ?? (generatedPassword as string);

  const created = await app.database.transaction(async ({ db: tx }) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: 'admin',
        displayName: 'Quản trị hệ thống',
        passwordHash: await hashPassword(password),
        unitCode,
        roles: ['admin'],
      })
      .onConflictDoNothing({ target: users.username })
      .returning();
    if (row)
      await audit(
        tx,
        { kind: 'system' },
        { action: 'create', entity: 'user', entityId: row.id, after: presentUser(row) },
      );
    return row !== undefined;
  });
  if (!created) return { created: false };
  if (generatedPassword) {
    print(`Tài khoản quản trị: admin / mật khẩu: ${generatedPassword}`);
    print(
      '(Administrator account: admin — the password is shown only this once; change it after signing in.)',
    );
  } else {
    print(
      'Tài khoản quản trị: admin / mật khẩu: lấy từ TIENDO_ADMIN_PASSWORD (administrator account created).',
    );
  }
  return { created: true, generatedPassword };
}
