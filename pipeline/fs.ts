// Writes that never leave a half-written file: write a temp file beside the target, then rename over it.
import fs from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/**
 * Returns the written file's stats. Synchronous: the page cache takes a small file at once, and for the many outputs
 * of a run the asynchronous calls' hand-offs to libuv's threads cost three times the CPU (docs/performance.md).
 */
export function writeFileAtomic(file: string, content: string): fs.Stats {
  // pid and thread: worker threads write too, each with its own counter.
  const temp = join(dirname(file), `.tmp-${basename(file)}.${process.pid}.${threadId}.${counter++}`);
  try {
    let fd: number;
    try {
      fd = fs.openSync(temp, 'w');
    } catch (error) {
      // The folder is made only when missing: a mkdir before every write is I/O spent on every output.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      fs.mkdirSync(dirname(file), { recursive: true });
      fd = fs.openSync(temp, 'w');
    }
    let info: fs.Stats;
    try {
      fs.writeFileSync(fd, content);
      info = fs.fstatSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // A rename keeps the file's size and modification time.
    fs.renameSync(temp, file);
    return info;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
