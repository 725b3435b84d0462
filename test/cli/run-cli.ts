// The command line as a user runs it, for the tests whose subject is the process: exit code and streams.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
const CLI = resolve(REPO, 'scripts/cli.ts');
const TSX = resolve(REPO, 'node_modules/tsx/dist/loader.mjs');

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
    env: { ...process.env, GOOGLE_CLOUD_PROJECT: '', TRANSLATE_EMULATOR_HOST: '', NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
