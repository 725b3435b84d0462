// The command line as a user runs it, for the tests whose subject is the process: exit code and streams.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runInProcess } from '../support/run-in-process.ts';

export const REPO = resolve(import.meta.dirname, '../..');
const CLI = resolve(REPO, 'scripts/cli.ts');
const TSX = resolve(REPO, 'node_modules/tsx/dist/loader.mjs');
const ENV = { GOOGLE_CLOUD_PROJECT: '', TRANSLATE_EMULATOR_HOST: '', NO_COLOR: '1' };

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cwd: string, ...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...ENV },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command line in this process (test/support/run-in-process.ts): for tests of what a command does. */
export function runCommand(cwd: string, ...args: string[]): Promise<CliResult> {
  return runInProcess(cwd, args, { ...process.env, ...ENV });
}
