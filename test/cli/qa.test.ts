// `qa`: the findings are the command's data (stdout, or one JSON document with --json), the per-release counts go
// to stderr, and a missing translation fails it.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { qa } from '../../scripts/commands/qa.ts';
import { tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

const dir = tempProject({
  'glossary.yaml': TINY_GLOSSARY,
  'a.md': '---\nlang: en\n---\n\nPay with WeChat Pay.\n',
  'memory/.keep': '',
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (json: boolean) => {
  const data: string[] = [];
  const info: string[] = [];
  const code = await qa({
    cwd: dir,
    input: 'a.md',
    to: ['th'],
    glossary: 'glossary.yaml',
    memory: 'memory',
    json,
    log: (line) => data.push(line),
    info: (line) => info.push(line),
  });
  return { code, data, info };
};

describe('qa streams', () => {
  it('prints each finding on stdout and the counts on stderr; a missing translation exits 1', async () => {
    const { code, data, info } = await run(false);
    expect(code).toBe(1);
    expect(data).toEqual([expect.stringMatching(/^a th [0-9a-f]{12}: error missing: no translation in the memory$/)]);
    expect(info).toEqual(['a th: 1 segments, 0 error(s), 0 warning(s), 1 missing', 'qa: 1 error(s), 0 warning(s)']);
  });

  it('--json prints the findings as one JSON document and nothing else', async () => {
    const { code, data, info } = await run(true);
    expect(code).toBe(1);
    expect(info).toEqual([]);
    const findings = JSON.parse(data.join('\n')) as { check: string; release: string; locale: string }[];
    expect(findings.map(({ check, release, locale }) => [check, release, locale])).toEqual([['missing', 'a', 'th']]);
  });
});
