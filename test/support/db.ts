import { randomBytes } from 'node:crypto';
import { describe } from 'vitest';
import { type Database, openDatabase } from '../../src/db/connection.js';
import { migrate } from '../../src/db/migrate.js';

export interface EngineUnderTest {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database (a new schema on PostgreSQL). */
  open(): Promise<Database>;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (always in CI, where a missing server fails). */
export function enginesUnderTest(): EngineUnderTest[] {
  const engines: EngineUnderTest[] = [
    {
      name: 'pglite',
      async open() {
        const database = await openDatabase({});
        await migrate(database);
        return database;
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    engines.push({
      name: 'postgres',
      async open() {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const admin = await openDatabase({ url });
        await admin.raw.query(`CREATE SCHEMA ${schema}`);
        await admin.close();
        const database = await openDatabase({ url, searchPath: schema });
        await migrate(database, { migrationsSchema: schema });
        const close = database.close.bind(database);
        return {
          ...database,
          engine: database.engine,
          db: database.db,
          raw: database.raw,
          transaction: database.transaction.bind(database),
          async close() {
            await database.raw.query(`DROP SCHEMA ${schema} CASCADE`);
            await close();
          },
        };
      },
    });
  }
  return engines;
}

/** `describe` once per engine: describeEachEngine('imports', (engine) => { … }). */
export function describeEachEngine(name: string, body: (engine: EngineUnderTest) => void): void {
  for (const engine of enginesUnderTest()) describe(`${name} [${engine.name}]`, () => body(engine));
}
