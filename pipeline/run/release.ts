// One release's order, start to end:
//   prepare  parse → lock → segment (../index.ts), then the requests (../translate/requests.ts)
//   (between them, on the main thread: translate — the provider chain and the memory, ./index.ts)
//   finish   verify → assemble → write, per target locale (./finish.ts)
// Both halves sit behind one interface so they run in this thread or on worker threads (./workers/pool.ts) alike.
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { writeFileAtomic } from '../fs.ts';
import { matchersFor, prepareText, type PreparedRelease } from '../index.ts';
import { decodeRelease, readReleaseBytes } from '../parse/read.ts';
import type { Glossary } from '../lock/glossary.ts';
import { createMatcher } from '../lock/matcher.ts';
import type { TranslateOutcome } from '../translate/index.ts';
import { requestsFor } from '../translate/requests.ts';
import type { Doc, Locale, TranslationRequest } from '../types.ts';
import { finishLocale, type LocaleResult } from './finish.ts';
import { sha256 } from './manifest.ts';

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
 * stay with the stage that parsed them (sending a tree across threads costs more than parsing it). */
export interface ReleaseInfo {
  doc: Omit<Doc, 'tree' | 'text' | 'frontmatterDocument'>;
}

export interface FinishedRelease {
  release: ReleaseInfo;
  /** Per target locale, in `to` order. */
  locales: [Locale, LocaleResult][];
}

/** What the run learns of a prepared release: the slug it will write to, and what it needs translated. */
export interface PreparedSummary {
  slug: string;
  requests: TranslationRequest[];
  /** The glossary terms the release locks, each once: what the re-run manifest hashes of the glossary. */
  terms: string[];
  /** SHA-256 of the bytes that were parsed: what the re-run manifest records of the source. */
  sourceHash: string;
}

export interface ReleaseStages {
  /** Prepares file number `index` and returns its slug and translation requests; the release is kept for `finish`. */
  prepare(index: number, file: string): Promise<PreparedSummary>;
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
      // Read here rather than by `prepareRelease`: the manifest records the hash of these very bytes.
      const bytes = readReleaseBytes(file);
      const release = prepareText(
        decodeRelease(bytes, file),
        file,
        matchers,
        options.from ? { from: options.from } : {},
      );
      prepared.set(index, release);
      const terms = new Set(release.blocks.flatMap((block) => block.locks.map((lock) => lock.term)));
      return {
        slug: release.doc.slug,
        requests: requestsFor(release, options.to, options.glossary),
        terms: [...terms],
        sourceHash: sha256(bytes),
      };
    },
    async finish(index, outcome) {
      const release = prepared.get(index);
      if (!release) throw new Error(`release ${index} was not prepared`);
      prepared.delete(index);
      const locales = await Promise.all(
        options.to.map(async (locale): Promise<[Locale, LocaleResult]> => {
          const result = finishLocale({ release, locale, outcome, glossary: options.glossary, dryRun: options.dryRun });
          return [
            locale,
            options.out !== undefined && !options.dryRun
              ? await written(result, join(options.out, locale, `${release.doc.slug}.md`))
              : result,
          ];
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
 * The result with its Markdown written to `file` (when it assembled) instead of carried. Written synchronously: the
 * page cache takes it at once, and the asynchronous calls cost three times the CPU (docs/performance.md).
 */
async function written(result: LocaleResult, file: string): Promise<LocaleResult> {
  const { markdown, ...rest } = result;
  if (markdown === undefined) return result;
  let info: Stats;
  try {
    info = writeFileAtomic(file, markdown);
  } catch (error) {
    throw new UserError(`cannot write ${file}: ${(error as Error).message}`, { file });
  }
  const written = {
    path: file,
    size: info.size,
    mtimeMs: info.mtimeMs,
    sha256: sha256(markdown),
  };
  return { ...rest, output: file, written };
}
