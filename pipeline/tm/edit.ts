// One change to one memory file, safe against every other writer: under the file's writer lock, the file is read
// again, changed and written atomically. The index cache stays true because it is keyed by each file's size and
// modification time, which the write changes.
import { writeFileAtomic } from '../fs.ts';
import { readTmFile } from './index.ts';
import { withFileLock } from './lock.ts';
import { keepDisplays, stringifyXliff, type TmFile } from './xliff.ts';

/**
 * Applies `edit` to the file at `path` as it is on disk now (undefined when there is none) and writes the result;
 * `edit` returning undefined writes nothing. Returns what was written (or undefined).
 */
export async function editTmFile(
  path: string,
  edit: (file: TmFile | undefined) => TmFile | undefined,
): Promise<TmFile | undefined> {
  return withFileLock(path, async () => {
    const current = await readTmFile(path);
    const changed = edit(current);
    if (current && changed) keepDisplays(current, changed);
    if (changed) writeFileAtomic(path, stringifyXliff(changed));
    return changed;
  });
}
