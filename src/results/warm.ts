import { TZDate } from '@date-fns/tz';
import type { Database } from '../db/connection.js';
import { getResultsForPeriods } from './cache.js';

/**
 * Cache warming: the first dashboard of a year computes every month (≈15 s on the demo data), so
 * the server computes the current year's months in the background after it starts and after each
 * applied import. Nobody waits for it; a failure is only logged (the next read computes anyway).
 */

export interface WarmTarget {
  database: Database;
  now: () => Date;
}

/** January … the current month of the current year, Việt Nam time (SPEC: Asia/Ho_Chi_Minh, no DST). */
export function periodsToWarm(now: Date): string[] {
  const local = new TZDate(now.getTime(), 'Asia/Ho_Chi_Minh');
  const year = local.getFullYear();
  const month = local.getMonth() + 1;
  return Array.from({ length: month }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

// Warming is switched on by the server (src/app/start.ts); test apps and short-lived CLI commands
// leave it off, so that no computation outlives them or slows them down.
const enabled = new WeakSet<Database>();

export function enableWarming(database: Database): void {
  enabled.add(database);
}

/** After an applied import: warm when the server switched warming on, else nothing. */
export function warmAfterImport(app: WarmTarget, log: (line: string) => void): void {
  if (enabled.has(app.database)) void warmResultsCache(app, log);
}

// one warm-up at a time per database; a request while one runs asks for one more run afterwards,
// because the data it was started for may already be stale
const running = new WeakMap<Database, { again: boolean; done: Promise<void> }>();

/**
 * Starts warming and returns at once; the promise (for tests and shutdown) settles when the work
 * is done and never rejects.
 */
export function warmResultsCache(
  app: WarmTarget,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const current = running.get(app.database);
  if (current) {
    current.again = true;
    return current.done;
  }
  const state = { again: false, done: Promise.resolve() };
  state.done = (async () => {
    try {
      do {
        state.again = false;
        const periods = periodsToWarm(app.now());
        const started = Date.now();
        await getResultsForPeriods(app, periods);
        log(
          `Đã tính sẵn kết quả ${periods.length} tháng (${Date.now() - started} ms). / Results cache warmed.`,
        );
      } while (state.again);
    } catch (error) {
      log(`Không tính sẵn được kết quả: ${(error as Error).message} / Results cache warming failed.`);
    } finally {
      running.delete(app.database);
    }
  })();
  running.set(app.database, state);
  return state.done;
}
