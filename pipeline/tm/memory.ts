// The translation memory: every XLIFF file under the translations folder, indexed by locale pair and masked source.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runsKey } from '../runs.ts';
import type { Locale, Target, TargetState } from '../types.ts';
import { parseXliff, type TmFile } from './xliff.ts';

const RANK: Record<TargetState, number> = { initial: 0, translated: 1, reviewed: 2, final: 3 };

export interface TranslationMemory {
  /** Loaded files by path, so the translate stage can add to them. */
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
  for (const release of releases) {
    const names = (await readdir(join(dir, release))).filter((name) => name.endsWith('.xlf')).sort();
    for (const name of names) {
      const file = join(dir, release, name);
      addFile(memory, file, parseXliff(await readFile(file, 'utf8'), file));
    }
  }
  return memory;
}

export function addFile(memory: TranslationMemory, file: string, tm: TmFile): void {
  memory.files.set(file, tm);
  for (const unit of tm.units) {
    if (unit.target) remember(memory, tm.srcLang, tm.trgLang, runsKey(unit.source), { runs: unit.target, state: unit.state, origin: unit.origin ?? 'memory' });
  }
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
