// Path options checked before any work: a missing or wrong-kind path is the user's mistake, said in one line.
import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../pipeline/errors.ts';

/** What a path option must name: `…-or-missing` kinds are made by the run when absent. */
export type PathKind = 'file' | 'dir' | 'file-or-dir' | 'dir-or-missing' | 'file-or-missing';

/** `-` as a report path: standard output. */
export const STDOUT = '-';

const EXPECTED: Record<PathKind, string> = {
  file: 'a file',
  dir: 'a folder',
  'file-or-dir': 'a file or a folder',
  'dir-or-missing': 'a folder',
  'file-or-missing': 'a file',
};

async function kindOf(path: string): Promise<'file' | 'dir' | 'other' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent of the path is a file, so the path cannot exist.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw new UserError(`${(error as Error).message}`);
  }
}

function describe(kind: 'file' | 'dir' | 'other'): string {
  return kind === 'file' ? 'a file' : kind === 'dir' ? 'a folder' : 'not a regular file or folder';
}

/** Throws a UserError naming `option` unless `value` (relative to `cwd`) is of `kind`. */
export async function checkPath(cwd: string, option: string, value: string, kind: PathKind): Promise<void> {
  const found = await kindOf(resolve(cwd, value));
  if (found === 'missing') {
    if (kind === 'dir-or-missing' || kind === 'file-or-missing') return;
    throw new UserError(`${option} ${value}: not found`);
  }
  const fileKinds: PathKind[] = ['file', 'file-or-dir', 'file-or-missing'];
  const dirKinds: PathKind[] = ['dir', 'file-or-dir', 'dir-or-missing'];
  const ok = (found === 'file' && fileKinds.includes(kind)) || (found === 'dir' && dirKinds.includes(kind));
  if (!ok) throw new UserError(`${option} ${value}: is ${describe(found)}; expected ${EXPECTED[kind]}`);
}

/** A file the run will write: `-` (standard output), a regular file, or a new file in a folder (made if needed).
 * A device, a folder or a path under a file is refused, since the write renames a temp file over it. Returns the
 * path to write: `-`, or the file itself, with symbolic links resolved so that the rename keeps the link. */
export async function checkOutputFile(cwd: string, option: string, value: string): Promise<string> {
  if (value === STDOUT) return STDOUT;
  let path = resolve(cwd, value);
  const found = await kindOf(path);
  if (found !== 'file' && found !== 'missing')
    throw new UserError(
      `${option} ${value}: is ${describe(found)}; expected a regular file (or - for standard output)`,
    );
  if (found === 'file') {
    if ((await lstat(path)).isSymbolicLink()) path = await realpath(path);
    return path;
  }
  let parent = dirname(path);
  for (;;) {
    const above = await kindOf(parent);
    if (above === 'dir') return path;
    if (above !== 'missing') throw new UserError(`${option} ${value}: ${parent} is ${describe(above)}, not a folder`);
    const next = dirname(parent);
    if (next === parent) return path;
    parent = next;
  }
}

/** Checks every `[option, value, kind]` in order; undefined values are skipped. */
export async function checkPaths(cwd: string, checks: [string, string | undefined, PathKind][]): Promise<void> {
  for (const [option, value, kind] of checks) if (value !== undefined) await checkPath(cwd, option, value, kind);
}
