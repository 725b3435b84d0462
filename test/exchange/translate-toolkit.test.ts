// XLIFF 1.2 through a real CAT-tool library: translate-toolkit reads the export, translates units keeping their
// tags, saves, and review:import takes the file back with locks and codes intact.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXliff, type TmUnit } from '../../pipeline/tm/xliff.ts';
import { needs } from '../support/needs.ts';
import { REVIEWER } from '../review/helpers.ts';
import { exchangeHarness } from './helpers.ts';

/** The first python3 that has translate-toolkit (Debian's lives beside /usr/bin/python3, not a pyenv one). */
const python = ['python3', '/usr/bin/python3'].find(
  (command) => spawnSync(command, ['-c', 'import translate.storage.xliff'], { stdio: 'ignore' }).status === 0,
);
const ready = needs(
  'python3 with translate-toolkit (import translate.storage.xliff)',
  python !== undefined,
  'apt-get install -y translate-toolkit',
);
const SCRIPT = join(import.meta.dirname, 'cat-tool.py');

const harness = exchangeHarness();

async function memoryUnits(release: string): Promise<TmUnit[]> {
  const path = join(harness.project.dir, 'content/translations', release, 'th.xlf');
  return parseXliff(await readFile(path, 'utf8'), path).units;
}

describe.skipIf(!ready)('XLIFF 1.2 through translate-toolkit', () => {
  it('a file translated with translate-toolkit imports, tags and locks intact', async () => {
    const files = await harness.project.export({ to: ['th'], format: 'xliff12' });
    const office = (await memoryUnits('phuket-office')).find((unit) => unit.source.some((r) => r.type === 'open'));
    const update = files.find((file) => file.includes('phuket-update'));
    const exportedUpdate = await readFile(join(harness.project.dir, update as string), 'utf8');
    expect(exportedUpdate).toContain('<alt-trans match-quality="89"');
    const newId = /<trans-unit id="([0-9a-f]{12})"/.exec(exportedUpdate)?.[1] as string;
    const translations: Record<string, Record<string, string>> = {
      'phuket-office': { [office?.id as string]: ' และเปิดทำการเวลา 9:00 น.' },
      'phuket-update': { [newId]: ' เปิดสำนักงานแห่งใหม่ที่ภูเก็ตพรุ่งนี้' },
    };
    const returned: string[] = [];
    for (const [release, texts] of Object.entries(translations)) {
      const file = files.find((f) => f.includes(`${release}.th`)) as string;
      const out = file.replace('.xlf', '.done.xlf');
      const run = spawnSync(
        python as string,
        [SCRIPT, join(harness.project.dir, file), join(harness.project.dir, out)],
        {
          input: JSON.stringify(texts),
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      returned.push(out);
    }
    const { code, lines } = await harness.project.import(returned);
    expect(code, lines.join('\n')).toBe(0);

    const stored = (await memoryUnits('phuket-office')).find((unit) => unit.id === office?.id);
    expect(stored).toMatchObject({ state: 'reviewed', reviewer: REVIEWER, origin: REVIEWER });
    // The <g> code around "12 staff" came back where it was; only the translated piece changed.
    expect(stored?.target).toEqual([
      ...(office?.target ?? []).slice(0, -1),
      { type: 'text', value: ' และเปิดทำการเวลา 9:00 น.' },
    ]);
    const [added] = await memoryUnits('phuket-update');
    expect(added).toMatchObject({ id: newId, state: 'reviewed', reviewer: REVIEWER });
    expect(added?.target).toEqual([
      { type: 'lock', term: 'siam-lotus-bank' },
      { type: 'text', value: ' เปิดสำนักงานแห่งใหม่ที่ภูเก็ตพรุ่งนี้' },
    ]);
  });
});
