// Which releases a run can leave alone: those whose every input is as the manifest (./manifest.ts) recorded —
// source bytes, the glossary entries they lock (and no changed entry that could newly match them), the memory's
// targets for their sentences, tool version and options — and whose outputs are still the files it wrote.
// And what to record of a release once a run has written it.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeText } from '../parse/normalize.ts';
import { findOrganizationFile } from '../parse/organization-file.ts';
import { MAX_RELEASE_BYTES } from '../parse/read.ts';
import { createFileReader } from './file-reader.ts';
import type { Glossary, GlossaryTerm } from '../lock/glossary.ts';
import { lookup, type TranslationMemory } from '../tm/index.ts';
import { sourceKeyOf } from '../translate/index.ts';
import type { Locale, Target, TranslationRequest } from '../types.ts';
import { runsString } from '../runs.ts';
import { KEY_HASH_WIDTH, sha256, shortHash, type Manifest, type OutputStamp, type ReleaseRecord } from './manifest.ts';

export interface Candidate {
  file: string;
  record: ReleaseRecord;
}

/**
 * The releases whose inputs other than the memory are unchanged, in file order: everything but the memory's
 * targets, which need the memory loaded, and only when the memory changed. A release is read only once its record
 * and outputs are found as they were: the others are read when they are run, and hashed there.
 */
export function checkInputs(
  files: readonly string[],
  manifest: Manifest,
  options: {
    key: string;
    to: readonly Locale[];
    glossary: Glossary;
    glossaryKey: string;
    glossaryTerms: Record<string, string>;
  },
): Candidate[] {
  const candidates: Candidate[] = [];
  const changedSince = new Map<string, GlossaryTerm[]>();
  const read = createFileReader();
  for (const file of files) {
    const record = manifest.releases[file];
    if (!record || record.options !== options.key) continue;
    if (!options.to.every((locale) => outputIntact(record.outputs[locale]))) continue;
    let bytes: Buffer;
    try {
      // A release over the size limit is refused unread when it is run: not read here either.
      if (statSync(file).size > MAX_RELEASE_BYTES) continue;
      bytes = read(file);
    } catch {
      continue; // reported when the release is run
    }
    if (sha256(bytes) !== record.sourceHash) continue;
    if (record.organization && !organizationIntact(record.organization, file)) continue;
    if (record.glossary !== options.glossaryKey) {
      // Another glossary then: unchanged only if no term it locked changed and no changed term could lock here.
      const before = manifest.glossaries[record.glossary];
      if (!before || record.terms.some((id) => before[id] !== options.glossaryTerms[id])) continue;
      if (!changedSince.has(record.glossary))
        changedSince.set(
          record.glossary,
          options.glossary.terms.filter((term) => before[term.id] !== options.glossaryTerms[term.id]),
        );
      const changed = changedSince.get(record.glossary) ?? [];
      if (changed.length > 0 && couldMatch(changed, bytes.toString('utf8'))) continue;
    }
    candidates.push({ file, record });
  }
  return candidates;
}

/**
 * Whether any form or variant of `terms` occurs in the release, folded and with white space collapsed: a superset
 * of what the matcher would lock, so a new or changed term that could lock something here is never missed.
 */
function couldMatch(terms: readonly GlossaryTerm[], text: string): boolean {
  const fold = (value: string) =>
    normalizeText(value)
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();
  const folded = fold(text);
  return terms.some((term) =>
    [...Object.values(term.forms), ...Object.values(term.variants).flat()].some(
      (form) => form !== undefined && folded.includes(fold(form)),
    ),
  );
}

/** The organization file is the one the run read: found at the same place, same bytes. */
function organizationIntact(organization: NonNullable<ReleaseRecord['organization']>, release: string): boolean {
  const file = findOrganizationFile(organization.id, release);
  if (file !== organization.file) return false;
  try {
    return sha256(readFileSync(file)) === organization.sha256;
  } catch {
    return false;
  }
}

/** What the manifest records of the organization file a release names, if it names one. */
export function organizationStamp(
  frontmatter: Record<string, unknown> | undefined,
  release: string,
): ReleaseRecord['organization'] {
  const id = frontmatter?.organization;
  const file = typeof id === 'string' ? findOrganizationFile(id, release) : undefined;
  if (typeof id !== 'string' || file === undefined) return undefined;
  return { id, file, sha256: sha256(readFileSync(file)) };
}

/** The output is the file the run wrote: same size and time, or (restored from a cache) same content. */
function outputIntact(output: OutputStamp | undefined): boolean {
  if (!output) return false;
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(output.path, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (!info?.isFile() || info.size !== output.size) return false;
  if (info.mtimeMs === output.mtimeMs) return true;
  try {
    return sha256(readFileSync(output.path)) === output.sha256;
  } catch {
    return false;
  }
}

/** Every memory file's size and time, by path relative to the memory folder. Synchronous: a call per file, each a
 * thread-pool round trip through the async API, while the run has nothing else to do. */
export function memoryStamps(dir: string): Map<string, string> {
  const stamps = new Map<string, string>();
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true, encoding: 'utf8' });
  } catch {
    return stamps;
  }
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.xlf')) continue;
    const path = join(entry.parentPath, entry.name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (info) stamps.set(relative(dir, path), `${info.size}:${info.mtimeMs}`);
  }
  return stamps;
}

/** One hash of the whole memory's stamps: equal means no memory file was added, removed or changed. */
export function memoryStamp(stamps: ReadonlyMap<string, string>): string {
  return sha256(
    [...stamps]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, stamp]) => `${path}\u0000${stamp}`)
      .join('\n'),
  ).slice(0, 16);
}

/** The target hash of each memory entry by request key hash (a request's key is
 * `<pair>:<source key>`): what `sameTargets` recomputes a record's digest from. */
export function memoryTargets(memory: TranslationMemory): Map<string, string> {
  if (memory.keyed) throw new Error('memoryTargets needs the whole index (wholeMemory)');
  const out = new Map<string, string>();
  for (const [pair, entries] of memory.index)
    for (const [key, target] of entries) out.set(shortHash(`${pair}:${key}`), targetHash(target));
  return out;
}

/** Whether the memory still gives the record's requests (`keys`, from `LoadedManifest.keys`) the targets it gave
 * when the record was written; never when its keys are unknown. */
export function sameTargets(
  record: ReleaseRecord,
  keys: string | undefined,
  targets: ReadonlyMap<string, string>,
): boolean {
  if (keys === undefined) return false;
  const hashes: string[] = [];
  for (let at = 0; at < keys.length; at += KEY_HASH_WIDTH)
    hashes.push(targets.get(keys.slice(at, at + KEY_HASH_WIDTH)) ?? NO_TARGET);
  return targetsDigest(hashes) === record.targets;
}

/** Whether a record's requests (`keys`) include any of `asked` (request key hashes); unknown keys may. */
export function asksAny(keys: string | undefined, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  if (keys === undefined) return true;
  for (let at = 0; at < keys.length; at += KEY_HASH_WIDTH)
    if (asked.has(keys.slice(at, at + KEY_HASH_WIDTH))) return true;
  return false;
}

const targetHashes = new WeakMap<Target, string>();

function targetHash(target: Target): string {
  let hash = targetHashes.get(target);
  if (hash === undefined) {
    hash = shortHash(`${runsString(target.runs)}\u0000${target.state}\u0000${target.origin}`);
    targetHashes.set(target, hash);
  }
  return hash;
}

/** A release's request key hashes and the digest of the memory's targets for them, as the manifest keeps them. */
export function memoryUse(
  memory: TranslationMemory,
  requests: readonly TranslationRequest[],
): { keys: string; targets: string } {
  // Joined, not appended: `+=` keeps a rope of one small string per request, held for the whole run.
  const keys = requests.map((request) => shortHash(request.key)).join('');
  const hashes = requests.map((request) => {
    const target = lookup(memory, request.from, request.to, sourceKeyOf(request));
    return target ? targetHash(target) : NO_TARGET;
  });
  return { keys, targets: targetsDigest(hashes) };
}

const NO_TARGET = '-';

/** One hash of the target hashes in request order (apart: '-' is also a base64url character). */
function targetsDigest(hashes: readonly string[]): string {
  return shortHash(hashes.join(' '));
}
