// `npm run glossary:diff` in a throwaway git repository holding the seed content: as a user runs it (a subprocess)
// where the terminal is what is tested, in process otherwise.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../pipeline/errors.ts';
import type { GlossaryDiffReport } from '../../pipeline/glossary-diff/types.ts';
import { glossaryDiff } from '../../scripts/commands/glossary-diff.ts';
import { runInProcess } from '../support/run-in-process.ts';
import { cleanEnv, editGlossary, git, removeTempDirs, seedRepository, tempDir } from './helpers.ts';

const cli = resolve(import.meta.dirname, '../../scripts/cli.ts');
const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
const run = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(tsx, [cli, 'glossary:diff', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...cleanEnv(), NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
  });

/** The command in process: its exit code, what it printed, or the UserError it threw. */
async function inProcess(
  cwd: string,
  options: { base?: string; glossary?: string; input?: string; memory?: string },
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number; stdout: string; error?: string }> {
  let stdout = '';
  try {
    const status = await glossaryDiff({
      cwd,
      format: 'json',
      glossary: 'content/glossary.yaml',
      input: 'content/releases',
      memory: 'content/translations',
      ...options,
      env: { ...cleanEnv(), ...env },
      log: (text) => {
        stdout += text;
      },
    });
    return { status, stdout };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: error.exitCode, stdout, error: error.message };
  }
}

describe('glossary:diff command', () => {
  let dir: string;
  afterAll(removeTempDirs);
  beforeAll(() => {
    dir = seedRepository();
    editGlossary(
      dir,
      'forms: { en: Bangkok, th: กรุงเทพฯ, zh: 曼谷 }',
      'forms: { en: Bangkok, th: กรุงเทพมหานคร, zh: 曼谷 }',
    );
  });

  it('prints a Markdown comment for a pull request and exits 0', async () => {
    const result = await runInProcess(dir, ['glossary:diff', '--format', 'markdown'], cleanEnv());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('### digital-silk-road · th (2 sentences change)');
    expect(result.stdout.match(/~~กรุงเทพฯ~~\*\*กรุงเทพมหานคร\*\*/g)).toHaveLength(2);
  });

  it('colours the text format only when asked (FORCE_COLOR), since stdout is not a terminal here', () => {
    const plain = run(dir, []);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('[-กรุงเทพฯ-]');
    const forced = run(dir, [], { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[31m');
  });

  it('compares with any ref, names a bad ref, and reports nothing for an unchanged glossary', async () => {
    git(dir, 'tag', 'seed');
    const tagged = await inProcess(dir, { base: 'seed' });
    expect(tagged.status, tagged.error).toBe(0);
    expect((JSON.parse(tagged.stdout) as GlossaryDiffReport).summary).toMatchObject({
      changed: 1,
      sentences: 2,
      byLocale: { th: { sentences: 2, needsTranslation: 0 } },
    });
    const bad = await inProcess(dir, { base: 'no-such-branch' });
    expect(bad.status).toBe(1);
    expect(bad.error).toContain('unknown git ref "no-such-branch"');
    const same = await inProcess(seedRepository(), {});
    expect(same.status, same.error).toBe(0);
    expect((JSON.parse(same.stdout) as GlossaryDiffReport).summary).toMatchObject({
      added: 0,
      removed: 0,
      changed: 0,
      sentences: 0,
      releasesAffected: 0,
    });
  });

  it('treats a glossary absent at the ref as empty: every entry is added', async () => {
    const fresh = tempDir();
    git(fresh, 'init', '-q');
    writeFileSync(join(fresh, 'README.md'), 'x\n');
    git(fresh, 'add', 'README.md');
    git(fresh, 'commit', '-q', '-m', 'first');
    const result = await inProcess(fresh, {
      glossary: join(dir, 'content/glossary.yaml'),
      input: join(dir, 'content/releases'),
      memory: join(dir, 'content/translations'),
    });
    expect(result.status, result.error).toBe(0);
    const report = JSON.parse(result.stdout) as GlossaryDiffReport;
    expect(report.base.exists).toBe(false);
    expect(report.summary.added).toBeGreaterThan(40);
  });

  it('explains a directory outside git and exits 1', async () => {
    const outside = tempDir();
    const result = await inProcess(
      outside,
      { glossary: join(dir, 'content/glossary.yaml') },
      { GIT_CEILING_DIRECTORIES: tmpdir() },
    );
    expect(result.status).toBe(1);
    expect(result.error).toContain('is not inside a git repository');
  });
});
