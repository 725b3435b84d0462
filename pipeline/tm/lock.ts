// The memory's writer lock: one lock per XLIFF file (`<file>.lock`, a folder made atomically by proper-lockfile),
// held while the file is re-read, changed and written, so that localize runs, the review server and an import
// can write one memory at once without losing a unit. A lock left by a killed process goes stale and is taken over.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../errors.ts';

/** A lock not refreshed for this long belongs to a dead process. */
const STALE_MS = 10_000;
/** Waits up to about 30 s for another writer: writers hold a lock for one file's read and write only. */
const RETRIES = { retries: 300, factor: 1.2, minTimeout: 5, maxTimeout: 100, randomize: true };

/** Runs `work` while holding the writer lock of the memory file `path`. */
export async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(path), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path, {
      realpath: false,
      stale: STALE_MS,
      retries: RETRIES,
      // A compromised lock means this process stalled past the stale time; the write that follows is still atomic.
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new UserError(`another process holds the memory lock ${path}.lock; try again when it has finished`, {
        file: path,
      });
    }
    throw error;
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
