import { type AppContext, openApp } from '../app/context.js';
import { loadConfig } from '../config.js';

/**
 * Opens the database for a command. A fresh database gets the shipped catalogue first (Sơn La's units,
 * the seeds' plans), as at the server's first start, so `users add --unit SKHCN` or an import naming
 * the province's units works on a new machine; any province then imports its own units file on top.
 */
export async function openForCommand(purpose: string): Promise<AppContext> {
  const app = await openApp(loadConfig(), purpose);
  try {
    // The loader (YAML, the catalogue's schema) is imported only when there is something to load:
    // every command pays its module loading, and most find the catalogue there (bench/RESULTS.md).
    const [loaded] = await app.database.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM plans');
    if ((loaded?.n ?? 0) === 0) {
      const { ensureCatalogue } = await import('../catalogue/load.js');
      await ensureCatalogue(app, { kind: 'system' });
    }
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}
