import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.js';
import type { Database } from '../db/connection.js';
import { audit } from './audit.js';

const sqlFile = fileURLToPath(new URL('../db/sql/audit-append-only.sql', import.meta.url));
const srcDir = fileURLToPath(new URL('..', import.meta.url));

/** Applies the trigger unless the migrations already have (once the lead adds it as a custom migration). */
async function ensureAppendOnly(database: Database) {
  const [present] = await database.raw.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'audit_log_append_only'`,
  );
  if ((present?.n ?? 0) > 0) return;
  for (const statement of readFileSync(sqlFile, 'utf8').split('--> statement-breakpoint')) {
    await database.raw.query(statement);
  }
}

describeEachEngine('audit trail is append-only', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await ensureAppendOnly(database);
    await audit(
      database.db,
      { kind: 'system' },
      { action: 'create', entity: 'user', entityId: 1, after: { username: 'a' } },
    );
  });
  afterAll(() => database.close());

  it('the database refuses UPDATE and DELETE on audit_log', async () => {
    await expect(database.raw.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(database.raw.query('DELETE FROM audit_log')).rejects.toThrow(/append-only: DELETE/);
    const rows = await database.raw.query<{ actor: string }>('SELECT actor FROM audit_log');
    expect(rows).toEqual([{ actor: 'system' }]);
  });

  it('appending still works', async () => {
    await audit(database.db, { kind: 'cli' }, { action: 'create', entity: 'unit', entityId: 'SONLA' });
    const rows = await database.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(rows).toEqual([{ n: 2 }]);
  });
});

describe('the application never rewrites the audit trail', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
    });

  it('no source file updates or deletes audit rows', () => {
    const offenders = sources(srcDir).filter((path) => {
      const text = readFileSync(path, 'utf8');
      return (
        /\.(update|delete)\(\s*auditLog\b/.test(text) ||
        /\b(UPDATE\s+audit_log|DELETE\s+FROM\s+audit_log)\b/i.test(text)
      );
    });
    expect(offenders).toEqual([]);
  });
});
