// What the review reads: the glossary, the releases (parsed, locked, segmented) and the translation memory, fresh
// for every question so that a reload shows what any writer (this server, an import, a `localize`) stored.
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { matchersFor, prepareRelease, type PreparedRelease } from '../index.ts';
import type { Glossary } from '../lock/glossary.ts';
import { createMatcher } from '../lock/matcher.ts';
import { listMarkdown, loadCheckedGlossary } from '../run/load.ts';
import { loadMemory, type TranslationMemory } from '../tm/index.ts';
import { isLocale, LOCALES, type Locale } from '../types.ts';

export interface ReviewOptions {
  cwd: string;
  /** Markdown file or folder of releases. */
  input: string;
  /** Translation memory folder. */
  memory: string;
  glossary: string;
  /** Template strings folder of publish (`<locale>/release.json`), for the preview. Default `locales`. */
  templates?: string;
  /** Who approves: written as `reviewer` on every approved unit and as the origin of every edited target. */
  reviewer: string;
  /** The clock of `reviewedAt` (tests fix it). */
  now?: () => Date;
}

export interface ReviewContext {
  glossary: Glossary;
  memory: TranslationMemory;
  memoryDir: string;
}

export interface LoadedRelease {
  prepared: PreparedRelease;
  /** Relative to the project. */
  file: string;
}

interface CachedRelease extends LoadedRelease {
  mtimeMs: number;
  glossary: Glossary;
}

export interface ReviewSource {
  options: ReviewOptions;
  context(): Promise<ReviewContext>;
  /** Every release, in file order (a file that does not parse stops the listing with its error). */
  releases(glossary: Glossary): Promise<LoadedRelease[]>;
  /** One release by slug; a UserError when there is none. */
  release(glossary: Glossary, slug: string): Promise<LoadedRelease>;
}

export function createReviewSource(options: ReviewOptions): ReviewSource {
  const cache = new Map<string, CachedRelease>();
  const load = async (glossary: Glossary, path: string): Promise<LoadedRelease> => {
    const { mtimeMs } = await stat(path);
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === mtimeMs && hit.glossary === glossary) return hit;
    const prepared = prepareRelease(path, matchersFor(glossary, createMatcher));
    const entry = { prepared, file: relative(options.cwd, path), mtimeMs, glossary };
    cache.set(path, entry);
    return entry;
  };
  let glossaryStamp: { mtimeMs: number; glossary: Glossary } | undefined;
  const source: ReviewSource = {
    options,
    async context() {
      const file = resolve(options.cwd, options.glossary);
      const mtimeMs = await stat(file).then(
        (s) => s.mtimeMs,
        () => -1,
      );
      // The same Glossary object while the file is unchanged keeps the parsed releases cached.
      if (!glossaryStamp || glossaryStamp.mtimeMs !== mtimeMs)
        glossaryStamp = { mtimeMs, glossary: (await loadCheckedGlossary(file)).glossary };
      const memoryDir = resolve(options.cwd, options.memory);
      return { glossary: glossaryStamp.glossary, memory: await loadMemory(memoryDir), memoryDir };
    },
    async releases(glossary) {
      const files = await listMarkdown(options.cwd, options.input);
      const out: LoadedRelease[] = [];
      for (const file of files) out.push(await load(glossary, file));
      return out;
    },
    async release(glossary, slug) {
      for (const release of await source.releases(glossary)) if (release.prepared.doc.slug === slug) return release;
      throw new UserError(`no release with slug ${JSON.stringify(slug)} under ${options.input}`);
    },
  };
  return source;
}

/** The locales a release is reviewed in: every published locale but its source. */
export function targetLocales(release: PreparedRelease): Locale[] {
  return LOCALES.filter((locale) => locale !== release.doc.locale);
}

/** A locale named in a request; a UserError for anything else. */
export function reviewLocale(release: PreparedRelease, value: string): Locale {
  if (!isLocale(value) || value === release.doc.locale)
    throw new UserError(
      `"${value}" is not a target locale of ${release.doc.slug}; expected one of ${targetLocales(release).join(', ')}`,
    );
  return value;
}
