import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The kept originals: every accepted extract's bytes, stored as `<filesDir>/<sha256>` as evidence
 * (SPEC §5: "The original file is kept, with its SHA-256"). Written while the import streams
 * the file, to a temporary `.part` file that becomes the kept file only once the import is accepted.
 */
export interface OriginalFile {
  /** The bytes of the source, passed on unchanged while they are hashed and written. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Reads what the consumer left unread, closes the temporary file and gives the fingerprint. */
  finish(): Promise<{ sha256: string; sizeBytes: number }>;
  /** The same bytes again, read from the temporary file (after finish()). */
  reread(): AsyncIterable<Uint8Array>;
  /** Makes the temporary file the kept original; `created` is false when those bytes were already kept. */
  keep(): Promise<{ path: string; created: boolean }>;
  /** Removes the temporary file (a rejected extract leaves nothing behind). */
  discard(): Promise<void>;
}

/**
 * Reads of an extract file: each read becomes one batch of rows for the store. 256 KB rather than
 * 1 MB kept a million-dossier import on PostgreSQL at 191–209 MB RSS against 309 MB, with no more
 * CPU (bench/RESULTS.md).
 */
export const READ_BYTES = 1 << 18;

export function keptFilePath(filesDir: string, sha256: string): string {
  return join(filesDir, sha256);
}

export async function startOriginal(
  filesDir: string,
  source: AsyncIterable<Uint8Array>,
): Promise<OriginalFile> {
  await mkdir(filesDir, { recursive: true });
  await removeStaleParts(filesDir);
  const partPath = join(filesDir, `.${process.pid}-${randomBytes(6).toString('hex')}.part`);
  const handle = await open(partPath, 'wx');
  const hash = createHash('sha256');
  const iterator = source[Symbol.asyncIterator]();
  let sizeBytes = 0;
  let done = false;
  let closed = false;
  let sha256: string | null = null;

  const pull = async (): Promise<IteratorResult<Uint8Array>> => {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      return next;
    }
    hash.update(next.value);
    sizeBytes += next.value.byteLength;
    await handle.write(next.value);
    return next;
  };

  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };

  return {
    // Not a generator over `source`: a reader that stops early must not end the source, so that
    // finish() can still hash the rest.
    chunks: {
      [Symbol.asyncIterator]: () => ({
        next: () => (done ? Promise.resolve({ done: true, value: undefined }) : pull()),
        return: async () => ({ done: true, value: undefined }),
      }),
    },
    async finish() {
      while (!done) await pull();
      await handle.sync();
      await close();
      sha256 ??= hash.digest('hex');
      return { sha256, sizeBytes };
    },
    reread() {
      if (!sha256) throw new Error('reread() before finish()');
      return createReadStream(partPath, { highWaterMark: READ_BYTES });
    },
    async keep() {
      if (!sha256) throw new Error('keep() before finish()');
      const path = keptFilePath(filesDir, sha256);
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (exists) {
        await rm(partPath, { force: true });
        return { path, created: false };
      }
      await rename(partPath, path);
      return { path, created: true };
    },
    async discard() {
      await close().catch(() => {});
      await rm(partPath, { force: true });
    },
  };
}

/** Temporary files left by a process that was killed mid-import (its pid is no longer alive). */
async function removeStaleParts(filesDir: string): Promise<void> {
  for (const name of await readdir(filesDir)) {
    const match = /^\.(\d+)-[0-9a-f]+\.part$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && !isAlive(pid)) await rm(join(filesDir, name), { force: true });
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
