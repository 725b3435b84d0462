// The Markdown-aware layer: which blocks split, what never splits, and ids that survive reflowing.
import { describe, expect, it } from 'vitest';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { glossaryOf, type GlossaryTerm } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { runsKey } from '../../pipeline/runs.ts';
import type { Locale } from '../../pipeline/types.ts';

const term = (id: string, en: string, th: string, zh: string): GlossaryTerm => ({
  id,
  type: 'brand',
  forms: { en, th, zh },
  variants: {},
  caseSensitive: true,
  forbidden: {},
  status: 'approved',
  note: 't',
  keep: false,
  line: 1,
});
const glossary = glossaryOf([
  term('thailand', 'Thailand', 'ไทย', '泰国'),
  term('co-ltd', 'Siam Co. Ltd.', 'Siam Co. Ltd.', 'Siam Co. Ltd.'),
]);
const segments = (markdown: string, from: Locale = 'en') =>
  prepareText(markdown, 'x.md', matchersFor(glossary, createMatcher), { from }).segments;
const keys = (markdown: string, from: Locale = 'en') => segments(markdown, from).map((s) => runsKey(s.source));

describe('segmenting Markdown', () => {
  it('ends a sentence on a locked term', () => {
    expect(keys('Users love it in Thailand. Online games are popular.')).toEqual([
      'Users love it in {t:thailand}.',
      'Online games are popular.',
    ]);
  });

  it('never splits inside a locked term, link text or code span', () => {
    expect(keys('We met Siam Co. Ltd. Today we signed.')).toEqual(['We met {t:co-ltd} Today we signed.']);
    expect(keys('See [the U.S. report. It is long](https://x.y) now. Next one.')).toEqual([
      'See {1}the U.S. report. It is long{/1} now.',
      'Next one.',
    ]);
    expect(keys('Run `a. B` twice. Then stop.')).toEqual(['Run {1/} twice.', 'Then stop.']);
  });

  it('keeps both sentences in one segment when emphasis spans the boundary', () => {
    expect(keys('*One sentence. Two sentences.* Three.')).toEqual(['{1}One sentence. Two sentences.{/1} Three.']);
  });

  it('treats a soft line break as white space and a hard break as a code', () => {
    expect(keys('A sentence that is\nwrapped here. And another\none.')).toEqual([
      'A sentence that is wrapped here.',
      'And another one.',
    ]);
    expect(keys('Line one\\\nline two. Done.')).toEqual(['Line one{1/}line two.', 'Done.']);
  });

  it('makes every heading, list item and table cell at least one segment', () => {
    const md = '# Title. With two\n\n- item one\n- item two. Still two\n\n| a | b |\n| - | - |\n| cell. Two | x |\n';
    expect(keys(md)).toEqual(['Title. With two', 'item one', 'item two.', 'Still two', 'a', 'b', 'cell.', 'Two', 'x']);
  });

  it('splits Chinese and Thai paragraphs', () => {
    expect(keys('腾讯发布了新产品。《原神》很受欢迎！', 'zh')).toEqual(['腾讯发布了新产品。', '《原神》很受欢迎！']);
    expect(
      keys(
        'วันนี้ (30 เมษายน 2567) นายกรัฐมนตรีเดินทางไปเยือนจีนอย่างเป็นทางการเป็นครั้งแรก ทั้งนี้ รัฐบาลไทยยืนยันความร่วมมือด้านดิจิทัลกับภาคเอกชนต่อไป',
        'th',
      ),
    ).toHaveLength(2);
  });
});

describe('segment ids', () => {
  const release =
    'First sentence here. Second sentence here.\n\nA paragraph that moves. It has two.\n\nSame text.\n\nSame text.\n';
  const ids = (markdown: string) => segments(markdown).map((s) => s.id);

  it('are 12 hex digits, with the occurrence among identical texts appended', () => {
    const list = ids(release);
    expect(list[0]).toMatch(/^[0-9a-f]{12}$/);
    expect(list[5]).toBe(`${list[4]}-2`);
  });

  it('change for the edited sentence only', () => {
    const edited = ids(release.replace('Second sentence here.', 'Second sentence edited.'));
    const before = ids(release);
    expect(edited.filter((id, i) => id !== before[i])).toHaveLength(1);
  });

  it('survive reflowing white space and moving a paragraph', () => {
    const reflowed = release.replace('First sentence here. Second', 'First  sentence\nhere.   Second');
    expect(ids(reflowed)).toEqual(ids(release));
    const moved =
      'A paragraph that moves. It has two.\n\nFirst sentence here. Second sentence here.\n\nSame text.\n\nSame text.\n';
    expect(new Set(ids(moved))).toEqual(new Set(ids(release)));
  });

  it('do not depend on a glossary form, only on which term is locked', () => {
    const other = glossaryOf([term('thailand', 'Thailand', 'ประเทศไทย', '泰国')]);
    const a = prepareText('Users in Thailand.', 'x.md', matchersFor(glossary, createMatcher)).segments[0]?.id;
    const b = prepareText('Users in Thailand.', 'x.md', matchersFor(other, createMatcher)).segments[0]?.id;
    expect(a).toBe(b);
  });
});
