// The re-run manifest: per release, hashes of every input that decided its outputs and memory writes, and what
// it wrote, so that a run can leave a release whose inputs are all unchanged unparsed (./unchanged.ts decides).
// It lives beside the memory index cache, one file per memory folder and output folder; a file that is missing,
// damaged or from another version is ignored and written again. Shards and concurrent runs merge their releases
// into it under a lock rather than overwrite each other's.
// Two lines of JSON: the records, then each record's request key hashes, half the file and needed only when the
// memory changed, so parsed only then (`LoadedManifest.keys`).
import { createHash, hash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../fs.ts';
import type { Glossary, GlossaryTerm } from '../lock/glossary.ts';
import type { Finding, Locale } from '../types.ts';
import type { LocaleReport } from './report.ts';

/** Bumped whenever what a record means changes: an older manifest is then ignored. */
export const MANIFEST_VERSION = 3;
const DEFAULT_DIR = fileURLToPath(new URL('../../node_modules/.cache/silkbridge/', import.meta.url));

/** What was written for one locale: enough to tell that the file is still the one written. */
export interface OutputStamp {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface ReleaseRecord {
  slug: string;
  source: Locale;
  /** SHA-256 of the release's bytes. */
  sourceHash: string;
  /** `optionsKey` of the run that wrote it: tool version, locales, provider chain, folders, flags. */
  options: string;
  /** `glossaryKey` of the glossary then, whose per-term hashes are in `Manifest.glossaries`. */
  glossary: string;
  /** The glossary entries the release locked, by term id: their hashes then are `Manifest.glossaries[glossary]`. */
  terms: string[];
  /** The organization file its `organization:` named (where it was found, and its bytes' SHA-256). */
  organization?: { id: string; file: string; sha256: string };
  /** `memoryStamp` of the memory once the run had written it; null when another writer changed it meanwhile. */
  memory: string | null;
  /** `memoryUse`'s digest of the memory's targets for the release's requests (`RecordKeys`) after the run. */
  targets: string;
  outputs: Partial<Record<Locale, OutputStamp>>;
  /** The summary rows and QA warnings, to report the release again without running it. */
  rows: Partial<Record<Locale, LocaleReport>>;
  warnings: Finding[];
}

export interface Manifest {
  version: number;
  /** Per glossary key, the hash of each of its terms: what tells which terms changed since a record. */
  glossaries: Record<string, Record<string, string>>;
  /** By absolute path of the release file. */
  releases: Record<string, ReleaseRecord>;
}

/** Each record's translation request key hashes (fixed width, concatenated, in request order), by release file. */
export type RecordKeys = Record<string, string>;

/** A record as a run writes it, with its request key hashes. */
export interface KeyedRecord {
  record: ReleaseRecord;
  keys: string;
}

export interface LoadedManifest {
  manifest: Manifest;
  /** The records' key hashes, parsed on the first call; a record missing from them must be taken as changed. */
  keys: () => RecordKeys;
}

export function emptyManifest(): Manifest {
  return { version: MANIFEST_VERSION, glossaries: {}, releases: {} };
}

function nothingRead(): LoadedManifest {
  return { manifest: emptyManifest(), keys: () => ({}) };
}

/** The folder of the run's caches, or undefined when caching is off. */
export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.SILKBRIDGE_CACHE_DIR ?? DEFAULT_DIR;
  return dir === 'off' || dir === '' ? undefined : dir;
}

/** The manifest file of a memory folder and output folder, or undefined when caching is off. */
export function manifestFile(memoryDir: string, outDir: string, env: NodeJS.ProcessEnv): string | undefined {
  const dir = cacheDir(env);
  return dir && join(dir, `manifest-${sha256(`${memoryDir}\u0000${outDir}`).slice(0, 16)}.json`);
}

export async function readManifest(file: string | undefined): Promise<LoadedManifest> {
  if (!file) return nothingRead();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return nothingRead();
  }
  // JSON.stringify never writes a raw line break: the first one ends the records.
  const end = bytes.indexOf(0x0a);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8', 0, end < 0 ? bytes.length : end)) as Manifest;
    if (manifest.version !== MANIFEST_VERSION || typeof manifest.releases !== 'object' || !manifest.releases)
      return nothingRead();
    manifest.glossaries ??= {};
  } catch {
    return nothingRead();
  }
  let keys: RecordKeys | undefined;
  return {
    manifest,
    keys: () => {
      if (keys) return keys;
      try {
        const parsed = end < 0 ? undefined : (JSON.parse(bytes.toString('utf8', end + 1)) as unknown);
        keys = parsed && typeof parsed === 'object' ? (parsed as RecordKeys) : {};
      } catch {
        keys = {};
      }
      return keys;
    },
  };
}

/**
 * Merges `records` (and forgets `dropped`) into the manifest as it is on disk now, under its lock: another shard or
 * run may have written it since this one read it. Best effort, as a cache: a failure costs the next run a parse.
 */
export async function updateManifest(
  file: string | undefined,
  records: ReadonlyMap<string, KeyedRecord>,
  dropped: ReadonlySet<string>,
  glossary: { key: string; terms: Record<string, string> },
): Promise<void> {
  if (!file || (records.size === 0 && dropped.size === 0)) return;
  let release: (() => Promise<void>) | undefined;
  try {
    await mkdir(dirname(file), { recursive: true });
    // Imported here: a run that records nothing never needs it.
    const { default: lockfile } = await import('proper-lockfile');
    release = await lockfile.lock(file, {
      realpath: false,
      stale: 10_000,
      retries: { retries: 100, factor: 1.2, minTimeout: 5, maxTimeout: 100, randomize: true },
      onCompromised: () => undefined,
    });
    const loaded = await readManifest(file);
    const { manifest } = loaded;
    const keys = loaded.keys();
    for (const path of dropped) delete manifest.releases[path];
    for (const [path, { record, keys: recordKeys }] of records) {
      manifest.releases[path] = record;
      keys[path] = recordKeys;
    }
    for (const path of Object.keys(keys)) if (!(path in manifest.releases)) delete keys[path];
    manifest.glossaries[glossary.key] = glossary.terms;
    // Only the glossaries some record still refers to are kept.
    const used = new Set(Object.values(manifest.releases).map((record) => record.glossary));
    for (const key of Object.keys(manifest.glossaries)) if (!used.has(key)) delete manifest.glossaries[key];
    await writeFileAtomic(file, `${JSON.stringify(manifest)}\n${JSON.stringify(keys)}\n`);
  } catch {
    // The next run finds the releases unrecorded and runs them.
  } finally {
    await release?.().catch(() => undefined);
  }
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** 84 bits of SHA-1 as 14 base64url characters: for the many small keys of a run, in one native call each (a
 * `createHash` object per key, or a hash written in JavaScript, cost twice the time). */
export function shortHash(text: string): string {
  return hash('sha1', text, 'base64url').slice(0, KEY_HASH_WIDTH);
}

export const KEY_HASH_WIDTH = 14;

/** A term's hash: everything the entry says except where it is in the file. */
export function termHash(term: GlossaryTerm): string {
  const { line: _line, ...entry } = term;
  return shortHash(JSON.stringify(entry));
}

/** Every term's hash, and one key for the whole glossary. */
export function glossaryHashes(glossary: Glossary): { key: string; terms: Record<string, string> } {
  const terms: Record<string, string> = {};
  for (const term of glossary.terms) terms[term.id] = termHash(term);
  return { key: sha256(JSON.stringify(terms)).slice(0, 16), terms };
}

let tool: string | undefined;

/** The tool's version: package.json's, the manifest's, and a hash of the pipeline's sources, so that a checkout
 * with changed code is never taken for the version that wrote the outputs. */
export function toolVersion(): string {
  if (tool !== undefined) return tool;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const pipeline = join(root, 'pipeline');
  const hash = createHash('sha256');
  const files = readdirSync(pipeline, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.[jt]s$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(relative(pipeline, file)).update('\u0000').update(readFileSync(file));
  tool = `${version}+m${MANIFEST_VERSION}+${hash.digest('hex').slice(0, 16)}`;
  return tool;
}
