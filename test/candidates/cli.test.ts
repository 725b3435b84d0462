// `npm run glossary:candidates` (the command line in process), on a copy of the seed content with two entries taken out.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../pipeline/candidates/index.ts';
import { glossaryCandidates } from '../../scripts/commands/glossary-candidates.ts';
import { runInProcess } from '../support/run-in-process.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The glossary text without the entry `id` (from its `- id:` line to the next entry). */
function withoutEntry(text: string, id: string): string {
  const start = text.indexOf(`  - id: ${id}\n`);
  const end = text.indexOf('  - id: ', start + 1);
  if (start < 0 || end < 0) throw new Error(`no entry ${id}`);
  return text.slice(0, start) + text.slice(end);
}

describe('glossary:candidates command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'silkbridge-cand-'));
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    const file = join(dir, 'content/glossary.yaml');
    writeFileSync(file, withoutEntry(withoutEntry(readFileSync(file, 'utf8'), 'webnovel'), 'chuang-asia'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON with counts and file:line places, and filters with --min-count', async () => {
    const lines: string[] = [];
    const code = await glossaryCandidates({
      cwd: dir,
      input: 'content/releases',
      glossary: 'content/glossary.yaml',
      format: 'json',
      log: (t) => lines.push(t),
    });
    expect(code).toBe(0);
    const { candidates, files } = JSON.parse(lines.join('')) as { candidates: Candidate[]; files: number };
    expect(files).toBe(1);
    const names = candidates.map((c) => c.name);
    expect(names).toContain('WebNovel');
    expect(names).toContain('Chuang Asia');
    expect(candidates.find((c) => c.name === 'WebNovel')?.count).toBe(2);

    const frequent: string[] = [];
    await glossaryCandidates({
      cwd: dir,
      input: 'content/releases',
      glossary: 'content/glossary.yaml',
      format: 'json',
      minCount: 2,
      log: (t) => frequent.push(t),
    });
    expect((JSON.parse(frequent.join('')) as { candidates: Candidate[] }).candidates.map((c) => c.name)).toEqual([
      'WebNovel',
    ]);
  });

  it('runs from the command line with a text table', async () => {
    const result = await runInProcess(dir, ['glossary:candidates', '--min-count', '2'], process.env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^ {4}2 {2}WebNovel {2}content\/releases\/digital-silk-road\.md:\d+, content\/releases\/digital-silk-road\.md:\d+$/m,
    );
    expect(result.stdout).toContain('1 candidate(s) in 1 file(s) not in content/glossary.yaml');
    const bad = await runInProcess(dir, ['glossary:candidates', '--min-count', 'zero'], process.env);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('expected a whole number of at least 1');
  });
});
