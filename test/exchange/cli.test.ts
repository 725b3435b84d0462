// The commands as a user runs them: help, streams, exit codes, and the project config.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { exchangeHarness } from './helpers.ts';

const harness = exchangeHarness();

describe('review:export and review:import on the command line', () => {
  it('--help lists the options', () => {
    const exported = runCli(harness.project.dir, 'review:export', '--help');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/--format <format>.*xliff2.*xliff12/s);
    expect(exported.stdout).toMatch(/--state <state>/);
    const imported = runCli(harness.project.dir, 'review:import', '--help');
    expect(imported.stdout).toMatch(/--reviewer <name>/);
  });

  it('exports to --out (never the config’s localize output), imports, and refuses a bad file in one line per problem', async () => {
    const { dir } = harness.project;
    await writeFile(join(dir, 'silkbridge.config.yaml'), 'locales: [zh]\nout: elsewhere\n');
    const exported = runCli(dir, 'review:export', '--out', 'for-translators', '--format', 'xliff12');
    expect(exported.status, exported.stderr).toBe(0);
    // Paths on stdout (the data), the summary on stderr; --to came from the config's locales.
    expect(exported.stdout.trim().split('\n').sort()).toEqual([
      'for-translators/phuket-office.zh.xlf',
      'for-translators/phuket-update.zh.xlf',
    ]);
    expect(exported.stderr).toMatch(/^review:export: \d+ unit\(s\) in 2 file\(s\) \(xliff12, state translated\)/);

    const file = 'for-translators/phuket-office.zh.xlf';
    const ok = runCli(dir, 'review:import', '--reviewer', 'Ada', file);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('review:import: 0 unit(s) stored as reviewed by Ada');

    const text = await readFile(join(dir, file), 'utf8');
    await writeFile(join(dir, file), text.replace('<trans-unit id="', '<trans-unit id="0'));
    const bad = runCli(dir, 'review:import', '--reviewer', 'Ada', file);
    expect(bad.status).toBe(1);
    const lines = bad.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${file}: unit 0[0-9a-f]{12}: unknown unit: phuket-office has no segment`));
    expect(lines.at(-1)).toBe('review:import: 1 problem(s) in 1 file(s); nothing was imported');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
