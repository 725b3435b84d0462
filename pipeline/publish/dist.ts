// Replacing the output folder atomically: every file is written into a temp folder beside it (same file system,
// so rename is atomic), and only a complete build is swapped in: old → backup, temp → out, backup removed.
// Any failure before the swap removes the temp folder and leaves the previous output byte for byte.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { isWithin, resolveInside } from './paths.ts';

/** The manifest's file name. */
export const MANIFEST_FILE = 'manifest.json';

/** The file that marks a folder silkbridge publish wrote, and so may replace; a dot file, which site generators skip. */
export const DIST_MARKER = '.silkbridge-dist';
/** Its exact content: a `manifest.json` is common, this line is not. */
export const DIST_MARKER_TEXT = 'silkbridge publish output: this folder is replaced as a whole on every publish\n';

export interface DistWriter {
  /** Writes `content` at `path` (relative, inside the folder being built); a path written twice is an error. */
  write(path: string, content: string): Promise<void>;
}

/**
 * Refuses output folders whose replacement would destroy something else: a file-system root, the project or one
 * of its ancestors, a folder holding (or inside) a `protect`ed path, or an existing non-empty folder that a
 * publish did not write (no `.silkbridge-dist` marker with its exact text).
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
  if (entries.length > 0 && !(await hasMarker(dir))) {
    throw refuse(
      `it exists and was not written by silkbridge publish (no ${DIST_MARKER} marker), so replacing it could delete your files`,
    );
  }
}

async function hasMarker(dir: string): Promise<boolean> {
  try {
    return (await readFile(join(dir, DIST_MARKER), 'utf8')) === DIST_MARKER_TEXT;
  } catch {
    return false;
  }
}

/**
 * Removes the temp and backup folders that a killed publish of `out` left beside it: named as `replaceDir` names
 * them, made by a process that is no longer running, and empty or marked as ours. Returns the names removed.
 */
export async function removeStale(out: string): Promise<string[]> {
  const target = resolve(out);
  const parent = dirname(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(?:tmp|old)-(\\d+)-[A-Za-z0-9]+$`);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isInteger(pid) || isRunning(pid)) continue;
    const dir = join(parent, name);
    let entries: string[];
    try {
      if (!(await stat(dir)).isDirectory()) continue;
      entries = await readdir(dir);
    } catch {
      continue;
    }
    if (entries.length > 0 && !(await hasMarker(dir))) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runs `build` against a writer into a fresh temp folder beside `out`, then swaps it in. When `build` throws,
 * nothing is swapped, the temp folder (and any parent folder this call created) is removed, and the error is
 * rethrown. The temp folder is created on the first write, so a build that fails before writing touches nothing.
 * The temp folder's name carries the process id and its first file is the marker, so that `removeStale` can
 * tell a leftover of a killed run from a build in progress.
 */
export async function replaceDir<T>(out: string, build: (writer: DistWriter) => Promise<T>): Promise<T> {
  const target = resolve(out);
  const parent = dirname(target);
  let temp: string | undefined;
  let createdParent: string | undefined;
  const ensureTemp = async (): Promise<string> => {
    if (temp === undefined) {
      createdParent = await mkdir(parent, { recursive: true });
      temp = await mkdtemp(join(parent, `.${basename(target)}.tmp-${process.pid}-`));
      await writeFile(join(temp, DIST_MARKER), DIST_MARKER_TEXT, { flag: 'wx' });
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
    backup = join(dirname(target), `.${basename(target)}.old-${process.pid}-${randomBytes(6).toString('hex')}`);
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
