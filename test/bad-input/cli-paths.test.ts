// Issue #14 item 13: a missing or wrong-kind path given to a command is the user's mistake: one line naming the
// option and the path, exit 1, never "internal error" and never a silently empty memory.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryDiff } from '../../scripts/commands/glossary-diff.ts';
import { glossaryLint } from '../../scripts/commands/glossary-lint.ts';
import { localize } from '../../scripts/commands/localize.ts';
import { publish } from '../../scripts/commands/publish.ts';
import { qa } from '../../scripts/commands/qa.ts';
import { segments } from '../../scripts/commands/segments.ts';
import { runCommand } from '../cli/run-cli.ts';
import { collect, tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

const RELEASE = '---\nlang: en\n---\n\nPay with WeChat Pay today.\n';

function project(): string {
  return tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'releases/a.md': RELEASE, 'memory.xlf': '<xliff/>\n' });
}

function localizeIn(dir: string, overrides: Record<string, string>) {
  const { log } = collect();
  return localize({
    cwd: dir,
    input: 'releases',
    to: ['th'],
    provider: 'identity',
    out: 'out',
    glossary: 'glossary.yaml',
    memory: 'memory',
    log,
    ...overrides,
  });
}

describe('bad input: path options', () => {
  it('segments of a missing file: one line, exit 1, not an internal error', async () => {
    const dir = project();
    const result = await runCommand(dir, 'segments', 'nope.md', '--glossary', 'glossary.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('silkbridge: segments nope.md: not found\n');
    expect(result.stdout).toBe('');
  });

  it('segments of a folder is refused', async () => {
    const dir = project();
    await expect(segments({ cwd: dir, file: 'releases', glossary: 'glossary.yaml' })).rejects.toThrow(
      'segments releases: is a folder; expected a file',
    );
  });

  it('localize --memory naming a file is refused, not read as an empty memory', async () => {
    const dir = project();
    await expect(localizeIn(dir, { memory: 'memory.xlf' })).rejects.toThrow(
      '--memory memory.xlf: is a file; expected a folder',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('qa --memory naming a file is refused', async () => {
    const dir = project();
    const run = qa({ cwd: dir, input: 'releases', to: ['th'], glossary: 'glossary.yaml', memory: 'memory.xlf' });
    await expect(run).rejects.toThrow('--memory memory.xlf: is a file; expected a folder');
  });

  it('qa --memory naming a missing folder is refused', async () => {
    const dir = project();
    const run = qa({ cwd: dir, input: 'releases', to: ['th'], glossary: 'glossary.yaml', memory: 'nowhere' });
    await expect(run).rejects.toThrow('--memory nowhere: not found');
  });

  it('publish --memory naming a file is refused before anything is written', async () => {
    const dir = project();
    const options = { cwd: dir, input: 'releases', out: 'dist', glossary: 'glossary.yaml', templates: 'locales' };
    await expect(publish({ ...options, memory: 'memory.xlf' })).rejects.toThrow('--memory memory.xlf: is a file');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('publish --templates naming a missing folder is refused', async () => {
    const dir = project();
    mkdirSync(join(dir, 'memory'));
    const options = { cwd: dir, input: 'releases', out: 'dist', glossary: 'glossary.yaml', memory: 'memory' };
    await expect(publish({ ...options, templates: 'nope' })).rejects.toThrow('--templates nope: not found');
  });

  it('localize --input naming a missing path is refused', async () => {
    await expect(localizeIn(project(), { input: 'nope.md' })).rejects.toThrow('--input nope.md: not found');
  });

  it('localize --glossary naming a folder is refused, not an internal error', async () => {
    await expect(localizeIn(project(), { glossary: 'releases' })).rejects.toThrow(
      '--glossary releases: is a folder; expected a file',
    );
  });

  it('localize --out naming a file is refused before any work', async () => {
    const dir = project();
    await expect(localizeIn(dir, { out: 'memory.xlf' })).rejects.toThrow('--out memory.xlf: is a file');
  });

  it('glossary:lint --glossary naming a missing file is refused', async () => {
    await expect(glossaryLint({ cwd: project(), glossary: 'nope.yaml' })).rejects.toThrow(
      '--glossary nope.yaml: not found',
    );
  });

  it('glossary:diff --glossary naming a folder is refused, not an internal error', async () => {
    const dir = project();
    const run = glossaryDiff({ cwd: dir, glossary: 'releases', input: 'releases', memory: 'memory', base: 'HEAD' });
    await expect(run).rejects.toThrow('--glossary releases: is a folder; expected a file');
  });

  it('--config naming a missing file: one line, exit 1', async () => {
    const result = await runCommand(project(), 'glossary:lint', '--config', 'nope.yaml', '--glossary', 'glossary.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('silkbridge: config not found: nope.yaml\n');
  });

  it('--config naming a folder: one line, exit 1', async () => {
    const result = await runCommand(project(), 'glossary:lint', '--config', 'releases');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('silkbridge: config releases is not a file\n');
  });
});
