// The run behind `localize`, `qa` and `publish`: every release through parse → lock → segment → translate →
// verify → assemble. Releases stream through; only those that still need an engine after the local providers
// wait, so that identical sentences across releases are sent once. Parsing and assembling (./release-stages.ts)
// run on worker threads when there are many releases and several cores; the provider chain, the memory and the
// callback stay here and see the releases in file order, so the result does not depend on the number of workers.
// With a manifest (RunOptions.manifest), releases whose inputs and outputs are as it recorded are not run at all:
// they are reported from their record, in their place (./unchanged.ts).
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import type { Glossary } from '../lock/glossary.ts';
import { defaultProviderSpec } from '../providers/ids.ts';
import {
  loadMemory,
  openKeyedMemory,
  refreshIndexCache,
  wholeMemory,
  writtenStamp,
  type TranslationMemory,
} from '../tm/index.ts';
import { outcomeFor, sourceKeyOf, translate, type TranslateOutcome } from '../translate/index.ts';
import type { Finding, Locale, TranslationRequest } from '../types.ts';
import { listMarkdown, loadCheckedGlossary } from './load.ts';
import type { LocaleResult } from './finish.ts';
import type { MemoryWriter } from '../tm/writer.ts';
import { createHeapBudget } from './heap-budget.ts';
import type { FinishedRelease, PreparedSummary, ReleaseInfo, ReleaseStages } from './release.ts';
import {
  glossaryHashes,
  manifestFile,
  readManifest,
  sha256,
  shortHash,
  toolVersion,
  updateManifest,
  type KeyedRecord,
  type RecordKeys,
  type ReleaseRecord,
} from './manifest.ts';
import {
  asksAny,
  checkInputs,
  memoryStamp,
  memoryStamps,
  memoryTargets,
  memoryUse,
  organizationStamp,
  sameTargets,
} from './unchanged.ts';
import { shardFiles, type Shard } from './shard.ts';

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
  /** Only the releases of this shard (`--shard i/n`). */
  shard?: Shard;
  /** Skip releases the manifest of `out` records as unchanged, reporting them through `onUnchanged`; releases this
   * run writes (`out` set, not a dry run) are recorded. */
  manifest?: {
    out: string;
    onUnchanged: (release: UnchangedRelease) => Promise<void>;
    /** Stands in for the tool's version (tests). */
    toolVersion?: string;
  };
}

/** A release left alone: its record says what the last run that processed it reported. */
export interface UnchangedRelease {
  file: string;
  record: ReleaseRecord;
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

/** Fewer releases to process than this look their memory targets up by key rather than loading the whole index. */
const KEYED_RELEASES = 32;
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
  const { glossary, warnings } = await loadCheckedGlossary(resolve(cwd, options.glossary), env);
  const memoryDir = resolve(cwd, options.memory);
  const termIds = () => new Set(glossary.terms.map((term) => term.id));
  const loadAll = () => {
    const promise = loadMemory(memoryDir, env, termIds());
    promise.catch(() => undefined);
    return promise;
  };
  // A keyed memory, without a usable key table the whole one (which writes the table for the next run).
  const loadKeyed = (stamps: ReadonlyMap<string, string>) => {
    const promise = openKeyedMemory(memoryDir, env, termIds(), stamps).then(
      (memory) => memory ?? loadMemory(memoryDir, env, termIds(), true),
    );
    promise.catch(() => undefined);
    return promise;
  };
  // The memory loads while the first releases are parsed: neither needs the other. Errors are still reported in
  // the order things are needed: the memory, the providers, the input, then each release in turn. With a
  // manifest, it waits for the releases' check, which may find it is not needed at all.
  let loading = options.manifest ? undefined : loadAll();
  const listed = await listMarkdown(cwd, options.input).then(
    (files) => ({ files: shardFiles(files, resolve(cwd, options.input), options.shard), all: files.length }),
    (error: unknown) => ({ files: [] as string[], all: 0, error }),
  );
  const files = listed.files;
  const chain = options.provider ?? defaultProviderSpec(env);
  const reuse =
    options.manifest && files.length > 0
      ? await checkManifest(options, files, memoryDir, chain, env, glossary)
      : undefined;
  const unchanged = new Map<number, ReleaseRecord>();
  if (reuse)
    for (const [index, file] of files.entries()) {
      const record = reuse.unchanged.get(file);
      if (record) unchanged.set(index, record);
    }
  const few = files.length > unchanged.size && files.length - unchanged.size < KEYED_RELEASES;
  if (reuse && reuse.memoryCheck.length === 0 && few) loading ??= loadKeyed(reuse.stampsBefore);
  else if (!reuse || files.length > unchanged.size || reuse.memoryCheck.length > 0) loading ??= loadAll();
  if (reuse && reuse.memoryCheck.length > 0 && loading) {
    // Recorded against another state of the memory: unchanged only while it gives them the same targets.
    const targets = memoryTargets(await loading);
    const keys = reuse.keys();
    for (const index of reuse.memoryCheck) {
      const record = unchanged.get(index);
      if (record && !sameTargets(record, keys[files[index] as string], targets)) unchanged.delete(index);
    }
  }
  const todo = files.length - unchanged.size;
  const jobs = todo > 0 ? jobCount(options.jobs, env, todo) : 1;
  // Built before the releases are read, so that with them read here (no workers) an engine's client loads on the
  // other core meanwhile. Loaded only for a run that translates: the providers load Google's client library.
  const providing =
    todo > 0 && loading
      ? import('../providers/index.ts').then(({ createProviders }) => {
          const providers = createProviders(chain, { memory: loading, env });
          if (jobs === 1 && !options.dryRun) for (const provider of providers) provider.start?.();
          return providers;
        })
      : undefined;
  providing?.catch(() => undefined); // thrown in turn, after the memory's errors
  const stageOptions = {
    glossary,
    to: options.to,
    dryRun: Boolean(options.dryRun),
    ...(options.from ? { from: options.from } : {}),
    ...(options.out !== undefined ? { out: resolve(cwd, options.out) } : {}),
  };
  // The local stages are loaded only to run here: with workers, this thread never parses Markdown, and loading
  // remark and the stages would only delay its start; none at all when every release is unchanged.
  const stages: ReleaseStages | undefined =
    todo === 0
      ? undefined
      : jobs > 1
        ? await (await import('./workers/pool.ts')).createWorkerStages(stageOptions, jobs)
        : (await import('./release.ts')).createLocalStages(stageOptions);
  // One thread: nothing ahead, each release is reported before the next is read, as the stages run here anyway.
  const ahead = jobs > 1 ? PREPARE_AHEAD_PER_JOB * jobs : 0;
  const startAhead = jobs > 1 ? START_AHEAD_PER_JOB * jobs : 0;
  const keep = jobs > 1 ? FINISHING_PER_JOB * jobs : 0;
  const preparing = new Map<number, Promise<PreparedSummary>>();
  const prepare = (index: number) => {
    const file = files[index];
    if (file === undefined || preparing.has(index) || unchanged.has(index) || !stages) return;
    const prepared = stages.prepare(index, file);
    prepared.catch(() => undefined); // thrown in turn, below
    preparing.set(index, prepared);
  };
  for (let next = 0; next <= startAhead; next++) prepare(next);

  const slugs = new Map<string, string>();
  const counted = new Set<string>();
  // Only while workers parse: in one thread a forced collection drops the parser's optimized code (./heap-budget.ts).
  const keepHeapInBudget = jobs > 1 ? createHeapBudget() : () => undefined;
  const recording = reuse && options.out !== undefined && !options.dryRun ? reuse : undefined;
  const records = new Map<string, KeyedRecord>();
  const dropped = new Set<string>();
  const report = async (
    { release, locales }: FinishedRelease,
    outcome: TranslateOutcome,
    requests: readonly TranslationRequest[],
    source: ReleaseSource,
  ) => {
    if (memory) await countFuzzy(memory, locales, requests);
    // Characters of a key shared by several releases count once, against the first that asked.
    for (const [, result] of locales) {
      for (const key of result.engineKeys) {
        if (counted.has(key)) continue;
        counted.add(key);
        result.report.chars_sent += outcome.chars.get(key) ?? 0;
      }
    }
    if (recording && memory) {
      const record = recordOf(release, locales, requests, source, memory, recording);
      if (record) records.set(release.doc.path, record);
      else dropped.add(release.doc.path);
    }
    await onRelease({ release, glossary, locales });
    keepHeapInBudget();
  };
  type Finishing =
    | {
        result: Promise<FinishedRelease>;
        outcome: TranslateOutcome;
        requests: readonly TranslationRequest[];
        source: ReleaseSource;
      }
    | { file: string; record: ReleaseRecord };
  const finishing: Finishing[] = [];
  const sources = new Map<number, ReleaseSource>();
  const finish = (index: number, requests: TranslationRequest[], ...outcomes: TranslateOutcome[]) => {
    if (!stages) return;
    const source = sources.get(index);
    if (!source) throw new Error(`release ${index} was not prepared`);
    sources.delete(index);
    const outcome = outcomeFor(requests, ...outcomes);
    const result = stages.finish(index, outcome);
    result.catch(() => undefined); // reported in turn, by `drain`
    finishing.push({ result, outcome, requests, source });
  };
  /** Reports finished releases in file order until at most `left` are in flight. */
  const drain = async (left: number) => {
    while (finishing.length > left) {
      const item = finishing.shift();
      if (!item) continue;
      if ('record' in item) await options.manifest?.onUnchanged(item);
      else await report(await item.result, item.outcome, item.requests, item.source);
    }
  };

  let requestsSent = 0;
  let charsSent = 0;
  let memory: TranslationMemory | undefined;
  let writer: MemoryWriter | undefined;
  try {
    try {
      memory = loading ? await loading : undefined;
    } catch (error) {
      // Google's client may already be loading on its thread.
      await providing?.then(
        (providers) => Promise.all(providers.map((provider) => provider.close?.())),
        () => [],
      );
      throw error;
    }
    const providers = (await providing) ?? [];
    try {
      if ('error' in listed) throw listed.error;
      if (listed.all === 0) throw new UserError(`no Markdown files in ${options.input}`);
      const firstEngine = providers.findIndex((provider) => provider.kind === 'engine');
      const localChain = firstEngine < 0 ? providers : providers.slice(0, firstEngine);
      const engineChain = firstEngine < 0 ? [] : providers.slice(firstEngine);
      writer = memory && new (await import('../tm/writer.ts')).MemoryWriter(memory, memoryDir, glossary);
      const waiting: { index: number; requests: TranslationRequest[]; local: TranslateOutcome }[] = [];
      const progress =
        files.length - unchanged.size > 20
          ? (await import('../../scripts/progress.ts')).createProgress('releases', files.length)
          : undefined;
      try {
        for (let index = 0; index < files.length; index++) {
          const record = unchanged.get(index);
          if (record) {
            const file = files[index] as string;
            claimSlug(slugs, record.slug, file, cwd);
            finishing.push({ file, record });
            await drain(keep);
            continue;
          }
          for (let next = index; next <= index + ahead; next++) prepare(next);
          let requests: TranslationRequest[];
          try {
            const prepared = await preparing.get(index);
            requests = prepared?.requests ?? [];
            if (prepared) sources.set(index, { terms: prepared.terms, sourceHash: prepared.sourceHash });
            // Before anything of it is written: its outputs and memory file would be the other release's.
            if (prepared) claimSlug(slugs, prepared.slug, files[index] as string, cwd);
          } catch (error) {
            // The releases before a bad one are reported first, as they were read first.
            await drain(0);
            throw error;
          }
          preparing.delete(index);
          const local = await translate(requests, localChain);
          if (options.saveMemory) await writer?.save(requests, local.targets);
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

      const engineWriter = writer;
      if (waiting.length > 0 && engineWriter) {
        const pending = waiting.flatMap(({ requests, local }) =>
          requests.filter((request) => !local.targets.has(request.key)),
        );
        const { createProgress } = await import('../../scripts/progress.ts');
        let bar: ReturnType<typeof createProgress> | undefined;
        let engine: TranslateOutcome;
        try {
          engine = await translate(pending, engineChain, {
            dryRun: Boolean(options.dryRun),
            onTargets: (targets) => engineWriter.save(pending, targets),
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
    await stages?.close();
    // What completed is recorded even when the run stopped later: those releases' outputs are written and whole.
    if (recording && memory) {
      const stamp = memoryStampAfter(memoryDir, recording.stampsBefore, memory);
      for (const { record } of records.values()) record.memory = stamp;
      // Releases left alone whose targets this memory still gives are brought to its stamp: else every later run
      // would load the memory to check them again.
      // They were checked against the memory as this run found it, so only what this run stored can differ:
      // a record that asks none of those keys needs no look at the rest of the memory.
      const behind = [...unchanged].filter(([, record]) => record.memory !== stamp);
      const keys = behind.length > 0 ? recording.keys() : {};
      const keysOf = (index: number) => keys[files[index] as string];
      const stored = new Set([...(writer?.stored ?? [])].map(shortHash));
      const asking = new Set(behind.filter(([index]) => asksAny(keysOf(index), stored)).map(([index]) => index));
      const targets = asking.size > 0 ? memoryTargets(await wholeMemory(memory)) : undefined;
      for (const [index, record] of behind) {
        const recordKeys = keysOf(index);
        if (recordKeys !== undefined && (!targets || !asking.has(index) || sameTargets(record, recordKeys, targets)))
          records.set(files[index] as string, { record: { ...record, memory: stamp }, keys: recordKeys });
      }
      await updateManifest(recording.file, records, dropped, recording.glossary);
    }
  }
  // Once the workers are gone, whose heaps were most of the peak: the cache is written from the files as written.
  if (memory) await refreshIndexCache(memoryDir, memory.files, env);
  return { glossaryWarnings: warnings, requests: requestsSent, charsSent };
}

/** What the manifest records of a release's source, from the stage that read and parsed it. */
type ReleaseSource = Pick<PreparedSummary, 'terms' | 'sourceHash'>;

interface ManifestCheck {
  file: string | undefined;
  optionsKey: string;
  glossary: ReturnType<typeof glossaryHashes>;
  out: string;
  to: readonly Locale[];
  /** Releases unchanged but for the memory's targets, which are checked once it is loaded, and the rest. */
  unchanged: Map<string, ReleaseRecord>;
  /** Indices (in the run's files) of the unchanged releases recorded against another state of the memory. */
  memoryCheck: number[];
  stampsBefore: Map<string, string>;
  /** The records' request key hashes, read from the manifest only when asked. */
  keys: () => RecordKeys;
}

/** Reads the manifest and checks every release's inputs but the memory's targets. */
async function checkManifest(
  options: RunOptions,
  files: readonly string[],
  memoryDir: string,
  chain: string,
  env: NodeJS.ProcessEnv,
  glossary: Glossary,
): Promise<ManifestCheck> {
  const out = resolve(options.cwd, options.manifest?.out ?? 'out');
  const file = manifestFile(memoryDir, out, env);
  const hashes = glossaryHashes(glossary);
  const optionsKey = sha256(
    JSON.stringify({
      tool: options.manifest?.toolVersion ?? toolVersion(),
      from: options.from ?? null,
      to: options.to,
      chain,
      out,
      memory: memoryDir,
      saveMemory: Boolean(options.saveMemory),
    }),
  ).slice(0, 16);
  const loaded = await readManifest(file);
  const stampsBefore = memoryStamps(memoryDir);
  const candidates = checkInputs(files, loaded.manifest, {
    key: optionsKey,
    to: options.to,
    glossary,
    glossaryKey: hashes.key,
    glossaryTerms: hashes.terms,
  });
  const stamp = memoryStamp(stampsBefore);
  const unchanged = new Map<string, ReleaseRecord>();
  const memoryCheck: number[] = [];
  const position = new Map(files.map((path, index) => [path, index]));
  for (const { file: path, record } of candidates) {
    unchanged.set(path, record);
    if (record.memory !== stamp) memoryCheck.push(position.get(path) as number);
  }
  return {
    file,
    optionsKey,
    glossary: hashes,
    out,
    to: options.to,
    unchanged,
    memoryCheck,
    stampsBefore,
    // Only records left alone are ever asked for their keys: without any, the file's bytes need not be kept.
    keys: unchanged.size > 0 ? loaded.keys : () => ({}),
  };
}

/** A record of a release this run wrote completely, or undefined when it did not (a locale missing, QA errors). */
function recordOf(
  release: ReleaseInfo,
  locales: FinishedRelease['locales'],
  requests: readonly TranslationRequest[],
  { terms, sourceHash }: ReleaseSource,
  memory: TranslationMemory,
  check: ManifestCheck,
): KeyedRecord | undefined {
  const outputs: ReleaseRecord['outputs'] = {};
  const rows: ReleaseRecord['rows'] = {};
  const recordWarnings: ReleaseRecord['warnings'] = [];
  for (const [locale, result] of locales) {
    if (!result.written || result.missing.length > 0 || result.report.qa.errors > 0) return undefined;
    outputs[locale] = result.written;
    rows[locale] = result.report;
    recordWarnings.push(...result.findings);
  }
  const organization = organizationStamp(release.doc.frontmatter, release.doc.path);
  const { keys, targets } = memoryUse(memory, requests);
  const record: ReleaseRecord = {
    slug: release.doc.slug,
    source: release.doc.locale,
    sourceHash,
    options: check.optionsKey,
    glossary: check.glossary.key,
    terms: terms.filter((term) => check.glossary.terms[term] !== undefined),
    ...(organization !== undefined ? { organization } : {}),
    memory: null,
    targets,
    outputs,
    rows,
    warnings: recordWarnings,
  };
  return { record, keys };
}

/**
 * The memory's stamp after this run: its files as they were before it, with those it wrote as it wrote them. Not
 * listed again: a file another writer changed meanwhile is not in it as it is now, so the next run finds a stamp that
 * differs and checks, as it does for any change.
 */
function memoryStampAfter(dir: string, before: ReadonlyMap<string, string>, memory: TranslationMemory): string {
  const after = new Map(before);
  for (const [path, tm] of memory.files) {
    const stamp = writtenStamp(tm);
    if (stamp) after.set(relative(dir, path), `${stamp.size}:${stamp.mtimeMs}`);
  }
  return memoryStamp(after);
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
async function countFuzzy(
  memory: TranslationMemory,
  locales: FinishedRelease['locales'],
  requests: readonly TranslationRequest[],
): Promise<void> {
  for (const [locale, result] of locales) {
    if (result.missing.length === 0) continue;
    await wholeMemory(memory);
    const { fuzzyMatches } = await import('../tm/fuzzy.ts');
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
