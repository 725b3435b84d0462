// The command line's cached bundle (scripts/cli-bundle.js): built once, used while its sources are unchanged,
// built again when one changes or when it was built in another checkout, and it runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript, run before any TypeScript loader
import { cliEntry } from '../../scripts/cli-bundle.js';
import { REPO } from './run-cli.ts';

// Under the project's node_modules, as the real one: the bundle leaves packages to be found from where it is.
const dir = join(REPO, 'node_modules/.cache/silkbridge', `cli-test-${process.pid}`);
const entry = cliEntry as (dir: string) => Promise<string>;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('command line bundle', { timeout: 60_000 }, () => {
  it('is built once, reused while its sources are unchanged, and runs', async () => {
    mkdirSync(dir, { recursive: true });
    const first = await entry(dir);
    expect(await entry(dir)).toBe(first);
    const stamp = JSON.parse(readFileSync(join(dir, 'current.json'), 'utf8')) as { inputs: Record<string, string> };
    // Lazily imported commands are part of it (split chunks), so their sources are checked too.
    expect(Object.keys(stamp.inputs)).toEqual(
      expect.arrayContaining(['scripts/cli.ts', 'scripts/commands/localize.ts', 'pipeline/run/index.ts']),
    );
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(first)}); process.exitCode = await main(['--version']);`,
      ],
      { cwd: '/', encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `${(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    );
    expect(fileURLToPath(first).startsWith(dir)).toBe(true);
  });

  it('is built again when a file it was built from changed', async () => {
    const before = await entry(dir);
    const file = join(dir, 'current.json');
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as { inputs: Record<string, string> };
    // As if pipeline/run/index.ts had been edited since: its recorded content no longer matches.
    stamp.inputs['pipeline/run/index.ts'] = 'edited';
    writeFileSync(file, JSON.stringify(stamp));
    const after = await entry(dir);
    expect(after).not.toBe(before);
    expect(await entry(dir)).toBe(after);
  });

  it('is built again when it was built in another checkout', async () => {
    const before = await entry(dir);
    const file = join(dir, 'current.json');
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as { root: string };
    expect(resolve(stamp.root)).toBe(REPO);
    // As if node_modules had been copied from a checkout elsewhere: the build's files are that checkout's.
    writeFileSync(file, JSON.stringify({ ...stamp, root: '/elsewhere/silkbridge/' }));
    const after = await entry(dir);
    expect(after).not.toBe(before);
    expect(await entry(dir)).toBe(after);
  });
});
