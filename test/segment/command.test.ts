// `npm run segments`: the segments of a file in document order, as text or JSON.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segments } from '../../scripts/commands/segments.ts';
import { collect, tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';
import { needsShared } from '../support/needs.ts';

const root = resolve(import.meta.dirname, '../..');

describe('segments command', () => {
  it('prints the seed release as JSON { id, text, block } in document order, locks in their source form', async () => {
    const { lines, log } = collect();
    await segments({
      cwd: root,
      file: 'content/releases/digital-silk-road.md',
      json: true,
      glossary: 'content/glossary.yaml',
      log,
    });
    const rows = JSON.parse(lines.join('\n')) as { id: string; text: string; block: string }[];
    expect(rows).toHaveLength(47);
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'text', 'block']);
    expect(rows[0]?.block).toBe('fm:title');
    expect(rows[1]?.text).toMatch(
      /^By the end of 2025, with the hosting of the "Co-building the Digital Silk Road" Seminar in Shanghai/,
    );
    expect(rows.find((row) => row.text.startsWith('"The driving force'))?.text).toContain(
      'pointed out Fanny Liao, Director of Corporate Strategic Communications at Tencent, at the seminar.',
    );
    expect(new Set(rows.map((row) => row.id)).size).toBe(47);
  });

  it.skipIf(!needsShared('corpus/thaigov-pm-huawei-apac-2024.th.txt'))(
    'segments a Thai file given --from th, one line per segment in text mode',
    async () => {
      const corpus = readFileSync(resolve(root, '../shared/corpus/thaigov-pm-huawei-apac-2024.th.txt'), 'utf8');
      const paragraph = corpus.split('\n').find((line) => line.startsWith('ทั้งสองฝ่ายยังหารือ')) ?? '';
      const dir = tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'th.md': `${paragraph}\n` });
      const { lines, log } = collect();
      await segments({ cwd: dir, file: 'th.md', from: 'th', glossary: 'glossary.yaml', log });
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.every((line) => /^[0-9a-f]{12}\s+b1\s+\S/.test(line))).toBe(true);
      expect(lines.map((line) => line.replace(/^\S+\s+b1\s+/, '')).join(' ')).toBe(paragraph.trim());
    },
  );
});
