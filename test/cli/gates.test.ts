// glossary:diff --exit-code (a CI gate) and glossary:lint's data on stdout, counts on stderr, --json.
import { afterAll, describe, expect, it } from 'vitest';
import { glossaryDiff } from '../../scripts/commands/glossary-diff.ts';
import { glossaryLint } from '../../scripts/commands/glossary-lint.ts';
import { cleanEnv, collect, editGlossary, GLOSSARY, removeTempDirs, seedRepository } from '../glossary-diff/helpers.ts';
import { tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

afterAll(removeTempDirs);

const diffIn = (dir: string, exitCode: boolean) =>
  glossaryDiff({
    cwd: dir,
    glossary: GLOSSARY,
    input: 'content/releases',
    memory: 'content/translations',
    format: 'json',
    exitCode,
    env: cleanEnv(),
    log: collect().log,
  });

describe('glossary:diff --exit-code', () => {
  it('exits 0 when no sentence changes and 1 when one does; 0 without the flag either way', async () => {
    const dir = seedRepository();
    expect(await diffIn(dir, true)).toBe(0);
    editGlossary(
      dir,
      'forms: { en: Digital Silk Road, th: เส้นทางสายไหมดิจิทัล, zh: 数字丝绸之路 }',
      'forms: { en: Digital Silk Road, th: เส้นทางสายไหมยุคดิจิทัล, zh: 数字丝绸之路 }',
    );
    expect(await diffIn(dir, true)).toBe(1);
    expect(await diffIn(dir, false)).toBe(0);
  });
});

describe('glossary:lint streams', () => {
  const glossary = `${TINY_GLOSSARY}  - id: tencent
    type: organization
    forms: { en: Tencent, th: Tencent, zh: 腾讯 }
    status: proposed
    note: test entry
  - id: tencent-cloud
    type: brand
    forms: { en: Tencent Cloud, th: Tencent Cloud, zh: 腾讯云 }
    status: approved
    note: test entry
`;

  it('prints findings as data and the count line apart; nested forms are not warnings', async () => {
    const dir = tempProject({ 'glossary.yaml': glossary });
    const data: string[] = [];
    const info: string[] = [];
    const code = await glossaryLint({
      cwd: dir,
      glossary: 'glossary.yaml',
      log: (l) => data.push(l),
      info: (l) => info.push(l),
    });
    expect(code).toBe(0);
    expect(data).toEqual(['glossary.yaml:8: warning glossary/proposed: "tencent" is proposed, not yet approved']);
    expect(info).toEqual(['glossary.yaml: 3 terms, 0 error(s), 1 warning(s)']);
  });

  it('--json prints the counts and findings as one JSON document', async () => {
    const dir = tempProject({ 'glossary.yaml': glossary });
    const data: string[] = [];
    await glossaryLint({ cwd: dir, glossary: 'glossary.yaml', json: true, log: (l) => data.push(l), info: () => {} });
    const result = JSON.parse(data.join('\n')) as { terms: number; warnings: number; findings: { check: string }[] };
    expect(result).toMatchObject({ glossary: 'glossary.yaml', terms: 3, errors: 0, warnings: 1 });
    expect(result.findings.map((f) => f.check)).toEqual(['glossary/proposed']);
  });
});
