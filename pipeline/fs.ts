// Writes that never leave a half-written file: write a temp file beside the target, then rename over it.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

let counter = 0;

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temp = join(dirname(file), `.tmp-${basename(file)}.${process.pid}.${counter++}`);
  try {
    try {
      await writeFile(temp, content);
    } catch (error) {
      // The folder is made only when missing: a mkdir before every write was a tenth of the I/O of a run.
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
