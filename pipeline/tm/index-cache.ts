// What loading a large translation memory keeps between runs: each XLIFF file's index entries, under the file's
// size and modification time, in node_modules/.cache/silkbridge/ (or $SILKBRIDGE_CACHE_DIR; "off" disables it).
// Parsing 2,000 XLIFF files was most of a warm run's start; reading them back from one JSON file takes a fifth of
// that. A file whose size or time changed is parsed again; a cache that is missing, stale, corrupt or from
// another version is ignored and rewritten. Entries are the index's own Target objects, so nothing is copied.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs.ts';
import type { Locale, Target } from '../types.ts';

const VERSION = 1;
/** Smaller memories load in a few milliseconds: not worth a file (and tests' temporary projects leave none). */
export const CACHE_MIN_FILES = 64;
const DEFAULT_DIR = fileURLToPath(new URL('../../node_modules/.cache/silkbridge/', import.meta.url));

/** One XLIFF file's contribution to the index, in unit order: masked source key and target. */
export interface CachedFile {
  /** Path relative to the memory folder. */
  path: string;
  size: number;
  mtimeMs: number;
  srcLang: Locale;
  trgLang: Locale;
  entries: [string, Target][];
}

interface CacheDocument {
  version: number;
  dir: string;
  files: CachedFile[];
}

/** The cache file of a memory folder, or undefined when caching is off. */
export function cacheFile(memoryDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.SILKBRIDGE_CACHE_DIR ?? DEFAULT_DIR;
  if (dir === 'off' || dir === '') return undefined;
  return join(dir, `tm-${createHash('sha256').update(memoryDir).digest('hex').slice(0, 16)}.json`);
}

/** The cached files of `memoryDir` by relative path; empty when there is no usable cache. */
export async function readIndexCache(file: string | undefined, memoryDir: string): Promise<Map<string, CachedFile>> {
  const out = new Map<string, CachedFile>();
  if (!file) return out;
  try {
    // Read as bytes and decoded at once: a streaming utf8 read of a file this size is several times slower.
    const document = JSON.parse((await readFile(file)).toString('utf8')) as CacheDocument;
    if (document.version !== VERSION || document.dir !== memoryDir || !Array.isArray(document.files)) return out;
    for (const cached of document.files) out.set(cached.path, cached);
  } catch {
    // No cache yet, or one that cannot be read: the files are parsed.
  }
  return out;
}

/** Writes the cache; a cache that cannot be written is no error, the next run parses the files again. */
export async function writeIndexCache(file: string | undefined, memoryDir: string, files: CachedFile[]): Promise<void> {
  if (!file) return;
  const document: CacheDocument = { version: VERSION, dir: memoryDir, files };
  await writeFileAtomic(file, JSON.stringify(document)).catch(() => undefined);
}
