// Runs one benchmark phase in a child process, so that its peak memory is its own: wall time from here, peak RSS
// and CPU time from `/usr/bin/time` when the machine has it, else (Node children only) from the child itself
// through ./usage-hook.ts.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NODE_FLAGS } from '../scripts/node-flags.js';

export const REPO = resolve(import.meta.dirname, '..');
const TIME = '/usr/bin/time';
const HOOK = resolve(import.meta.dirname, 'usage-hook.ts');

export interface Measurement {
  /** Seconds. */
  wall: number;
  /** Peak resident set size in MB, when known. */
  rssMb: number | null;
  /** CPU seconds (user + system), when known. */
  cpu: number | null;
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunSpec {
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** `node --import tsx <script> …` from the repository, with the npm scripts' flags. */
export function nodeScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): RunSpec {
  return { command: process.execPath, args: [...NODE_FLAGS, '--import', 'tsx', script, ...args], cwd: REPO, env };
}

/** The command line as `npm run` runs it (scripts/run.js: its cached bundle, no tsx). */
export function cliRun(args: string[], env: NodeJS.ProcessEnv = {}): RunSpec {
  return { command: process.execPath, args: [...NODE_FLAGS, 'scripts/run.js', ...args], cwd: REPO, env };
}

let counter = 0;

export async function measure(spec: RunSpec): Promise<Measurement> {
  const usageFile = join(tmpdir(), `silkbridge-bench-${process.pid}-${counter++}.txt`);
  const useTime = existsSync(TIME);
  const isNode = spec.command === process.execPath;
  let command = spec.command;
  let args = spec.args;
  const env: NodeJS.ProcessEnv = { ...process.env, ...spec.env };
  if (useTime) {
    args = ['-f', '%M %U %S', '-o', usageFile, command, ...args];
    command = TIME;
  } else if (isNode) {
    args = ['--import', HOOK, ...args];
    env.BENCH_USAGE_FILE = usageFile;
  }
  const started = performance.now();
  const { code, stdout, stderr } = await run(command, args, spec.cwd ?? REPO, env);
  const wall = (performance.now() - started) / 1000;
  let rssMb: number | null = null;
  let cpu: number | null = null;
  if (existsSync(usageFile)) {
    // /usr/bin/time may print "Command exited with non-zero status" first; the figures are on the last line.
    const line = readFileSync(usageFile, 'utf8').trim().split('\n').pop() ?? '';
    const [rssKb, user, sys] = line.split(/\s+/).map(Number);
    if (rssKb !== undefined && Number.isFinite(rssKb)) rssMb = rssKb / 1024;
    if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) cpu = user + sys;
    rmSync(usageFile, { force: true });
  }
  return { wall, rssMb, cpu, code, stdout, stderr };
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

/** Throws with the child's output when it failed. */
export function check(name: string, m: Measurement, allowed: readonly number[] = [0]): Measurement {
  if (!allowed.includes(m.code)) {
    throw new Error(`${name} exited with ${m.code}\n${m.stdout.slice(-2000)}\n${m.stderr.slice(-2000)}`);
  }
  return m;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Copies the folders `dirs` into `to` (emptied first) with `cp -a`, which keeps the modification times a
 * re-run's manifest compares; `restoreDirs` puts them back. A folder that does not exist is not saved. */
export function saveDirs(dirs: readonly string[], to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const dir of dirs) if (existsSync(dir)) execFileSync('cp', ['-a', dir, to]);
}

/** Replaces each of `dirs` with its copy in `from` (by its name), or removes it when `saveDirs` found none. */
export function restoreDirs(dirs: readonly string[], from: string): void {
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
    const saved = join(from, basename(dir));
    if (existsSync(saved)) execFileSync('cp', ['-a', saved, dir]);
  }
}
