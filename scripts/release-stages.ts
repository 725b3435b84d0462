// The two CPU-bound halves of a release's run, behind one interface so that they run in this thread or in worker
// threads (./release-pool.ts) alike: `prepare` (parse → lock → segment, and the translation requests) and
// `finish` (verify and assemble every target locale). What lies between — the provider chain and the memory —
// stays in the main thread, in file order.
import { join } from 'node:path';
import { UserError } from '../pipeline/errors.ts';
import { writeFileAtomic } from '../pipeline/fs.ts';
import { matchersFor, prepareRelease, type PreparedRelease } from '../pipeline/index.ts';
import type { Glossary } from '../pipeline/lock/glossary.ts';
import { createMatcher } from '../pipeline/lock/matcher.ts';
import { needsTranslation } from '../pipeline/segment/index.ts';
import { requestKey, type TranslateOutcome } from '../pipeline/translate/index.ts';
import type { Doc, Locale, TranslationRequest } from '../pipeline/types.ts';
import { finishLocale, type LocaleResult } from './finish.ts';

export interface StageOptions {
  glossary: Glossary;
  from?: Locale;
  to: Locale[];
  dryRun: boolean;
  /** Folder each assembled locale is written to, as `<out>/<locale>/<slug>.md`, by the stage that assembled it
   * (LocaleResult.output then names the file, and the Markdown does not travel back). */
  out?: string;
}

/** What the run reports of a release: its document without the syntax tree, the text and the YAML document, which
 * stay with the stage that parsed them (sending every tree back from the workers cost more than parsing it). */
export interface ReleaseInfo {
  doc: Omit<Doc, 'tree' | 'text' | 'frontmatterDocument'>;
}

export interface FinishedRelease {
  release: ReleaseInfo;
  /** Per target locale, in `to` order. */
  locales: [Locale, LocaleResult][];
}

export interface ReleaseStages {
  /** Prepares file number `index` and returns its translation requests; the release is kept for `finish`. */
  prepare(index: number, file: string): Promise<TranslationRequest[]>;
  /** Verifies and assembles release `index` from the outcome of its requests, and forgets it. */
  finish(index: number, outcome: TranslateOutcome): Promise<FinishedRelease>;
  close(): Promise<void>;
}

/** Both stages in the calling thread. */
export function createLocalStages(options: StageOptions): ReleaseStages {
  const matchers = matchersFor(options.glossary, createMatcher);
  const prepared = new Map<number, PreparedRelease>();
  return {
    async prepare(index, file) {
      const release = prepareRelease(file, matchers, options.from ? { from: options.from } : {});
      prepared.set(index, release);
      return requestsFor(release, options.to, options.glossary);
    },
    async finish(index, outcome) {
      const release = prepared.get(index);
      if (!release) throw new Error(`release ${index} was not prepared`);
      prepared.delete(index);
      const locales = await Promise.all(
        options.to.map(async (locale): Promise<[Locale, LocaleResult]> => {
          const result = finishLocale({ release, locale, outcome, glossary: options.glossary, dryRun: options.dryRun });
          return [locale, options.out !== undefined && !options.dryRun ? await written(result, join(options.out, locale, `${release.doc.slug}.md`)) : result];
        }),
      );
      const { tree: _tree, text: _text, frontmatterDocument: _yaml, ...doc } = release.doc;
      return { release: { doc }, locales };
    },
    async close() {
      prepared.clear();
    },
  };
}

/**
 * The result with its Markdown written to `file` (when it assembled) instead of carried. Written asynchronously:
 * replacing a file on ext4 waits on the disk (about a millisecond here), and the worker has other releases to do.
 */
async function written(result: LocaleResult, file: string): Promise<LocaleResult> {
  const { markdown, ...rest } = result;
  if (markdown === undefined) return result;
  try {
    await writeFileAtomic(file, markdown);
  } catch (error) {
    throw new UserError(`cannot write ${file}: ${(error as Error).message}`, { file });
  }
  return { ...rest, output: file };
}

/** The translation requests of one release, for every target locale but its own. */
export function requestsFor(release: PreparedRelease, to: readonly Locale[], glossary: Glossary): TranslationRequest[] {
  const requests: TranslationRequest[] = [];
  for (const locale of to) {
    if (locale === release.doc.locale) continue;
    for (const segment of release.segments) {
      if (!needsTranslation(segment.source)) continue;
      const lockForms: Record<string, string> = {};
      for (const lock of segment.locks) lockForms[lock.term] = glossary.byId.get(lock.term)?.forms[locale] ?? lock.matched;
      requests.push({
        key: requestKey(release.doc.locale, locale, segment.key),
        source: segment.source,
        from: release.doc.locale,
        to: locale,
        lockForms,
        release: release.doc.slug,
        segment: segment.id,
      });
    }
  }
  return requests;
}
