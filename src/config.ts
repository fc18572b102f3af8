import { resolve } from 'node:path';

/** Everything the product reads from its environment, read in one place. */
export interface Config {
  /** Embedded database and kept files live here (TIENDO_DATA_DIR, default ./data). */
  dataDir: string;
  /** postgres://… switches from the embedded database to a PostgreSQL server. */
  databaseUrl?: string;
  /** Original extract files, content-addressed by SHA-256. */
  filesDir: string;
  port: number;
  host: string;
  adminPassword?: string;
  /** Idle minutes before a session expires (level-3 systems require an idle timeout). */
  sessionIdleMinutes: number;
  /** Absolute session lifetime in hours. */
  sessionMaxHours: number;
  /** Failed logins before the account is locked for lockMinutes. */
  maxFailedLogins: number;
  lockMinutes: number;
  /** Largest upload accepted, in bytes. */
  uploadLimitBytes: number;
  smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string };
  /** Secure cookies (HTTPS). Off on plain http://localhost. */
  secureCookies: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.TIENDO_DATA_DIR ?? './data');
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`${name} must be a whole number (got "${raw}")`);
    return value;
  };
  return {
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    filesDir: resolve(env.TIENDO_FILES_DIR ?? resolve(dataDir, 'files')),
    port: int('PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    adminPassword: env.TIENDO_ADMIN_PASSWORD || undefined,
    sessionIdleMinutes: int('TIENDO_SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: int('TIENDO_SESSION_MAX_HOURS', 12),
    maxFailedLogins: int('TIENDO_MAX_FAILED_LOGINS', 5),
    lockMinutes: int('TIENDO_LOCK_MINUTES', 15),
    uploadLimitBytes: int('TIENDO_UPLOAD_LIMIT_BYTES', 512 * 1024 * 1024),
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: int('SMTP_PORT', 25),
          secure: env.SMTP_SECURE === 'true',
          user: env.SMTP_USER || undefined,
          pass: env.SMTP_PASS || undefined,
          from: env.SMTP_FROM ?? 'Tiến Độ <tiendo@localhost>',
        }
      : undefined,
    secureCookies: env.TIENDO_SECURE_COOKIES === 'true',
  };
}
