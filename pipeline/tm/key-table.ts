// The memory's index on disk, by key: for a run that needs the targets of a few releases, so that it looks up the
// keys it asks instead of loading the whole index (./index-cache.ts, which full loads keep using: reading every
// entry from here is slower). An LMDB file beside the index cache (lmdb, memory-mapped; several processes may read
// and write it at once, each write one transaction) holding, per locale pair and masked source key, every file's
// candidate target in file then unit order (each distinct target once: a boilerplate sentence has a candidate in
// every release), and each file's size and time, so that a reader can leave out the candidates of files changed
// since and parse just those. Best effort, as the index cache: a table that is missing, from another version or
// unreadable is not used. Figures: docs/performance.md.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { sep } from 'node:path';
import type { RootDatabase } from 'lmdb';
import { UserError } from '../errors.ts';
import type { Target } from '../types.ts';
import { cacheFile, type CachedFile } from './index-cache.ts';

const VERSION = 2;
const META = 'meta';

/** A file's size and time as the table recorded them, and its number in the table (kept while the file is there),
 * by path relative to the memory folder. */
type Stamps = Record<string, [size: number, mtimeMs: number, id: number]>;

interface Meta {
  version: number;
  dir: string;
  files: Stamps;
  /** The number the next new file gets. */
  next: number;
}

/** What the table holds for a key: `[full key, distinct targets, [file id, target position, …]]`. */
type Stored = [string, Target[], number[]];

/** A file's target for a key. */
export interface Candidate {
  /** Relative to the memory folder. */
  path: string;
  target: Target;
}

export interface KeyTable {
  /** The files the table holds, by relative path: `[size, mtimeMs, id]`. */
  files: Stamps;
  /** Every file's target for the key, in file then unit order. */
  candidates(pair: string, key: string): Candidate[];
  /** Brings the table to `files` as they are now and drops `removed` (see `updateKeyTable`). Best effort. */
  update(files: readonly CachedFile[], removed: readonly string[]): void;
  close(): Promise<void>;
}

/** The table of a memory folder, or undefined when caching is off. */
export function keyTableFile(memoryDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return cacheFile(memoryDir, env)?.replace(/\.json$/, '.mdb');
}

/** Files in index order: by release folder, then by name (paths relative to the memory folder). */
export function fileOrder(a: string, b: string): number {
  const [releaseA = '', nameA = ''] = a.split(sep);
  const [releaseB = '', nameB = ''] = b.split(sep);
  if (releaseA !== releaseB) return releaseA < releaseB ? -1 : 1;
  return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
}

/** Table keys are hashed: LMDB keys are at most 1,978 bytes, a masked sentence may be longer. */
function entryKey(pair: string, key: string): string {
  return `k${createHash('sha256').update(`${pair}\u0000${key}`).digest('base64')}`;
}

function fileKey(path: string): string {
  return `f${createHash('sha256').update(path).digest('base64')}`;
}

async function openDatabase(file: string): Promise<RootDatabase> {
  const { open } = await import('lmdb');
  return open({ path: file, compression: false });
}

function validMeta(value: unknown, memoryDir: string): value is Meta {
  const meta = value as Meta | undefined;
  return (
    meta?.version === VERSION &&
    meta.dir === memoryDir &&
    typeof meta.files === 'object' &&
    typeof meta.next === 'number'
  );
}

/** LMDB's two meta pages (lmdb-js 3's format: page header 24 bytes, then `MDB_meta`). */
const META_PAGE = 4096;
const MAGIC = 0xbeefc0de;

/**
 * Whether the file looks like a whole LMDB file: LMDB maps it into memory and takes its word, so a file of
 * something else crashes the process (segmentation fault), and one cut short (a full disk, a cache restored in
 * part) does on the first read past its end (bus error). Checked before it is opened: the magic and version of
 * both meta pages, and the last page the newer one records within the file.
 */
function looksWhole(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(2 * META_PAGE);
    if (readSync(fd, head, 0, head.length, 0) !== head.length) return false;
    let last = -1n;
    let txn = -1n;
    let pageSize = 0;
    for (const at of [0, META_PAGE]) {
      if (head.readUInt32LE(at + 24) !== MAGIC || head.readUInt32LE(at + 28) !== 2) return false;
      const id = head.readBigUInt64LE(at + 152);
      if (id > txn) {
        txn = id;
        last = head.readBigUInt64LE(at + 144);
        pageSize = head.readUInt32LE(at + 48);
      }
    }
    return pageSize > 0 && (last + 1n) * BigInt(pageSize) <= BigInt(fstatSync(fd).size);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The table for lookups, or undefined when there is none usable. */
export async function openKeyTable(file: string, memoryDir: string): Promise<KeyTable | undefined> {
  if (!looksWhole(file)) return undefined;
  let db: RootDatabase | undefined;
  try {
    db = await openDatabase(file);
    // One snapshot for the run: the meta and every key as they were together, whatever another process writes.
    const transaction = db.useReadTransaction();
    const meta: unknown = db.get(META, { transaction });
    if (!validMeta(meta, memoryDir)) throw new Error('another version');
    const table = db;
    const paths = new Map(Object.entries(meta.files).map(([path, [, , id]]) => [id, path]));
    return {
      files: meta.files,
      candidates(pair, key) {
        let stored: Stored | undefined;
        try {
          stored = table.get(entryKey(pair, key), { transaction }) as Stored | undefined;
        } catch {
          // Its meta read back, so this is damage inside the file, which a lookup cannot work around.
          throw new UserError("the memory's key table is damaged; delete it and run again", { file });
        }
        // The full key is stored with its candidates: a hash could stand for another key.
        if (!stored || stored[0] !== `${pair}\u0000${key}`) return [];
        return decode(stored, paths);
      },
      update: (files, removed) => {
        try {
          write(table, memoryDir, files, removed);
        } catch {
          // The next keyed run parses those files again.
        }
      },
      close: () => {
        transaction.done();
        return table.close();
      },
    };
  } catch {
    await db?.close().catch(() => undefined);
    return undefined;
  }
}

/**
 * Brings the table to the memory's files as `files` are now, dropping the files removed: only files whose size or time differ from the table's are rewritten. One
 * transaction, read again inside it, so concurrent writers (shards) each leave a consistent table. Best effort.
 */
export async function updateKeyTable(
  file: string | undefined,
  memoryDir: string,
  files: readonly CachedFile[],
  /** Files gone from the memory; undefined: every file not in `files`, which are then all of them. */
  removed: readonly string[] | undefined,
): Promise<void> {
  if (!file) return;
  let db: RootDatabase | undefined;
  try {
    if (existsSync(file) && !looksWhole(file)) remove(file);
    db = await openDatabase(file);
    if (existsSync(file) && !validMeta(readMeta(db), memoryDir)) {
      // Started afresh rather than emptied: LMDB never shrinks a file, and a transaction reuses no page it freed.
      await db.close();
      remove(file);
      db = await openDatabase(file);
    }
    write(db, memoryDir, files, removed);
  } catch {
    // The next keyed run finds the table stale or unusable and loads the whole memory instead.
  } finally {
    await db?.close().catch(() => undefined);
  }
}

function remove(file: string): void {
  for (const part of [file, `${file}-lock`]) rmSync(part, { force: true });
}

/** The meta, or undefined when there is none or it cannot be decoded (another encoding). */
function readMeta(table: RootDatabase): unknown {
  try {
    return table.get(META);
  } catch {
    return undefined;
  }
}

function write(
  table: RootDatabase,
  memoryDir: string,
  files: readonly CachedFile[],
  removed: readonly string[] | undefined,
): void {
  table.transactionSync(() => {
    const found = readMeta(table);
    let meta: Meta;
    if (validMeta(found, memoryDir)) meta = found;
    else {
      for (const key of [...table.getKeys()]) table.removeSync(key);
      meta = { version: VERSION, dir: memoryDir, files: {}, next: 0 };
    }
    const changed = files.filter(({ path, size, mtimeMs }) => {
      const stamp = meta.files[path];
      return !stamp || stamp[0] !== size || stamp[1] !== mtimeMs;
    });
    const listed = new Set(files.map(({ path }) => path));
    const dropped = (removed ?? Object.keys(meta.files).filter((path) => !listed.has(path))).filter(
      (path) => meta.files[path],
    );
    if (dropped.length === 0 && changed.length === 0 && validMeta(found, memoryDir)) return;
    const paths = new Map(Object.entries(meta.files).map(([path, [, , id]]) => [id, path]));
    // Candidates by table key, decoded once: those of files that stay, then the changed files' own.
    const touched = new Map<string, { full: string; candidates: Candidate[]; sort: boolean }>();
    const current = (key: string, full?: string) => {
      let entry = touched.get(key);
      if (!entry) {
        const stored = table.get(key) as Stored | undefined;
        if (stored && (full === undefined || stored[0] === full))
          entry = { full: stored[0], candidates: decode(stored, paths), sort: false };
        else if (full !== undefined) entry = { full, candidates: [], sort: false };
        if (entry) touched.set(key, entry);
      }
      return entry;
    };
    const gone = new Set([...dropped, ...changed.map(({ path }) => path)].filter((path) => meta.files[path]));
    for (const path of gone) {
      for (const key of (table.get(fileKey(path)) as string[] | undefined) ?? []) {
        const entry = current(key);
        if (entry) entry.candidates = entry.candidates.filter((candidate) => candidate.path !== path);
      }
      table.removeSync(fileKey(path));
    }
    for (const path of dropped) delete meta.files[path];
    for (const cached of changed) {
      // A file keeps its number while it is there: a reader's snapshot maps numbers to the paths it knows.
      const id = meta.files[cached.path]?.[2] ?? meta.next++;
      paths.set(id, cached.path);
      const keys = new Set<string>();
      for (const [source, target] of cached.entries) {
        const pair = `${cached.srcLang}>${cached.trgLang}`;
        const key = entryKey(pair, source);
        keys.add(key);
        const entry = current(key, `${pair}\u0000${source}`) as NonNullable<ReturnType<typeof current>>;
        const last = entry.candidates[entry.candidates.length - 1];
        // A list built from files in order stays in order; one that had candidates already may need sorting.
        if (last && fileOrder(last.path, cached.path) > 0) entry.sort = true;
        entry.candidates.push({ path: cached.path, target });
      }
      table.putSync(fileKey(cached.path), [...keys]);
      meta.files[cached.path] = [cached.size, cached.mtimeMs, id];
    }
    const ids = new Map(Object.entries(meta.files).map(([path, [, , id]]) => [path, id]));
    for (const [key, { full, candidates, sort }] of touched) {
      if (sort) candidates.sort((a, b) => fileOrder(a.path, b.path)); // stable: units keep their order
      if (candidates.length > 0) table.putSync(key, encode(full, candidates, ids));
      else table.removeSync(key);
    }
    table.putSync(META, meta);
  });
}

function decode([, targets, picks]: Stored, paths: ReadonlyMap<number, string>): Candidate[] {
  const out: Candidate[] = [];
  for (let at = 0; at < picks.length; at += 2) {
    const path = paths.get(picks[at] as number);
    const target = targets[picks[at + 1] as number];
    // A file another process added since this snapshot's meta: not one this run indexes.
    if (path !== undefined && target !== undefined) out.push({ path, target });
  }
  return out;
}

/** Each distinct target once (by identity, then by content). */
function encode(full: string, candidates: readonly Candidate[], ids: ReadonlyMap<string, number>): Stored {
  const targets: Target[] = [];
  const byObject = new Map<Target, number>();
  const byText = new Map<string, number>();
  const picks: number[] = [];
  for (const { path, target } of candidates) {
    let at = byObject.get(target);
    if (at === undefined) {
      const text = JSON.stringify(target);
      at = byText.get(text);
      if (at === undefined) {
        at = targets.push(target) - 1;
        byText.set(text, at);
      }
      byObject.set(target, at);
    }
    picks.push(ids.get(path) as number, at);
  }
  return [full, targets, picks];
}
