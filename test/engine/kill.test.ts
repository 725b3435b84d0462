// A run killed with SIGKILL mid-way keeps every batch it completed, in well-formed XLIFF, and the next run sends
// only what is missing. The CLI runs as a child process, as a user runs it; the emulator answers slowly.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { parseXliff } from '../../pipeline/tm/xliff.ts';
import {
  ARGS,
  createProject,
  emulatorEnv,
  LANG,
  RELEASES,
  sentOk,
  type Project,
  type TargetLocale,
} from './project.ts';

const CLI = fileURLToPath(new URL('../../scripts/cli.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Small requests and a slow engine, so that the run is still sending when the first batch is on disk. */
const MAX_CODE_POINTS = '200';
const LATENCY_MS = 300;
/** Translated units on disk before the kill (of about 38). */
const KILL_AFTER_UNITS = 6;

let project: Project;
let emulator: Emulator | undefined;
let child: ChildProcess | undefined;

beforeEach(async () => {
  project = await createProject();
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await emulator?.stop();
  emulator = undefined;
  await project.remove();
});

function cli(port: number): ChildProcess {
  const args = ['--import', TSX, CLI, 'localize', '--input', ARGS.input, '--to', 'th,zh', '--provider', ARGS.provider];
  args.push('--glossary', ARGS.glossary, '--memory', ARGS.memory, '--out', ARGS.out, '--report', ARGS.report);
  return spawn(process.execPath, args, {
    cwd: project.dir,
    env: emulatorEnv(port, { TRANSLATE_MAX_CODE_POINTS: MAX_CODE_POINTS }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Polls until `ready` holds, failing after `ms` (with what the child printed, when there is one). */
async function waitUntil(ready: () => Promise<boolean>, ms: number, output: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`gave up after ${ms} ms; the CLI printed:\n${output()}`);
    if (child?.exitCode !== null && child?.exitCode !== undefined)
      throw new Error(`the CLI ended (${child.exitCode}) first:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('SIGKILL mid-run', () => {
  it('keeps every completed batch, and the next run sends none of them again', async () => {
    emulator = await startEmulator({ port: 0, latencyMs: LATENCY_MS });
    const port = emulator.port;
    child = cli(port);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(child, 'exit');

    // The first XLIFF file, then a few more batches: the kill lands with several batches on disk and more to send.
    const xliff = async () => (await project.files(ARGS.memory)).some((file) => file.endsWith('.xlf'));
    await waitUntil(xliff, 30_000, () => output);
    const units = async () => {
      const kept = await project.persisted();
      return kept.th.length + kept.zh.length >= KILL_AFTER_UNITS;
    };
    await waitUntil(units, 30_000, () => output);
    child.kill('SIGKILL');
    const [code, signal] = await exited;
    expect([code, signal]).toEqual([null, 'SIGKILL']);

    // Whatever the kill interrupted, every XLIFF file on disk is whole, and no output was written.
    const files = (await project.files(ARGS.memory)).filter((file) => file.endsWith('.xlf'));
    for (const file of files) {
      const path = join(project.dir, ARGS.memory, file);
      const text = await readFile(path, 'utf8');
      expect(() => parseXliff(text, path)).not.toThrow();
    }
    expect(await project.files(ARGS.out)).toEqual([]);
    const first = emulator.stats.calls.slice();
    const kept = await project.persisted();
    for (const locale of ['th', 'zh'] as TargetLocale[]) {
      // Kept means answered: nothing in the memory that the engine did not return.
      const answered = new Set(sentOk(first, LANG[locale]));
      for (const html of kept[locale]) expect(answered.has(html)).toBe(true);
    }
    expect(kept.th.length + kept.zh.length).toBeGreaterThanOrEqual(KILL_AFTER_UNITS);

    const { code: second, report } = await project.localize(port, {
      env: emulatorEnv(port, { TRANSLATE_MAX_CODE_POINTS: MAX_CODE_POINTS }),
    });
    expect(second).toBe(0);
    expect(await project.files(ARGS.out)).toHaveLength(2 * Object.keys(RELEASES).length);
    const rest = emulator.stats.calls.slice(first.length);
    expect(rest.length).toBeGreaterThan(0);
    for (const locale of ['th', 'zh'] as TargetLocale[]) {
      const done = new Set(kept[locale]);
      expect(sentOk(rest, LANG[locale]).filter((html) => done.has(html))).toEqual([]);
    }
    for (const call of emulator.stats.calls)
      if (call.contents.length > 1) expect(call.codePoints).toBeLessThanOrEqual(Number(MAX_CODE_POINTS));
    expect(report.totals.memory).toBeGreaterThan(0);
    expect(report.totals.missing).toBe(0);
  }, 60_000);
});
