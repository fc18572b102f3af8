import { ensureAdmin } from '../auth/users.js';
import { ensureCatalogue } from '../catalogue/load.js';
import { isDemo, loadDemo } from '../demo/load.js';
import { loadDemoReports } from '../demo/reports.js';
import { createDemoUsers } from '../demo/users.js';
import { startScheduler } from '../notifications/scheduler.js';
import { enableWarming, warmResultsCache } from '../results/warm.js';
import type { AppContext } from './context.js';

/**
 * What a server does once its database is open, before it listens: load the shipped catalogue into
 * an empty database, make sure an administrator exists, and (with --demo) load the demonstration
 * extracts and accounts. Resolves with what it does once it listens (`startBackground`).
 */
export async function startApp(
  app: AppContext,
  options: { demo: boolean; log: (line: string) => void },
): Promise<{ demo: boolean }> {
  if (await ensureCatalogue(app, { kind: 'system' }))
    options.log('Đã nạp danh mục kế hoạch, chỉ tiêu, nhiệm vụ lần đầu.');
  await ensureAdmin(app, options.log);
  let demo = false;
  if (options.demo) {
    await loadDemo(app, options.log);
    demo = await isDemo(app);
    if (demo) await createDemoUsers(app);
  }
  // issue 3 §6: reminders before each reporting deadline, the late and missing list after it
  startScheduler(app, options.log);
  return { demo };
}

/**
 * Work started once the server listens, so that it answers from the first second: the year's
 * months computed into the results cache (the first dashboard then opens quickly), then on a
 * demonstration installation its monthly reports, through the reporting commands (≈ 2–3 minutes; the
 * dashboard fills in as they arrive). On the embedded database every query runs on the server's
 * own thread, so this work started before listening held the port closed for as long as it took.
 * Returns at once; the promise settles when the work is done and never rejects.
 */
export function startBackground(
  app: AppContext,
  options: { demo: boolean; log: (line: string) => void },
): Promise<void> {
  enableWarming(app.database);
  const warmed = warmResultsCache(app, options.log);
  if (!options.demo) return warmed;
  return warmed
    .then(() => loadDemoReports(app, options.log))
    .then(
      () => undefined,
      (error: unknown) =>
        options.log(`Không nạp được báo cáo trình diễn: ${(error as Error).message} / Demo reports failed.`),
    );
}
