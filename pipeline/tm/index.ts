// The translation memory: every XLIFF file under the translations folder, indexed by locale pair and masked source.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.ts';
import { runsKey } from '../runs.ts';
import type { Locale, Run, Target, TargetState } from '../types.ts';
import { cacheFile, CACHE_MIN_FILES, readIndexCache, writeIndexCache, type CachedFile } from './index-cache.ts';
import { fileOrder, keyTableFile, openKeyTable, updateKeyTable, type Candidate } from './key-table.ts';
import type { TmFile } from './xliff.ts';

/** Files read ahead while one is parsed. */
const READ_AHEAD = 8;
/** The XLIFF parser, loaded on first use: a run that finds every file in the index cache, or never loads the
 * memory, does without it and its XML parser. */
const xliff = () => import('./xliff.ts');

export const RANK: Record<TargetState, number> = { initial: 0, translated: 1, reviewed: 2, final: 3 };

export interface TranslationMemory {
  /** Files being added to in this run, by path (see `readTmFile`). Loading keeps only the index: every file's
   * units as well would multiply a large memory's heap, and the garbage collector's time with it. */
  files: Map<string, TmFile>;
  /** `from>to` → masked source key → best target. A keyed memory holds here only what it looked up or stored. */
  index: Map<string, Map<string, Target>>;
  /** Set when the index is looked up key by key (`openKeyedMemory`) instead of loaded whole. */
  keyed?: KeyedIndex;
}

interface KeyedIndex {
  /** The best target of a key, as the whole index would give it. */
  get(pair: string, key: string): Target | undefined;
  /** The whole index, for what looks beyond a key (`wholeMemory`). */
  load(): Promise<TranslationMemory>;
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
export async function loadMemory(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
  /** The glossary's term ids: a target that locks a term neither the glossary nor its source has is refused. */
  terms?: ReadonlySet<string>,
  /** Bring the key table (./key-table.ts) up to date even when the index cache is. */
  syncKeys = false,
): Promise<TranslationMemory> {
  const memory = emptyMemory();
  let unknown: { path: string; term: string } | undefined;
  await indexFiles(
    dir,
    env,
    new Map(),
    (entry) => {
      for (const [key, target] of entry.entries) {
        unknown ??= unknownTerm(target, key, terms, entry.path);
        remember(memory, entry.srcLang, entry.trgLang, key, target);
      }
    },
    syncKeys,
  );
  if (unknown) await refuseUnknownTerm(dir, unknown);
  return memory;
}

/** A target's lock of a term neither the glossary (`terms`) nor its source has, if any. */
function unknownTerm(
  target: Target,
  key: string,
  terms: ReadonlySet<string> | undefined,
  path: string,
): { path: string; term: string } | undefined {
  if (!terms) return undefined;
  for (const run of target.runs)
    if (run.type === 'lock' && !terms.has(run.term) && !key.includes(`{t:${run.term}}`))
      return { path, term: run.term };
  return undefined;
}

async function refuseUnknownTerm(dir: string, { path, term }: { path: string; term: string }): Promise<never> {
  const file = join(dir, path);
  const text = await readFile(file, 'utf8').catch(() => '');
  const at = text.search(new RegExp(`term="${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  const line = at < 0 ? undefined : text.slice(0, at).split('\n').length;
  throw unknownTermError(term, file, line);
}

function unknownTermError(term: string, file: string, line?: number): UserError {
  return new UserError(`a target locks the term "${term}", which is neither in the glossary nor in its source`, {
    file,
    ...(line ? { line } : {}),
  });
}

/**
 * The memory looked up key by key from its key table (./key-table.ts), for a run that needs the targets of a few
 * releases: the same targets as `loadMemory` gives, from the table for files unchanged since it was written and
 * from the files themselves for those changed or added since. Undefined when there is no usable table, or so
 * many files changed that loading the whole memory is cheaper.
 */
export async function openKeyedMemory(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
  terms?: ReadonlySet<string>,
  /** Every memory file's `size:mtimeMs` by relative path, when the caller has them (the manifest's check). */
  known?: ReadonlyMap<string, string>,
): Promise<TranslationMemory | undefined> {
  const tableFile = keyTableFile(dir, env);
  if (!tableFile || !existsSync(tableFile)) return undefined;
  const listed = known ? fromStamps(dir, known) : await statFiles(dir);
  if (!listed) return undefined;
  const table = await openKeyTable(tableFile, dir);
  if (!table) return undefined;
  const { files, paths, stamps } = listed;
  const changed = paths.flatMap((path, index) => {
    const had = table.files[path];
    const now = stamps[index] as Stamp;
    return had && had[0] === now.size && had[1] === now.mtimeMs ? [] : [index];
  });
  const present = new Set(paths);
  const removed = Object.keys(table.files).filter((path) => !present.has(path));
  if (changed.length >= CACHE_MIN_FILES) {
    await table.close();
    return undefined;
  }
  // The files changed since the table was written are parsed and stand in for their candidates in it.
  const parsed: CachedFile[] = [];
  const own = new Map<string, Candidate[]>();
  for (const index of changed) {
    const file = files[index] as string;
    const tm = (await xliff()).parseXliff(await readXliffText(file), file);
    const stamp = stamps[index] as Stamp;
    const entry: CachedFile = {
      path: paths[index] as string,
      size: stamp.size,
      mtimeMs: stamp.mtimeMs,
      srcLang: tm.srcLang,
      trgLang: tm.trgLang,
      entries: indexEntries(tm, true),
    };
    parsed.push(entry);
    for (const [key, target] of entry.entries) {
      const full = `${pairKey(entry.srcLang, entry.trgLang)}\u0000${key}`;
      const list = own.get(full);
      if (list) list.push({ path: entry.path, target });
      else own.set(full, [{ path: entry.path, target }]);
    }
  }
  const stale = new Set([...parsed.map(({ path }) => path), ...removed]);
  // For the next run; this one reads the table as it found it, and the parsed files over it.
  if (parsed.length > 0 || removed.length > 0) table.update(parsed, removed);
  const memory = emptyMemory();
  memory.keyed = {
    get(pair, key) {
      const candidates = table.candidates(pair, key).filter(({ path }) => !stale.has(path));
      const mine = own.get(`${pair}\u0000${key}`);
      if (mine) candidates.push(...mine);
      // As `remember` does over the files in order: the highest state, the first file on a tie.
      if (mine && candidates.length > mine.length) candidates.sort((a, b) => fileOrder(a.path, b.path));
      let best: Candidate | undefined;
      for (const candidate of candidates)
        if (!best || RANK[candidate.target.state] > RANK[best.target.state]) best = candidate;
      if (!best) return undefined;
      const lock = unknownTerm(best.target, key, terms, best.path);
      if (lock) throw unknownTermError(lock.term, join(dir, lock.path));
      return best.target;
    },
    load: async () => {
      const whole = await loadMemory(dir, env, terms, true);
      await table.close();
      return whole;
    },
  };
  return memory;
}

interface StampedFiles {
  files: string[];
  paths: string[];
  stamps: Stamp[];
}

async function statFiles(dir: string): Promise<StampedFiles | undefined> {
  const files = await listFiles(dir);
  if (!files) return undefined;
  const stamps = await Promise.all(files.map((file) => stat(file)));
  return { files, paths: files.map((file) => relative(dir, file)), stamps };
}

/** The `<release>/<locale>.xlf` files of stamps taken by a recursive listing, in index order. */
function fromStamps(dir: string, known: ReadonlyMap<string, string>): StampedFiles {
  const paths = [...known.keys()].filter((path) => path.split(sep).length === 2).sort(fileOrder);
  const stamps = paths.map((path) => {
    const [size, mtimeMs] = (known.get(path) ?? '').split(':').map(Number);
    return { size: size ?? Number.NaN, mtimeMs: mtimeMs ?? Number.NaN };
  });
  return { files: paths.map((path) => join(dir, path)), paths, stamps };
}

/**
 * The memory with its whole index: a keyed memory loads it now (once), for what looks beyond a key (fuzzy
 * matches, every target). What this run stored stays.
 */
export async function wholeMemory(memory: TranslationMemory): Promise<TranslationMemory> {
  const keyed = memory.keyed;
  if (!keyed) return memory;
  const whole = await keyed.load();
  const held = memory.index;
  memory.index = whole.index;
  delete memory.keyed;
  for (const [pair, entries] of held) for (const [key, target] of entries) rememberIn(memory, pair, key, target);
  return memory;
}

/**
 * Brings the index cache of a large memory up to date with the files this run wrote (`written`: path → the file
 * as written), from those files rather than by parsing them, so the run after a cold one parses none of them.
 * Only for many files written. Best effort, as the cache is: a failure leaves the next run to parse, and to report
 * whatever is wrong with a file.
 */
export async function refreshIndexCache(
  dir: string,
  written: ReadonlyMap<string, TmFile>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  // A few files are cheaper to parse again than reading and rewriting the whole cache for them.
  if (written.size < CACHE_MIN_FILES) return;
  await indexFiles(dir, env, written, () => undefined).catch(() => undefined);
}

/**
 * Every XLIFF file's index entries, in file order (which decides ties), from the cache where a file has not
 * changed, else from `known` (files as this process wrote them), else parsed; rewrites the cache when any was not
 * in it.
 */
async function indexFiles(
  dir: string,
  env: NodeJS.ProcessEnv,
  known: ReadonlyMap<string, TmFile>,
  use: (entry: CachedFile) => void,
  syncKeys = false,
): Promise<void> {
  const files = await listFiles(dir);
  if (!files) return;
  const cachePath = files.length >= CACHE_MIN_FILES ? cacheFile(dir, env) : undefined;
  if (!cachePath && known.size > 0) return; // nothing to refresh
  const cached = await readIndexCache(cachePath, dir);
  const stamps = cachePath ? await Promise.all(files.map((file) => stat(file))) : [];
  const hit = (index: number): CachedFile | undefined => {
    const entry = cached.get(relative(dir, files[index] ?? ''));
    const stamp = stamps[index];
    return entry && stamp && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry : undefined;
  };
  // Reads run a few files ahead of parsing, so the process does not wait on I/O between files;
  // files are still indexed in order, which decides ties.
  const misses = files.map((_, index) => index).filter((index) => !hit(index));
  const reads = misses.filter((index) => {
    const tm = known.get(files[index] ?? '');
    return !(tm && sameStamp(written.get(tm), stamps[index]));
  });
  const reading = new Map<number, Promise<string>>();
  const ahead = (at: number) => {
    const index = reads[at];
    const file = index === undefined ? undefined : files[index];
    if (index === undefined || file === undefined || reading.has(index)) return;
    const read = readXliffText(file);
    read.catch(() => undefined); // rejected before its turn: reported when awaited, not as unhandled
    reading.set(index, read);
  };
  const fresh: CachedFile[] = [];
  let read = 0;
  for (let index = 0; index < files.length; index++) {
    let entry = hit(index);
    if (!entry) {
      const file = files[index] ?? '';
      // A file this process wrote is used only while no other writer has written it since.
      let tm = known.get(file);
      if (tm && !sameStamp(written.get(tm), stamps[index])) tm = undefined;
      let parsed = false;
      if (!tm) {
        for (let next = read; next < read + READ_AHEAD; next++) ahead(next);
        read++;
        const text = await reading.get(index);
        reading.delete(index);
        tm = (await xliff()).parseXliff(text ?? '', file);
        parsed = true;
      }
      const stamp = stamps[index];
      entry = {
        path: relative(dir, file),
        size: stamp?.size ?? 0,
        mtimeMs: stamp?.mtimeMs ?? 0,
        srcLang: tm.srcLang,
        trgLang: tm.trgLang,
        entries: indexEntries(tm, parsed),
      };
    }
    use(entry);
    if (cachePath) fresh.push(entry);
  }
  if (!cachePath) return;
  const rewrite = misses.length > 0 || cached.size !== files.length;
  if (rewrite) await writeIndexCache(cachePath, dir, fresh);
  // The key table follows the index cache (only the files that differ from it are written); it is written whole
  // only when asked or after a run wrote many files, not by every full load that finds it missing.
  const tableFile = keyTableFile(dir, env);
  if (syncKeys || known.size > 0 || (rewrite && tableFile && existsSync(tableFile)))
    await updateKeyTable(tableFile, dir, fresh, undefined);
}

/** Every `<release>/<locale>.xlf` in index order (which decides ties); undefined when there is no memory folder. */
async function listFiles(dir: string): Promise<string[] | undefined> {
  let releases: string[];
  try {
    releases = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return undefined;
  }
  const files: string[] = [];
  for (const release of releases) {
    const names = (await readdir(join(dir, release))).filter((name) => name.endsWith('.xlf')).sort();
    for (const name of names) files.push(join(dir, release, name));
  }
  return files;
}

/** A file's size and modification time: what tells whether it changed since it was read or written. */
export interface Stamp {
  size: number;
  mtimeMs: number;
}

const written = new WeakMap<TmFile, Stamp>();

/** Records the stamp of the file `tm` was just written to: the index cache may use `tm` for it while it holds. */
export function markWritten(tm: TmFile, stamp: Stamp): void {
  written.set(tm, { size: stamp.size, mtimeMs: stamp.mtimeMs });
}

export function writtenStamp(tm: TmFile): Stamp | undefined {
  return written.get(tm);
}

export function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The file at `path`, or undefined when there is none. */
export async function readTmFile(path: string): Promise<TmFile | undefined> {
  let text: string;
  try {
    text = await readXliffText(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return (await xliff()).parseXliff(text, path);
}

/** The text of a memory file; a folder or an unreadable file in its place is bad input. */
async function readXliffText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new UserError('is a folder; a memory file must be an XLIFF file', { file: path });
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError('cannot be read (permission denied)', { file: path });
    throw error;
  }
}

/**
 * What a file adds to the index: the masked source key and target of every unit that has a target. Strings of a
 * parsed file are copied (see `own`); a file this process holds shares its runs.
 */
function indexEntries(tm: TmFile, parsed: boolean): [string, Target][] {
  const entries: [string, Target][] = [];
  for (const unit of tm.units) {
    if (!unit.target) continue;
    const origin = unit.origin ?? 'memory';
    entries.push([
      runsKey(unit.source),
      parsed
        ? { runs: unit.target.map(ownRun), state: unit.state, origin: own(origin) }
        : { runs: unit.target, state: unit.state, origin },
    ]);
  }
  return entries;
}

/**
 * A copy of a string that shares no memory with the file it was cut from. V8 represents a substring of 13 or more
 * characters as a slice that keeps its whole parent alive: without the copy, the index would hold every XLIFF
 * file's text. Appending forces a flat copy; slicing that copy back only references the copy.
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
  rememberIn(memory, pairKey(from, to), key, target);
}

function rememberIn(memory: TranslationMemory, pair: string, key: string, target: Target): void {
  const existing = memory.index.get(pair)?.get(key) ?? memory.keyed?.get(pair, key);
  if (!existing || RANK[target.state] > RANK[existing.state]) entriesOf(memory, pair).set(key, target);
}

function entriesOf(memory: TranslationMemory, pair: string): Map<string, Target> {
  let entries = memory.index.get(pair);
  if (!entries) {
    entries = new Map();
    memory.index.set(pair, entries);
  }
  return entries;
}

export function lookup(memory: TranslationMemory, from: Locale, to: Locale, key: string): Target | undefined {
  const pair = pairKey(from, to);
  const held = memory.index.get(pair)?.get(key);
  if (held || !memory.keyed) return held;
  const found = memory.keyed.get(pair, key);
  // Kept, so the table is asked once per key.
  if (found) entriesOf(memory, pair).set(key, found);
  return found;
}
