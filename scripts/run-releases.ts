// The run behind `localize`, `qa` and `publish`: every release through parse → lock → segment → translate →
// verify → assemble. Releases stream through one at a time; only those that still need an engine after the
// local providers wait, so that identical sentences across releases are sent once.
import { resolve } from 'node:path';
import { UserError } from '../pipeline/errors.ts';
import { matchersFor, prepareRelease, type PreparedRelease } from '../pipeline/index.ts';
import type { Glossary } from '../pipeline/lock/glossary.ts';
import { createMatcher } from '../pipeline/lock/matcher.ts';
import { createProviders, defaultProviderSpec } from '../pipeline/providers/index.ts';
import { needsTranslation } from '../pipeline/segment/index.ts';
import { loadMemory } from '../pipeline/tm/memory.ts';
import { requestKey, translate, type TranslateOutcome } from '../pipeline/translate/index.ts';
import type { Finding, Locale, TranslationRequest } from '../pipeline/types.ts';
import { listMarkdown, loadCheckedGlossary } from './context.ts';
import { finishLocale, type LocaleResult } from './finish.ts';
import { MemoryWriter } from './memory-writer.ts';
import { createProgress } from './progress.ts';

export interface RunOptions {
  cwd: string;
  input: string;
  from?: Locale;
  to: Locale[];
  provider?: string;
  glossary: string;
  memory: string;
  dryRun?: boolean;
  saveMemory?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface ReleaseOutcome {
  release: PreparedRelease;
  glossary: Glossary;
  /** Per target locale, in `options.to` order. */
  locales: [Locale, LocaleResult][];
}

export interface RunSummary {
  glossaryWarnings: Finding[];
  /** Engine requests sent. */
  requests: number;
  /** Characters engines billed, rejected replies included (the per-row figures share out the accepted ones). */
  charsSent: number;
}

export async function runReleases(options: RunOptions, onRelease: (outcome: ReleaseOutcome) => Promise<void>): Promise<RunSummary> {
  const { cwd } = options;
  const env = options.env ?? process.env;
  const { glossary, warnings } = await loadCheckedGlossary(resolve(cwd, options.glossary));
  const memoryDir = resolve(cwd, options.memory);
  const memory = await loadMemory(memoryDir);
  const providers = createProviders(options.provider ?? defaultProviderSpec(env), { memory, env });
  const firstEngine = providers.findIndex((provider) => provider.kind === 'engine');
  const localChain = firstEngine < 0 ? providers : providers.slice(0, firstEngine);
  const engineChain = firstEngine < 0 ? [] : providers.slice(firstEngine);
  const matchers = matchersFor(glossary, createMatcher);
  const writer = new MemoryWriter(memory, memoryDir, glossary);
  const files = await listMarkdown(cwd, options.input);
  if (files.length === 0) throw new UserError(`no Markdown files in ${options.input}`);
  const counted = new Set<string>();
  const finish = async (release: PreparedRelease, outcome: TranslateOutcome) => {
    const locales = options.to.map((locale): [Locale, LocaleResult] => {
      const result = finishLocale({ release, locale, outcome, glossary, dryRun: Boolean(options.dryRun) });
      // Characters of a key shared by several releases count once, against the first that asked.
      for (const key of result.engineKeys) {
        if (counted.has(key)) continue;
        counted.add(key);
        result.report.chars_sent += outcome.chars.get(key) ?? 0;
      }
      return [locale, result];
    });
    await onRelease({ release, glossary, locales });
  };

  let requestsSent = 0;
  let charsSent = 0;
  try {
    const waiting: { release: PreparedRelease; requests: TranslationRequest[]; local: TranslateOutcome }[] = [];
    const progress = files.length > 20 ? createProgress('releases', files.length) : undefined;
    try {
      for (const [index, file] of files.entries()) {
        const release = await prepareRelease(file, matchers, options.from ? { from: options.from } : {});
        const requests = requestsFor(release, options.to, glossary);
        const local = await translate(requests, localChain);
        if (options.saveMemory) await writer.save(requests, local.targets);
        if (engineChain.length > 0 && requests.some((request) => !local.targets.has(request.key))) {
          waiting.push({ release, requests, local });
        } else {
          await finish(release, local);
        }
        progress?.update(index + 1);
      }
    } finally {
      progress?.stop();
    }

    if (waiting.length > 0) {
      const pending = waiting.flatMap(({ requests, local }) => requests.filter((request) => !local.targets.has(request.key)));
      let bar: ReturnType<typeof createProgress> | undefined;
      let engine: TranslateOutcome;
      try {
        engine = await translate(pending, engineChain, {
          dryRun: Boolean(options.dryRun),
          onTargets: (targets) => writer.save(pending, targets),
          onProgress: (done, total) => (bar ??= createProgress('engine segments', total)).update(done, total),
        });
      } finally {
        bar?.stop();
      }
      requestsSent = engine.requests;
      charsSent = engine.charsSent;
      for (const { release, local } of waiting) await finish(release, merge(local, engine));
    }
  } finally {
    await Promise.all(providers.map((provider) => provider.close?.()));
  }
  return { glossaryWarnings: warnings, requests: requestsSent, charsSent };
}

/** The translation requests of one release, for every target locale but its own. */
function requestsFor(release: PreparedRelease, to: readonly Locale[], glossary: Glossary): TranslationRequest[] {
  const requests: TranslationRequest[] = [];
  for (const locale of to) {
    if (locale === release.doc.locale) continue;
    for (const segment of release.segments) {
      if (!needsTranslation(segment.source)) continue;
      const lockForms: Record<string, string> = {};
      for (const lock of segment.locks) lockForms[lock.term] = glossary.byId.get(lock.term)?.forms[locale] ?? lock.matched;
      requests.push({
        key: requestKey(release.doc.locale, locale, segment.source),
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

function merge(a: TranslateOutcome, b: TranslateOutcome): TranslateOutcome {
  return {
    targets: new Map([...a.targets, ...b.targets]),
    kinds: new Map([...a.kinds, ...b.kinds]),
    chars: new Map([...a.chars, ...b.chars]),
    rejected: new Map([...a.rejected, ...b.rejected]),
    charsSent: a.charsSent + b.charsSent,
    requests: a.requests + b.requests,
  };
}
