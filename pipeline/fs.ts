// Writes that never leave a half-written file: write a temp file beside the target, then rename over it.
import fs from 'node:fs';
import { promisify } from 'node:util';
import { dirname, join, basename } from 'node:path';
import { threadId } from 'node:worker_threads';

// The callback API, promisified: fs/promises' writeFile goes through a FileHandle, a round trip per step, which is
// slower for the many small files of a run.
const writeFile = promisify(fs.writeFile);
const rename = promisify(fs.rename);
const rm = promisify(fs.rm);
const mkdir = promisify(fs.mkdir);

let counter = 0;

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  // pid and thread: worker threads write too, each with its own counter.
  const temp = join(dirname(file), `.tmp-${basename(file)}.${process.pid}.${threadId}.${counter++}`);
  try {
    try {
      await writeFile(temp, content);
    } catch (error) {
      // The folder is made only when missing: a mkdir before every write is I/O spent on every output.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(temp, content);
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
