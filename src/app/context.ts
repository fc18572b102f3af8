import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/connection.js';
import { acquireDataDirLock } from '../db/lock.js';
import { migrate } from '../db/migrate.js';

/** What every command and route works with: the database, the configuration and the clock. */
export interface AppContext {
  config: Config;
  database: Database;
  /** The time now; tests substitute their own. */
  now: () => Date;
  close(): Promise<void>;
}

/**
 * Opens the configured database (taking the embedded database's single-process lock) and applies
 * pending migrations. `purpose` names the holder in the lock so a second process can say who has it.
 */
export async function openApp(
  config: Config,
  purpose: string,
  options: { now?: () => Date } = {},
): Promise<AppContext> {
  const release = config.databaseUrl ? () => {} : acquireDataDirLock(config.dataDir, purpose);
  try {
    const database = await openDatabase(
      config.databaseUrl ? { url: config.databaseUrl } : { dataDir: `${config.dataDir}/pgdata` },
    );
    await migrate(database);
    return {
      config,
      database,
      now: options.now ?? (() => new Date()),
      async close() {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
