// What a run derives from one file and would otherwise work out again at every start (the checked glossary, the
// validated project config), kept in the cache folder beside the manifest. An entry is used only while its key is
// the same: the file's bytes, the tool's version and whatever else the caller says the result depends on.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs.ts';
import { cacheDir, sha256, toolVersion } from './manifest.ts';

export interface FileCache<T> {
  /** The value kept for this key, if any. */
  cached?: T;
  /** Keeps `value` for this key; best effort, as a cache: when it cannot be written, the next run works it out. */
  save: (value: T) => Promise<void>;
}

/** The cache entry of `kind` for `file` (whose content is `bytes`), or undefined when caching is off. */
export async function fileCache<T>(
  kind: string,
  file: string,
  bytes: Buffer,
  dependsOn: string,
  env: NodeJS.ProcessEnv,
): Promise<FileCache<T> | undefined> {
  const dir = cacheDir(env);
  if (!dir) return undefined;
  const key = sha256(Buffer.concat([bytes, Buffer.from(`\u0000${toolVersion()}\u0000${dependsOn}`)]));
  const path = join(dir, `${kind}-${sha256(file).slice(0, 16)}.json`);
  const save = async (value: T) => {
    await mkdir(dir, { recursive: true })
      .then(() => writeFileAtomic(path, JSON.stringify({ key, value })))
      .catch(() => undefined);
  };
  try {
    const entry = JSON.parse(await readFile(path, 'utf8')) as { key?: unknown; value?: T };
    return entry.key === key && entry.value !== undefined ? { cached: entry.value, save } : { save };
  } catch {
    return { save };
  }
}
