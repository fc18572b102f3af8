import { ensureAdmin } from '../auth/users.js';
import { ensureCatalogue } from '../catalogue/load.js';
import { isDemo, loadDemo } from '../demo/load.js';
import { createDemoUsers } from '../demo/users.js';
import { startScheduler } from '../notifications/scheduler.js';
import { enableWarming, warmResultsCache } from '../results/warm.js';
import type { AppContext } from './context.js';

/**
 * What a server does once its database is open: load the shipped catalogue into an empty database,
 * make sure an administrator exists, and (with --demo) load the demonstration data.
 */
export async function startApp(
  app: AppContext,
  options: { demo: boolean; log: (line: string) => void },
): Promise<void> {
  if (await ensureCatalogue(app, { kind: 'system' }))
    options.log('Đã nạp danh mục kế hoạch, chỉ tiêu, nhiệm vụ lần đầu.');
  await ensureAdmin(app, options.log);
  if (options.demo) {
    await loadDemo(app, options.log);
    if (await isDemo(app)) await createDemoUsers(app);
  }
  // issue 3 §6: reminders before each reporting deadline, the late and missing list after it
  startScheduler(app, options.log);
  // the year's months computed in the background, so that the first dashboard opens quickly
  enableWarming(app.database);
  void warmResultsCache(app, options.log);
}
