// localize counts, per release and locale, the missing segments that have a fuzzy match in the memory.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { localize } from '../../scripts/commands/localize.ts';
import { seedMemory, writeProject } from '../review/helpers.ts';

it('counts the missing segments with a fuzzy match, and only those', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'silkbridge-fuzzy-'));
  await writeProject(dir);
  await seedMemory(dir);
  await writeFile(
    join(dir, 'content/releases/krabi-office.md'),
    '---\ntitle: Siam Lotus Bank opens an office in Krabi\nlang: en\n---\n\n' +
      'Siam Lotus Bank opens a new office in Phuket tomorrow. Nothing here resembles any earlier sentence at all.\n',
  );
  const code = await localize({
    cwd: dir,
    input: 'content/releases',
    to: ['th', 'zh'],
    out: 'out',
    glossary: 'content/glossary.yaml',
    memory: 'content/translations',
    provider: 'memory',
    report: 'report.json',
    log: () => undefined,
  });
  expect(code).toBe(1);
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as {
    releases: { release: string; locales: Record<string, { missing: number; fuzzy: number }> }[];
  };
  const krabi = report.releases.find((r) => r.release === 'krabi-office');
  expect(krabi?.locales.th).toMatchObject({ missing: 3, fuzzy: 2 });
  expect(krabi?.locales.zh).toMatchObject({ missing: 3, fuzzy: 2 });
  const office = report.releases.find((r) => r.release === 'phuket-office');
  expect(office?.locales.th).toMatchObject({ missing: 0, fuzzy: 0 });
});
