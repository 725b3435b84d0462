// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and self time
// per source file or package, so a profile reads in a terminal. Usage: tsx bench/profile-summary.ts FILE [TOP]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
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

/** Where a URL belongs: the npm package for node_modules, the project path otherwise. */
function owner(url: string): string {
  if (url === '') return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const project = url.indexOf('/work/main/');
  return project >= 0 ? url.slice(project + '/work/main/'.length) : url.replace(/^file:\/\//, '');
}

export function summarizeProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (frame: ProfileNode['callFrame']): string =>
    `${frame.functionName || '(anonymous)'} ${owner(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += micros;
    const where = owner(frame.url);
    const name = label(frame);
    functions.set(name, (functions.get(name) ?? 0) + micros);
    files.set(where, (files.get(where) ?? 0) + micros);
    // Each project function on the stack counts once, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const caller = byId.get(at)?.callFrame;
      if (!caller || !/^(pipeline|scripts|bench)\//.test(owner(caller.url))) continue;
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
  return { totalMs: Math.round(total / 1000), functions: rows(functions), files: rows(files), inclusive: rows(inclusive) };
}

export function formatSummary(summary: ProfileSummary): string {
  const line = (row: ProfileRow) => `${String(row.ms).padStart(8)} ms ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`;
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
  const [file, top] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts FILE.cpuprofile [TOP]\n');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  process.stdout.write(`${formatSummary(summarizeProfile(profile, Number(top ?? 25)))}\n`);
}
