// The translation memory: every XLIFF file under the translations folder, indexed by locale pair and masked source.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runsKey } from '../runs.ts';
import type { Locale, Run, Target, TargetState } from '../types.ts';
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

/** Reads `<dir>/<release>/<locale>.xlf` for every release folder. A missing folder is an empty memory. */
export async function loadMemory(dir: string): Promise<TranslationMemory> {
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
  // Reads run a few files ahead of parsing (one at a time left the process idle on I/O a fifth of the time);
  // files are still indexed in order, which decides ties.
  const reads = new Map<number, Promise<string>>();
  const ahead = (index: number) => {
    const file = files[index];
    if (file === undefined || reads.has(index)) return;
    const read = readFile(file, 'utf8');
    read.catch(() => undefined); // rejected before its turn: reported when awaited, not as unhandled
    reads.set(index, read);
  };
  for (let index = 0; index < files.length; index++) {
    for (let next = index; next < index + READ_AHEAD; next++) ahead(next);
    const text = await reads.get(index);
    reads.delete(index);
    indexFile(memory, parseXliff(text ?? '', files[index] ?? ''));
  }
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

export function indexFile(memory: TranslationMemory, tm: TmFile): void {
  for (const unit of tm.units) {
    if (unit.target) remember(memory, tm.srcLang, tm.trgLang, runsKey(unit.source), { runs: unit.target.map(ownRun), state: unit.state, origin: own(unit.origin ?? 'memory') });
  }
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
