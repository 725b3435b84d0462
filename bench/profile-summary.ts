// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and self time
// per source file or package, so a profile reads in a terminal. Usage: tsx bench/profile-summary.ts FILE [TOP]
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { bundleWorker } from '../pipeline/run/workers/bundle.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time. */
  functions: ProfileRow[];
  files: ProfileRow[];
  /** Inclusive time (self + callees) of project functions: where a phase's time goes. */
  inclusive: ProfileRow[];
}

const REPO = fileURLToPath(new URL('../', import.meta.url));

/** Where a frame belongs: the npm package for node_modules, the project path otherwise. */
function owner(url: string, line: number, bundles: ReadonlyMap<string, string[]>): string {
  if (url === '') return '(native)';
  if (url.startsWith('data:')) return bundles.get(url)?.[line] ?? 'worker bundle';
  if (bundles.has(url)) return bundles.get(url)?.[line] ?? 'command line bundle';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  return path.startsWith(REPO) ? path.slice(REPO.length) : path;
}

/**
 * The project file of every line of a worker bundle. Workers run from a data: URL (scripts/worker-bundle.ts) that
 * a profile keeps only the first 1,024 characters of, so the bundle is built again from the file its first
 * `// path/to/file.ts` line names (the same sources give the same bundle) and each line is attributed to the last
 * such line above it.
 */
export async function bundleFiles(profile: CpuProfile): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const { callFrame } of profile.nodes) {
    const { url } = callFrame;
    if (out.has(url)) continue;
    if (url.includes('/.cache/silkbridge/cli/')) {
      // The command line's bundle (scripts/cli-bundle.js) is on disk, with the same `// path` lines.
      out.set(url, sourceLines(readFileSync(fileURLToPath(url), 'utf8'), 'command line bundle'));
      continue;
    }
    if (!url.startsWith('data:')) continue;
    const entry = /^\/\/ (\S+\.ts)$/m.exec(decodeURIComponent(url.slice(url.indexOf(',') + 1)))?.[1];
    if (!entry) continue;
    const bundle = await bundleWorker(new URL(entry, pathToFileURL(REPO)));
    out.set(url, sourceLines(decodeURIComponent(bundle.href.slice(bundle.href.indexOf(',') + 1)), 'worker bundle'));
  }
  return out;
}

/** Each line of a bundle attributed to the last `// path/to/file.ts` line above it. */
function sourceLines(bundle: string, before: string): string[] {
  const files: string[] = [];
  let current = before;
  for (const text of bundle.split('\n')) {
    current = /^\/\/ ((?:pipeline|scripts|bench)\/\S+\.[jt]s)$/.exec(text)?.[1] ?? current;
    files.push(current);
  }
  return files;
}

/** `bundles`: the source file of each line of the worker bundles in the profile (see bundleFiles). */
export function summarizeProfile(
  profile: CpuProfile,
  top = 25,
  bundles: ReadonlyMap<string, string[]> = new Map(),
): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (frame: ProfileNode['callFrame']): string =>
    `${frame.functionName || '(anonymous)'} ${owner(frame.url, frame.lineNumber, bundles)}${frame.url && !frame.url.startsWith('data:') ? `:${frame.lineNumber + 1}` : ''}`;
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += micros;
    const where = owner(frame.url, frame.lineNumber, bundles);
    const name = label(frame);
    functions.set(name, (functions.get(name) ?? 0) + micros);
    files.set(where, (files.get(where) ?? 0) + micros);
    // Each project function on the stack counts once, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const caller = byId.get(at)?.callFrame;
      if (!caller || !/^(pipeline|scripts|bench)\//.test(owner(caller.url, caller.lineNumber, bundles))) continue;
      const key = label(caller);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const rows = (map: Map<string, number>): ProfileRow[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: total ? micros / total : 0 }));
  return {
    totalMs: Math.round(total / 1000),
    functions: rows(functions),
    files: rows(files),
    inclusive: rows(inclusive),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const line = (row: ProfileRow) =>
    `${String(row.ms).padStart(8)} ms ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`;
  return [
    `sampled ${summary.totalMs} ms`,
    'self time by function:',
    ...summary.functions.map(line),
    'self time by file or package:',
    ...summary.files.map(line),
    'inclusive time of project functions:',
    ...summary.inclusive.map(line),
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  const program = new Command('profile-summary')
    .description('summarize a V8 .cpuprofile (node --cpu-prof): self time per function, file and package')
    .argument('<file>', 'the .cpuprofile')
    .argument('[top]', 'rows per table', '25')
    .parse();
  const [file, top] = program.processedArgs as [string, string];
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  process.stdout.write(`${formatSummary(summarizeProfile(profile, Number(top), await bundleFiles(profile)))}\n`);
}
