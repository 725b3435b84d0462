// The binary as a user runs it: `npx silkbridge` (scripts/bin.js under the npm scripts' flags), --version, --help everywhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../../scripts/node-flags.js';
import { REPO, runCli, runCommand } from './run-cli.ts';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  bin: { silkbridge: string };
  scripts: Record<string, string>;
};

/** `npx silkbridge <args>` with `probe` run first in every node it starts (NODE_OPTIONS reaches the child too). */
function binWithProbe(probe: string, ...args: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'silkbridge-')), 'probe.cjs');
  writeFileSync(file, `${probe}\n`);
  return spawnSync(process.execPath, [join(REPO, pkg.bin.silkbridge), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: `--require ${file}` },
  });
}

// A subprocess pays node's start-up (and a first bundle build), which a loaded machine stretches: the same bound as the spawns' own timeout.
describe('silkbridge binary', { timeout: 60_000 }, () => {
  it('package.json declares the bin, and it prints the version from any folder', () => {
    expect(pkg.bin.silkbridge).toBe('scripts/bin.js');
    const result = spawnSync(process.execPath, [join(REPO, pkg.bin.silkbridge), '--version'], {
      cwd: '/',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });

  it('runs the command line with gc exposed, as the heap budget needs, and passes the exit code on', () => {
    const result = binWithProbe("process.stderr.write('gc:' + typeof globalThis.gc + '\\n');", 'nope');
    expect(result.status).toBe(1);
    // The first line is the launcher itself; every thread of the command line it started has gc.
    const [launcher, ...started] = result.stderr.match(/gc:\w+/g) ?? [];
    expect(launcher).toBe('gc:undefined');
    expect(started.length).toBeGreaterThan(0);
    expect(new Set(started)).toEqual(new Set(['gc:function']));
    expect(result.stderr).toContain("unknown command 'nope'");
  });

  it("starts node with the npm scripts' flags, and the npm scripts that give node flags give these", () => {
    const result = binWithProbe(
      "process.stderr.write('argv:' + JSON.stringify(process.execArgv) + '\\n');",
      '--version',
    );
    expect(result.status, result.stderr).toBe(0);
    const argvs = [...result.stderr.matchAll(/^argv:(.*)$/gm)].map((m) => JSON.parse(m[1] ?? '[]') as string[]);
    expect(argvs).toEqual([[], NODE_FLAGS]);
    const flagged = Object.entries(pkg.scripts).filter(([, command]) =>
      /^node (--\S+ )+scripts\/run\.js /.test(command),
    );
    expect(flagged.map(([name]) => name)).toEqual(expect.arrayContaining(['localize', 'qa', 'publish']));
    for (const [name, command] of flagged)
      expect(command, name).toMatch(new RegExp(`^node ${NODE_FLAGS.join(' ')} scripts/run\\.js ${name}$`));
  });

  it('has --help for every command', async () => {
    const top = await runCommand(REPO, '--help');
    expect(top.status).toBe(0);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z:]+) /gm)].map((m) => m[1] ?? '').filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['localize', 'segments', 'qa', 'publish', 'glossary:lint']));
    for (const command of commands) {
      const help = await runCommand(REPO, command, '--help');
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`^Usage: silkbridge ${command} `));
    }
  });

  it('the benchmark, an npm script only, has --help too and stops there', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--help'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: bench \[options\] \[N\]\n/);
    expect(result.stdout).toContain('--no-po4a');
  });

  it.each(['reruns', 'glossary-match', 'profile-summary', 'segment-agreement'])(
    'the developer tool bench/%s.ts has --help and stops there',
    (tool) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${tool}.ts`, '--help'], {
        cwd: REPO,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: ${tool} `));
    },
  );

  it('a clean project prints its summary on stderr and nothing on stdout', () => {
    const result = runCli(REPO, 'localize', '--check');
    expect(result.status, result.stderr).toBeLessThanOrEqual(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^check/m);
  });
});
