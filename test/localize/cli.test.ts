// The command line: exit codes and messages that name the file and line (in process, test/support/run-in-process.ts).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../roundtrip/identity.ts';
import { runInProcess } from '../support/run-in-process.ts';
import { tempProject, TINY_GLOSSARY } from './helpers.ts';

const run = (cwd: string, ...args: string[]) => runInProcess(cwd, args, process.env);

describe('silkbridge CLI', () => {
  it('round-trips any Markdown file with the identity provider (--input outside content/, no front matter)', async () => {
    const fixture = resolve(import.meta.dirname, '../fixtures/roundtrip/everything.md');
    const dir = tempProject({
      'glossary.yaml': TINY_GLOSSARY,
      'notes/plain.md': 'No front matter here. *Two* sentences.\n',
    });
    const result = await run(
      dir,
      'localize',
      '--input',
      fixture,
      '--provider',
      'identity',
      '--to',
      'th',
      '--out',
      'D',
      '--glossary',
      'glossary.yaml',
    );
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(toHtml(readFileSync(join(dir, 'D/th/everything.md'), 'utf8'))).toBe(toHtml(readFileSync(fixture, 'utf8')));
    const plain = await run(
      dir,
      'localize',
      '--input',
      'notes/plain.md',
      '--provider',
      'identity',
      '--to',
      'th',
      '--out',
      'D',
      '--glossary',
      'glossary.yaml',
    );
    expect(plain.status, plain.stderr).toBe(0);
    expect(readFileSync(join(dir, 'D/th/plain.md'), 'utf8')).toBe('No front matter here. *Two* sentences.\n');
  });

  it('names the file and line of broken front matter and exits 1', async () => {
    const dir = tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'bad.md': '---\ntitle: ok\nlang: xx\n---\n\nText.\n' });
    const result = await run(dir, 'localize', '--input', 'bad.md', '--glossary', 'glossary.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.md:3: unknown locale "xx" in `lang`/);
  });

  it('names the glossary file and line of a broken entry and exits 1', async () => {
    const dir = tempProject({
      'glossary.yaml': TINY_GLOSSARY.replace('type: brand', 'type: gadget'),
      'a.md': 'Text.\n',
    });
    const result = await run(dir, 'localize', '--input', 'a.md', '--glossary', 'glossary.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/glossary\.yaml:4: term "wechat-pay".type: "gadget" is not one of person, brand/);
  });

  it('refuses an unknown locale or provider with the list of valid ones', async () => {
    const dir = tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'a.md': 'Text.\n' });
    const locale = await run(dir, 'localize', '--input', 'a.md', '--to', 'th,fr', '--glossary', 'glossary.yaml');
    expect(locale.status).not.toBe(0);
    expect(locale.stderr).toContain('unknown locale "fr"; expected one of en, th, zh');
    const provider = await run(
      dir,
      'localize',
      '--input',
      'a.md',
      '--provider',
      'deepl',
      '--glossary',
      'glossary.yaml',
    );
    expect(provider.status).toBe(1);
    expect(provider.stderr).toContain('unknown provider "deepl"; expected one of memory, google, pseudo, identity');
  });

  it('fails at once when --provider google has no configuration, naming the variables', async () => {
    const dir = tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'a.md': 'Text.\n' });
    const result = await runInProcess(
      dir,
      ['localize', '--input', 'a.md', '--provider', 'google', '--glossary', 'glossary.yaml'],
      { PATH: process.env.PATH, METADATA_SERVER_DETECTION: 'none' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('GOOGLE_CLOUD_PROJECT');
  });
});
