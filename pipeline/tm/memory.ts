// The translation memory: every XLIFF file under the translations folder, indexed by locale pair and masked source.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { runsKey } from '../runs.ts';
import type { Locale, Run, Target, TargetState } from '../types.ts';
import { cacheFile, CACHE_MIN_FILES, readIndexCache, writeIndexCache, type CachedFile } from './index-cache.ts';
import { parseXliff, type TmFile } from './xliff.ts';

/** Files read ahead while one is parsed. */
const READ_AHEAD = 8;

const RANK: Record<TargetState, number> = { initial: 0, translated: 1, reviewed: 2, final: 3 };

export interface TranslationMemory {
  /** Files being added to in this run, by path (see `readTmFile`). Loading keeps only the index: holding every
   * file's units as well doubled the heap of a large memory, and the garbage collector's time with it. */
  files: Map<string, TmFile>;
  /** `from>to` → masked source key → best target. */
  index: Map<string, Map<string, Target>>;
}

export function pairKey(from: Locale, to: Locale): string {
  return `${from}>${to}`;
}

/** The XLIFF file of a release and target locale. */
export function tmPath(dir: string, release: string, locale: Locale): string {
  return join(dir, release, `${locale}.xlf`);
}

export function emptyMemory(): TranslationMemory {
  return { files: new Map(), index: new Map() };
}

/**
 * Reads `<dir>/<release>/<locale>.xlf` for every release folder. A missing folder is an empty memory. A memory of
 * many files is indexed from its cache where the files have not changed (./index-cache.ts).
 */
export async function loadMemory(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<TranslationMemory> {
  const memory = emptyMemory();
  let releases: string[];
  try {
    releases = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return memory;
  }
  const files: string[] = [];
  for (const release of releases) {
    const names = (await readdir(join(dir, release))).filter((name) => name.endsWith('.xlf')).sort();
    for (const name of names) files.push(join(dir, release, name));
  }
  const cachePath = files.length >= CACHE_MIN_FILES ? cacheFile(dir, env) : undefined;
  const cached = await readIndexCache(cachePath, dir);
  const stamps = cachePath ? await Promise.all(files.map((file) => stat(file))) : [];
  const hit = (index: number): CachedFile | undefined => {
    const entry = cached.get(relative(dir, files[index] ?? ''));
    const stamp = stamps[index];
    return entry && stamp && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry : undefined;
  };
  // Reads run a few files ahead of parsing (one at a time left the process idle on I/O a fifth of the time);
  // files are still indexed in order, which decides ties.
  const misses = files.map((_, index) => index).filter((index) => !hit(index));
  const reads = new Map<number, Promise<string>>();
  const ahead = (at: number) => {
    const index = misses[at];
    const file = index === undefined ? undefined : files[index];
    if (index === undefined || file === undefined || reads.has(index)) return;
    const read = readFile(file, 'utf8');
    read.catch(() => undefined); // rejected before its turn: reported when awaited, not as unhandled
    reads.set(index, read);
  };
  const fresh: CachedFile[] = [];
  let missed = 0;
  for (let index = 0; index < files.length; index++) {
    let entry = hit(index);
    if (!entry) {
      for (let next = missed; next < missed + READ_AHEAD; next++) ahead(next);
      missed++;
      const file = files[index] ?? '';
      const text = await reads.get(index);
      reads.delete(index);
      const tm = parseXliff(text ?? '', file);
      const stamp = stamps[index];
      entry = { path: relative(dir, file), size: stamp?.size ?? 0, mtimeMs: stamp?.mtimeMs ?? 0, srcLang: tm.srcLang, trgLang: tm.trgLang, entries: indexEntries(tm) };
    }
    for (const [key, target] of entry.entries) remember(memory, entry.srcLang, entry.trgLang, key, target);
    if (cachePath) fresh.push(entry);
  }
  if (cachePath && (misses.length > 0 || cached.size !== files.length)) await writeIndexCache(cachePath, dir, fresh);
  return memory;
}

/** The file at `path`, or undefined when there is none. */
export async function readTmFile(path: string): Promise<TmFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseXliff(text, path);
}

/** What a file adds to the index: the masked source key and target of every unit that has a target. */
function indexEntries(tm: TmFile): [string, Target][] {
  const entries: [string, Target][] = [];
  for (const unit of tm.units) {
    if (unit.target) entries.push([runsKey(unit.source), { runs: unit.target.map(ownRun), state: unit.state, origin: own(unit.origin ?? 'memory') }]);
  }
  return entries;
}

/**
 * A copy of a string that shares no memory with the file it was cut from. V8 represents a substring of 13 or more
 * characters as a slice that keeps its whole parent alive: without the copy, the index held every XLIFF file's
 * text (a 1,000-release memory: 185 MB of heap instead of 60). Appending forces a flat copy; slicing that copy
 * back only references the copy.
 */
function own(value: string): string {
  return value.length < 13 ? value : `${value} `.slice(0, -1);
}

function ownRun(run: Run): Run {
  if (run.type === 'text') return { type: 'text', value: own(run.value) };
  if (run.type === 'lock') return { type: 'lock', term: own(run.term) };
  return run;
}

/** Keeps the best target per source: higher state wins; on a tie the first one read stays (files are read in order). */
export function remember(memory: TranslationMemory, from: Locale, to: Locale, key: string, target: Target): void {
  const pair = pairKey(from, to);
  let entries = memory.index.get(pair);
  if (!entries) memory.index.set(pair, (entries = new Map()));
  const existing = entries.get(key);
  if (!existing || RANK[target.state] > RANK[existing.state]) entries.set(key, target);
}

export function lookup(memory: TranslationMemory, from: Locale, to: Locale, key: string): Target | undefined {
  return memory.index.get(pairKey(from, to))?.get(key);
}
