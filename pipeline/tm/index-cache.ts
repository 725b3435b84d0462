// What loading a large translation memory keeps between runs: each XLIFF file's index entries, under the file's
// size and modification time, in node_modules/.cache/silkbridge/ (or $SILKBRIDGE_CACHE_DIR; "off" disables it).
// Reading the index back from one JSON file is much cheaper than parsing every XLIFF file at each start. A file
// whose size or time changed is parsed again; a cache that is missing, stale, corrupt or from another version is
// ignored and rewritten. Every distinct key and target is stored once and files refer to them by position, since
// a memory repeats itself (boilerplate, shared sentences). Figures: docs/performance.md.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs.ts';
import type { Locale, Target } from '../types.ts';

const VERSION = 2;
/** Smaller memories load fast enough without: not worth a file (and tests' temporary projects leave none). */
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
  keys: string[];
  targets: Target[];
  /** The files, each entry as the positions of its key and its target: `[key, target, key, target, …]`. */
  files: (Omit<CachedFile, 'entries'> & { entries: number[] })[];
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
    // Read as bytes and decoded at once: a streaming utf8 read of a file this size is slower.
    const document = JSON.parse((await readFile(file)).toString('utf8')) as CacheDocument;
    if (document.version !== VERSION || document.dir !== memoryDir || !Array.isArray(document.files)) return out;
    const { keys, targets } = document;
    for (const cached of document.files) {
      const entries: [string, Target][] = [];
      for (let at = 0; at < cached.entries.length; at += 2) {
        const key = keys[cached.entries[at] as number];
        const target = targets[cached.entries[at + 1] as number];
        if (key === undefined || target === undefined) return new Map();
        entries.push([key, target]);
      }
      out.set(cached.path, { ...cached, entries });
    }
  } catch {
    // No cache yet, or one that cannot be read: the files are parsed.
  }
  return out;
}

/** Writes the cache; a cache that cannot be written is no error, the next run parses the files again. */
export async function writeIndexCache(file: string | undefined, memoryDir: string, files: CachedFile[]): Promise<void> {
  if (!file) return;
  const keys = new Map<string, number>();
  const targets = new Map<string, number>();
  const position = (table: Map<string, number>, value: string) => {
    let at = table.get(value);
    if (at === undefined) {
      at = table.size;
      table.set(value, at);
    }
    return at;
  };
  const stored = files.map(({ entries, ...rest }) => ({
    ...rest,
    entries: entries.flatMap(([key, target]) => [position(keys, key), position(targets, JSON.stringify(target))]),
  }));
  // The targets go in as the JSON they were keyed by, so each is written once without a second stringify.
  const document = `{"version":${VERSION},"dir":${JSON.stringify(memoryDir)},"keys":${JSON.stringify([...keys.keys()])},"targets":[${[...targets.keys()].join(',')}],"files":${JSON.stringify(stored)}}`;
  try {
    writeFileAtomic(file, document);
  } catch {
    // A cache that cannot be written is built again by the next run.
  }
}
