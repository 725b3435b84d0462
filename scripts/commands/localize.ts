// `npm run localize`: every release into every target locale. Releases stream through one at a time; only those
// that still need an engine after the memory wait, so that identical sentences across releases are sent once.
import { relative, resolve } from 'node:path';
import { UserError } from '../../pipeline/errors.ts';
import { writeFileAtomic } from '../../pipeline/fs.ts';
import { matchersFor, prepareRelease, type PreparedRelease } from '../../pipeline/index.ts';
import type { Glossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { createProviders, defaultProviderSpec } from '../../pipeline/providers/index.ts';
import { needsTranslation } from '../../pipeline/segment/index.ts';
import { loadMemory } from '../../pipeline/tm/memory.ts';
import { requestKey, translate, type TranslateOutcome } from '../../pipeline/translate/index.ts';
import type { Locale, TranslationRequest } from '../../pipeline/types.ts';
import { formatFinding, listMarkdown, loadCheckedGlossary } from '../context.ts';
import { finishLocale } from '../finish.ts';
import { MemoryWriter } from '../memory-writer.ts';
import { createProgress } from '../progress.ts';
import { addToTotals, emptyReport, printSummary, type LocaleReport, type RunReport } from '../report.ts';

export interface LocalizeOptions {
  cwd: string;
  input: string;
  from?: Locale;
  to: Locale[];
  provider?: string;
  out: string;
  report?: string;
  glossary: string;
  memory: string;
  dryRun?: boolean;
  saveMemory?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Where the summary goes (stdout by default). */
  log?: (line: string) => void;
}

interface RunState {
  options: LocalizeOptions;
  glossary: Glossary;
  report: RunReport;
  /** Engine keys whose characters were already counted against a release and locale. */
  counted: Set<string>;
}

/** Returns the exit code: 0 when every output was written and passed QA, 1 otherwise. */
export async function localize(options: LocalizeOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { cwd } = options;
  const env = options.env ?? process.env;
  const { glossary, warnings } = await loadCheckedGlossary(resolve(cwd, options.glossary));
  if (warnings.length > 0) log(`glossary: ${warnings.length} warning(s)\n${warnings.map(formatFinding).join('\n')}`);
  const memoryDir = resolve(cwd, options.memory);
  const memory = await loadMemory(memoryDir);
  const providers = createProviders(options.provider ?? defaultProviderSpec(env), { memory, env });
  const firstEngine = providers.findIndex((provider) => provider.kind === 'engine');
  const localChain = firstEngine < 0 ? providers : providers.slice(0, firstEngine);
  const engineChain = firstEngine < 0 ? [] : providers.slice(firstEngine);
  const matchers = matchersFor(glossary, createMatcher);
  const writer = new MemoryWriter(memory, memoryDir, glossary);
  const state: RunState = { options, glossary, report: emptyReport(Boolean(options.dryRun)), counted: new Set() };
  const files = await listMarkdown(cwd, options.input);
  if (files.length === 0) throw new UserError(`no Markdown files in ${options.input}`);

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
          await finishRelease(state, release, local);
        }
        progress?.update(index + 1);
      }
    } finally {
      progress?.stop();
    }

    if (waiting.length > 0) {
      const pending = waiting.flatMap(({ requests, local }) => requests.filter((request) => !local.targets.has(request.key)));
      const bar = options.dryRun ? undefined : createProgress('engine segments', 0);
      let engine: TranslateOutcome;
      try {
        engine = await translate(pending, engineChain, {
          dryRun: Boolean(options.dryRun),
          onTargets: (targets) => writer.save(pending, targets),
          onProgress: (done, total) => bar?.update(done, total),
        });
      } finally {
        bar?.stop();
      }
      state.report.totals.requests += engine.requests;
      for (const { release, local } of waiting) await finishRelease(state, release, merge(local, engine));
    }
  } finally {
    await Promise.all(providers.map((provider) => provider.close?.()));
  }

  const { report } = state;
  printSummary(report, log);
  if (options.report) await writeFileAtomic(resolve(cwd, options.report), `${JSON.stringify(report, null, 2)}\n`);
  if (options.dryRun) return 0;
  const failed = report.totals.missing > 0 || report.totals.qa.errors > 0;
  return failed ? 1 : 0;
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
    charsSent: a.charsSent + b.charsSent,
    requests: a.requests + b.requests,
  };
}

async function finishRelease(state: RunState, release: PreparedRelease, outcome: TranslateOutcome): Promise<void> {
  const { options, report } = state;
  const locales: Record<string, LocaleReport> = {};
  for (const locale of options.to) {
    const result = finishLocale({ release, locale, outcome, glossary: state.glossary, dryRun: Boolean(options.dryRun) });
    // Characters of a key shared by several releases count once, against the first that asked.
    for (const key of result.engineKeys) {
      if (state.counted.has(key)) continue;
      state.counted.add(key);
      result.report.chars_sent += outcome.chars.get(key) ?? 0;
    }
    if (result.markdown !== undefined && !options.dryRun) {
      const file = resolve(options.cwd, options.out, locale, `${release.doc.slug}.md`);
      await writeFileAtomic(file, result.markdown);
      result.report.output = relative(options.cwd, file);
    }
    locales[locale] = result.report;
    addToTotals(report, result.report);
    for (const finding of result.findings) if (finding.severity === 'error') report.problems.push(formatFinding(finding));
    if (result.missing.length > 0 && !options.dryRun) {
      const shown = result.missing.slice(0, 5).join(', ') + (result.missing.length > 5 ? ', …' : '');
      report.problems.push(
        `  error missing ${release.doc.slug} ${locale}: ${result.missing.length} segment(s) have no translation (${shown}); ${locale} not written`,
      );
    }
  }
  report.releases.push({ release: release.doc.slug, file: relative(options.cwd, release.doc.path), source: release.doc.locale, locales });
}
