// The text and Markdown formats of a report, built from a real change (tencent's Thai form) on the seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown, markWords } from '../../pipeline/glossary-diff/format-markdown.ts';
import { formatText } from '../../pipeline/glossary-diff/format-text.ts';
import { diffRelease } from '../../pipeline/glossary-diff/release.ts';
import { buildReport, DIFF_LOCALES, sideOf } from '../../pipeline/glossary-diff/report.ts';
import type { GlossaryDiffReport } from '../../pipeline/glossary-diff/types.ts';
import { parseGlossary } from '../../pipeline/lock/glossary.ts';
import { loadMemory } from '../../pipeline/tm/index.ts';
import { GLOSSARY, ROOT } from './helpers.ts';

let report: GlossaryDiffReport;

beforeAll(async () => {
  const file = join(ROOT, 'content/releases/digital-silk-road.md');
  const text = readFileSync(join(ROOT, GLOSSARY), 'utf8');
  const before = parseGlossary(text, 'HEAD:content/glossary.yaml');
  const after = parseGlossary(text.replace('th: เทนเซ็นต์', 'th: เทนเซนต์'), 'content/glossary.yaml');
  const memory = await loadMemory(join(ROOT, 'content/translations'));
  const release = diffRelease({
    text: readFileSync(file, 'utf8'),
    file: 'content/releases/digital-silk-road.md',
    before: sideOf(before),
    after: sideOf(after),
    memory,
    locales: DIFF_LOCALES,
  });
  report = buildReport({
    base: { ref: 'HEAD', file: GLOSSARY, exists: true },
    head: { file: GLOSSARY },
    before,
    after,
    releases: [release],
  });
});

describe('formatMarkdown', () => {
  it('has a heading, a summary, an entries table and one heading per release and locale that changes', () => {
    const md = formatMarkdown(report);
    expect(md).toMatch(/^## Glossary diff: `HEAD:content\/glossary\.yaml` → working tree\n/);
    expect(md).toContain(
      '**Summary:** 1 entry changed, 0 added, 0 removed · 2 sentences change in 1 of 1 release (th 2, zh 0, en 0) · 0 need translation',
    );
    expect(md).toContain('| changed | `tencent` | th form "เทนเซ็นต์" → "เทนเซนต์" |');
    const headings = md.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual(['### Entries', '### digital-silk-road · th (2 sentences change)']);
  });

  it('strikes the old form and bolds the new one in each listed sentence', () => {
    const items = formatMarkdown(report)
      .split('\n')
      .filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).toContain('~~เทนเซ็นต์~~**เทนเซนต์**');
    expect(items[0]).toMatch(/<sub>b\d+ · [0-9a-f]{12}<\/sub>$/);
  });

  it('escapes Markdown in sentences and keeps white space outside the markers', () => {
    expect(escapeMarkdown('a*b_c|d [x](y) `z`\nnext')).toBe('a\\*b\\_c\\|d \\[x\\](y) \\`z\\` next');
    expect(
      markWords([
        { op: 'same', text: 'at' },
        { op: 'removed', text: ' BIG C' },
        { op: 'added', text: ' Big C ' },
        { op: 'same', text: 'today' },
      ]),
    ).toBe('at ~~BIG C~~ **Big C** today');
    expect(
      markWords([
        { op: 'same', text: 'a' },
        { op: 'removed', text: ' ' },
        { op: 'same', text: 'b' },
      ]),
    ).toBe('ab');
  });

  it('says so when no output changes', () => {
    const empty = buildReport({
      base: report.base,
      head: report.head,
      before: parseGlossary('version: 1\nterms:\n', 'a'),
      after: parseGlossary('version: 1\nterms:\n', 'b'),
      releases: [],
    });
    expect(formatMarkdown(empty)).toContain('No output changes.');
  });
});

describe('formatText', () => {
  it('without colours marks words as [-old-] and {+new+} and prints no escape codes', () => {
    const text = formatText(report, { color: false });
    expect(text).not.toContain('\u001b[');
    expect(text).toContain('  ~ tencent  th form "เทนเซ็นต์" → "เทนเซนต์"');
    expect(text).toContain('digital-silk-road · th · 2 sentence(s) change');
    expect(text.match(/^ {2}- .*\[-เทนเซ็นต์-\]/gmu)).toHaveLength(2);
    expect(text.match(/^ {2}\+ .*\{\+เทนเซนต์\+\}/gmu)).toHaveLength(2);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^summary: 1 entry changed/);
  });

  it('with colours paints old words red and new words green', () => {
    const text = formatText(report, { color: true });
    expect(text).toContain('\u001b[31m');
    expect(text).toContain('\u001b[32m');
    expect(text).not.toContain('[-');
  });
});
