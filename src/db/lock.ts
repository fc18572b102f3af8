import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../shared/errors.js';

/**
 * The embedded database is opened by one process at a time (PGlite is single-user).
 * A lock file holds the owner's pid; a lock left by a process that has died is taken over,
 * so a killed import never needs a hand-cleared lock.
 */
export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'tiendo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new AppError(
          'database_in_use',
          `Cơ sở dữ liệu nhúng tại "${dataDir}" đang được tiến trình ${owner.pid} (${owner.purpose}) sử dụng. Hãy dừng tiến trình đó hoặc dùng API của máy chủ đang chạy.`,
          `The embedded database at "${dataDir}" is in use by process ${owner.pid} (${owner.purpose}). Stop it, or use the running server's API.`,
          { status: 409 },
        );
      }
      rmSync(path, { force: true }); // stale: its owner is gone
    }
  }
  throw new AppError(
    'database_in_use',
    'Không lấy được khóa cơ sở dữ liệu.',
    'Could not lock the database.',
    { status: 409 },
  );
}

function readOwner(path: string): { pid: number; purpose: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; purpose?: unknown };
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, purpose: String(parsed.purpose ?? '') } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
