import { Cron } from 'croner';
import type { AppContext } from '../app/context.js';
import { runReminders } from './reminders.js';

/**
 * Runs the reminder job every five minutes inside the server (croner; no other service). The job
 * is idempotent, so overlapping or repeated runs send nothing twice; `protect` skips a run while
 * the previous one is still going. Returns a function that stops it.
 */
export function startScheduler(app: AppContext, log: (line: string) => void): () => void {
  const job = new Cron(
    '*/5 * * * *',
    { protect: true, unref: true, timezone: 'Asia/Ho_Chi_Minh' },
    async () => {
      try {
        const run = await runReminders(app, app.now());
        if (run.sent.length > 0) log(`Đã gửi ${run.sent.length} nhắc hạn / thông báo quá hạn báo cáo.`);
        for (const error of run.errors) log(`Lỗi gửi thư nhắc hạn: ${error}`);
      } catch (error) {
        log(`Lỗi chạy nhắc hạn báo cáo: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  );
  return () => job.stop();
}
