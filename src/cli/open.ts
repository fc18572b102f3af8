import { type AppContext, openApp } from '../app/context.js';
import { ensureCatalogue } from '../catalogue/load.js';
import { loadConfig } from '../config.js';

/**
 * Opens the database for a command. A fresh database gets the shipped catalogue first (Sơn La's units,
 * the seeds' plans), as at the server's first start, so `users add --unit SKHCN` or an import naming
 * the province's units works on a new machine; any province then imports its own units file on top.
 */
export async function openForCommand(purpose: string): Promise<AppContext> {
  const app = await openApp(loadConfig(), purpose);
  try {
    await ensureCatalogue(app, { kind: 'system' });
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}
