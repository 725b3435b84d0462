// Replacing the output folder atomically: every file is written into a temp folder beside it (same file system,
// so rename is atomic), and only a complete build is swapped in: old → backup, temp → out, backup removed.
// Any failure before the swap removes the temp folder and leaves the previous output byte for byte.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { isWithin, resolveInside } from './paths.ts';

/** The manifest's file name: its presence marks a folder silkbridge may replace. */
export const MANIFEST_FILE = 'manifest.json';

export interface DistWriter {
  /** Writes `content` at `path` (relative, inside the folder being built); a path written twice is an error. */
  write(path: string, content: string): Promise<void>;
}

/**
 * Refuses output folders whose replacement would destroy something else: a file-system root, the project or one
 * of its ancestors, a folder holding (or inside) a `protect`ed path, or an existing non-empty folder that a
 * publish did not write (no manifest.json).
 */
export async function checkOutDir(out: string, cwd: string, protect: readonly string[] = []): Promise<void> {
  const dir = resolve(cwd, out);
  const refuse = (why: string) => new UserError(`refusing to publish into ${out}: ${why}; choose another --out`);
  if (parse(dir).root === dir) throw refuse('it is a file-system root');
  if (isWithin(dir, cwd)) throw refuse('it contains the project folder');
  for (const path of protect) {
    if (isWithin(dir, path) || isWithin(path, dir)) throw refuse(`it overlaps ${path}`);
  }
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw refuse('it is a file');
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length > 0 && !entries.includes(MANIFEST_FILE)) {
    throw refuse(
      `it exists and was not written by silkbridge publish (no ${MANIFEST_FILE}), so replacing it could delete your files`,
    );
  }
}

/**
 * Runs `build` against a writer into a fresh temp folder beside `out`, then swaps it in. When `build` throws,
 * nothing is swapped, the temp folder (and any parent folder this call created) is removed, and the error is
 * rethrown. The temp folder is created on the first write, so a build that fails before writing touches nothing.
 */
export async function replaceDir<T>(out: string, build: (writer: DistWriter) => Promise<T>): Promise<T> {
  const target = resolve(out);
  const parent = dirname(target);
  let temp: string | undefined;
  let createdParent: string | undefined;
  const ensureTemp = async (): Promise<string> => {
    if (temp === undefined) {
      createdParent = await mkdir(parent, { recursive: true });
      temp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
    }
    return temp;
  };
  const writer: DistWriter = {
    async write(path, content) {
      const file = resolveInside(await ensureTemp(), path);
      await mkdir(dirname(file), { recursive: true });
      try {
        await writeFile(file, content, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new UserError(`two outputs would be written to ${path}`);
        throw error;
      }
    },
  };
  const cleanUp = async () => {
    if (temp !== undefined) await rm(temp, { recursive: true, force: true });
    if (createdParent !== undefined) await rm(createdParent, { recursive: true, force: true });
  };

  let result: T;
  try {
    result = await build(writer);
    await ensureTemp();
  } catch (error) {
    await cleanUp();
    throw error;
  }
  await swap(target, temp as string, cleanUp);
  return result;
}

async function swap(target: string, temp: string, cleanUp: () => Promise<void>): Promise<void> {
  let backup: string | undefined;
  try {
    await stat(target);
    backup = join(dirname(target), `.${basename(target)}.old-${randomBytes(6).toString('hex')}`);
    await rename(target, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await cleanUp();
      throw error;
    }
    backup = undefined;
  }
  try {
    await rename(temp, target);
  } catch (error) {
    // Put the previous output back before reporting: the swap is all or nothing.
    if (backup !== undefined) await rename(backup, target);
    await cleanUp();
    throw error;
  }
  if (backup !== undefined) await rm(backup, { recursive: true, force: true });
}
