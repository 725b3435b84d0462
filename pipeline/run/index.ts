// The run behind `localize`, `qa` and `publish`: every release through parse → lock → segment → translate →
// verify → assemble. Releases stream through; only those that still need an engine after the local providers
// wait, so that identical sentences across releases are sent once. Parsing and assembling (./release-stages.ts)
// run on worker threads when there are many releases and several cores; the provider chain, the memory and the
// callback stay here and see the releases in file order, so the result does not depend on the number of workers.
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import type { Glossary } from '../lock/glossary.ts';
import { createProviders, defaultProviderSpec } from '../providers/index.ts';
import { loadMemory, refreshIndexCache, type TranslationMemory } from '../tm/index.ts';
import { outcomeFor, sourceKeyOf, translate, type TranslateOutcome } from '../translate/index.ts';
import type { Finding, Locale, TranslationRequest } from '../types.ts';
import { listMarkdown, loadCheckedGlossary } from './load.ts';
import type { LocaleResult } from './finish.ts';
import { MemoryWriter } from '../tm/writer.ts';
import { fuzzyMatches } from '../tm/fuzzy.ts';
import { createHeapBudget } from './heap-budget.ts';
import { createProgress } from '../../scripts/progress.ts';
import { createWorkerStages } from './workers/pool.ts';
import type { FinishedRelease, PreparedSummary, ReleaseInfo, ReleaseStages } from './release.ts';

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
  /** Folder to write `<locale>/<slug>.md` to, from the thread that assembled it (see StageOptions.out). */
  out?: string;
  /** Worker threads for parsing and assembling; 1 = this thread only. Default: `SILKBRIDGE_JOBS`, else one per
   * core (at most 4) when there are at least 32 releases. */
  jobs?: number;
}

export interface ReleaseOutcome {
  release: ReleaseInfo;
  glossary: Glossary;
  /** Per target locale, in `options.to` order. */
  locales: [Locale, LocaleResult][];
}

export interface RunSummary {
  glossaryWarnings: Finding[];
  /** Engine requests sent. */
  requests: number;
  /** Characters engines billed, rejected replies and calls retried after their deadline included (the per-row
   * figures share out the accepted ones). */
  charsSent: number;
}

/** Fewer releases than this are not worth a worker's start-up. */
const MIN_RELEASES_FOR_WORKERS = 32;
const MAX_JOBS = 4;
/** Releases prepared ahead of the one the main thread is at, per worker: at the start, enough to keep the workers
 * busy while the main thread loads the memory; then a few, as each prepared release is held until its finish. */
const START_AHEAD_PER_JOB = 24;
const PREPARE_AHEAD_PER_JOB = 4;
/** Finished releases waiting for the callback, per worker. */
const FINISHING_PER_JOB = 4;

export async function runReleases(
  options: RunOptions,
  onRelease: (outcome: ReleaseOutcome) => Promise<void>,
): Promise<RunSummary> {
  const { cwd } = options;
  const env = options.env ?? process.env;
  const { glossary, warnings } = await loadCheckedGlossary(resolve(cwd, options.glossary));
  const memoryDir = resolve(cwd, options.memory);
  // The memory loads while the first releases are parsed: neither needs the other. Errors are still reported in
  // the order things are needed: the memory, the providers, the input, then each release in turn.
  const loading = loadMemory(memoryDir, env, new Set(glossary.terms.map((term) => term.id)));
  loading.catch(() => undefined);
  const listed = await listMarkdown(cwd, options.input).then(
    (files) => ({ files }),
    (error: unknown) => ({ files: [] as string[], error }),
  );
  const files = listed.files;
  const jobs = files.length > 0 ? jobCount(options.jobs, env, files.length) : 1;
  const stageOptions = {
    glossary,
    to: options.to,
    dryRun: Boolean(options.dryRun),
    ...(options.from ? { from: options.from } : {}),
    ...(options.out !== undefined ? { out: resolve(cwd, options.out) } : {}),
  };
  // The local stages are loaded only to run here: with workers, this thread never parses Markdown, and loading
  // remark and the stages would only delay its start.
  const stages: ReleaseStages =
    jobs > 1
      ? await createWorkerStages(stageOptions, jobs)
      : (await import('./release.ts')).createLocalStages(stageOptions);
  // One thread: nothing ahead, each release is reported before the next is read, as the stages run here anyway.
  const ahead = jobs > 1 ? PREPARE_AHEAD_PER_JOB * jobs : 0;
  const startAhead = jobs > 1 ? START_AHEAD_PER_JOB * jobs : 0;
  const keep = jobs > 1 ? FINISHING_PER_JOB * jobs : 0;
  const preparing = new Map<number, Promise<PreparedSummary>>();
  const prepare = (index: number) => {
    const file = files[index];
    if (file === undefined || preparing.has(index)) return;
    const prepared = stages.prepare(index, file);
    prepared.catch(() => undefined); // thrown in turn, below
    preparing.set(index, prepared);
  };
  for (let next = 0; next <= startAhead; next++) prepare(next);

  const slugs = new Map<string, string>();
  const counted = new Set<string>();
  const keepHeapInBudget = createHeapBudget();
  const report = async (
    { release, locales }: FinishedRelease,
    outcome: TranslateOutcome,
    requests: readonly TranslationRequest[],
  ) => {
    if (memory) countFuzzy(memory, locales, requests);
    // Characters of a key shared by several releases count once, against the first that asked.
    for (const [, result] of locales) {
      for (const key of result.engineKeys) {
        if (counted.has(key)) continue;
        counted.add(key);
        result.report.chars_sent += outcome.chars.get(key) ?? 0;
      }
    }
    await onRelease({ release, glossary, locales });
    keepHeapInBudget();
  };
  const finishing: {
    result: Promise<FinishedRelease>;
    outcome: TranslateOutcome;
    requests: readonly TranslationRequest[];
  }[] = [];
  const finish = (index: number, requests: TranslationRequest[], ...outcomes: TranslateOutcome[]) => {
    const outcome = outcomeFor(requests, ...outcomes);
    const result = stages.finish(index, outcome);
    result.catch(() => undefined); // reported in turn, by `drain`
    finishing.push({ result, outcome, requests });
  };
  /** Reports finished releases in file order until at most `left` are in flight. */
  const drain = async (left: number) => {
    while (finishing.length > left) {
      const item = finishing.shift();
      if (item) await report(await item.result, item.outcome, item.requests);
    }
  };

  let requestsSent = 0;
  let charsSent = 0;
  let memory: TranslationMemory | undefined;
  try {
    memory = await loading;
    const providers = createProviders(options.provider ?? defaultProviderSpec(env), { memory, env });
    try {
      if ('error' in listed) throw listed.error;
      if (files.length === 0) throw new UserError(`no Markdown files in ${options.input}`);
      const firstEngine = providers.findIndex((provider) => provider.kind === 'engine');
      const localChain = firstEngine < 0 ? providers : providers.slice(0, firstEngine);
      const engineChain = firstEngine < 0 ? [] : providers.slice(firstEngine);
      const writer = new MemoryWriter(memory, memoryDir, glossary);
      const waiting: { index: number; requests: TranslationRequest[]; local: TranslateOutcome }[] = [];
      const progress = files.length > 20 ? createProgress('releases', files.length) : undefined;
      try {
        for (let index = 0; index < files.length; index++) {
          for (let next = index; next <= index + ahead; next++) prepare(next);
          let requests: TranslationRequest[];
          try {
            const prepared = await preparing.get(index);
            requests = prepared?.requests ?? [];
            // Before anything of it is written: its outputs and memory file would be the other release's.
            if (prepared) claimSlug(slugs, prepared.slug, files[index] as string, cwd);
          } catch (error) {
            // The releases before a bad one are reported first, as they were read first.
            await drain(0);
            throw error;
          }
          preparing.delete(index);
          const local = await translate(requests, localChain);
          if (options.saveMemory) await writer.save(requests, local.targets);
          if (engineChain.length > 0 && requests.some((request) => !local.targets.has(request.key))) {
            waiting.push({ index, requests, local });
          } else {
            finish(index, requests, local);
            await drain(keep);
          }
          progress?.update(index + 1);
        }
        await drain(0);
      } finally {
        progress?.stop();
      }

      if (waiting.length > 0) {
        const pending = waiting.flatMap(({ requests, local }) =>
          requests.filter((request) => !local.targets.has(request.key)),
        );
        let bar: ReturnType<typeof createProgress> | undefined;
        let engine: TranslateOutcome;
        try {
          engine = await translate(pending, engineChain, {
            dryRun: Boolean(options.dryRun),
            onTargets: (targets) => writer.save(pending, targets),
            onProgress: (done, total) => {
              bar ??= createProgress('engine segments', total);
              bar.update(done, total);
            },
          });
        } finally {
          bar?.stop();
        }
        requestsSent = engine.requests;
        charsSent = engine.charsSent;
        for (const { index, requests, local } of waiting) {
          finish(index, requests, local, engine);
          await drain(keep);
        }
        await drain(0);
      }
    } finally {
      await Promise.all(providers.map((provider) => provider.close?.()));
    }
  } finally {
    await stages.close();
  }
  // Once the workers are gone, whose heaps were most of the peak: the cache is written from the files as written.
  await refreshIndexCache(memoryDir, memory.files, env);
  return { glossaryWarnings: warnings, requests: requestsSent, charsSent };
}

/** Records which file writes to `slug`, refusing a second one. */
function claimSlug(slugs: Map<string, string>, slug: string, file: string, cwd: string): void {
  const other = slugs.get(slug);
  if (other !== undefined)
    throw new UserError(
      `${relative(cwd, file)} and ${relative(cwd, other)} have the same slug "${slug}"; they would write the same output and memory files (set \`slug\` in the front matter of one)`,
    );
  slugs.set(slug, file);
}

/** Sets, per locale, how many missing segments have a fuzzy match in the memory (never used as a translation). */
function countFuzzy(
  memory: TranslationMemory,
  locales: FinishedRelease['locales'],
  requests: readonly TranslationRequest[],
): void {
  for (const [locale, result] of locales) {
    if (result.missing.length === 0) continue;
    const bySegment = new Map<string, TranslationRequest>();
    for (const request of requests) if (request.to === locale) bySegment.set(request.segment, request);
    result.report.fuzzy = result.missing.filter((id) => {
      const request = bySegment.get(id);
      return (
        request !== undefined &&
        fuzzyMatches(memory, request.from, request.to, sourceKeyOf(request), { limit: 1 }).length > 0
      );
    }).length;
  }
}

function jobCount(asked: number | undefined, env: NodeJS.ProcessEnv, releases: number): number {
  const value = asked ?? (env.SILKBRIDGE_JOBS ? Number(env.SILKBRIDGE_JOBS) : undefined);
  if (value === undefined) return releases >= MIN_RELEASES_FOR_WORKERS ? Math.min(availableParallelism(), MAX_JOBS) : 1;
  if (!Number.isInteger(value) || value < 1)
    throw new UserError(
      `SILKBRIDGE_JOBS must be a whole number of at least 1 (found ${JSON.stringify(env.SILKBRIDGE_JOBS ?? asked)})`,
    );
  return value;
}
