// flattenInline and buildInline are inverses on every kind of inline Markdown.
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, stringifyMarkdown } from '../../pipeline/markdown.ts';
import { buildInline, flattenInline, InlineError } from '../../pipeline/parse/inline.ts';

const paragraphs = [
  'Plain text only.',
  'Some *emphasis*, **strong**, ~~deleted~~ and `code`.',
  'A [link](https://example.com "Title") and ![an image](https://example.com/i.png) inline.',
  'Nested **strong with *emphasis* and [a link](https://x.y)** here.',
  'Inline <abbr title="x">HTML</abbr> and a hard break\\\nafter it.',
  'A footnote[^1] and a [reference][ref].\n\n[^1]: Note.\n\n[ref]: https://example.com',
  'ประโยคภาษาไทย *เน้น* และ **ตัวหนา**',
  '中文句子，*强调*和**加粗**。',
];

describe('inline runs', () => {
  for (const markdown of paragraphs) {
    it(`round-trips: ${markdown.slice(0, 40)}`, () => {
      const tree = parseMarkdown(markdown);
      const paragraph = tree.children[0] as Paragraph;
      const { runs, codes } = flattenInline(paragraph.children);
      const rebuilt = structuredClone(tree);
      (rebuilt.children[0] as Paragraph).children = buildInline(runs, codes);
      expect(stringifyMarkdown(rebuilt)).toBe(stringifyMarkdown(tree));
    });
  }

  it('numbers codes in order and keeps their text translatable', () => {
    const paragraph = parseMarkdown('Go **to [the site](https://x.y)** now.').children[0] as Paragraph;
    const { runs, codes } = flattenInline(paragraph.children);
    expect(runs).toEqual([
      { type: 'text', value: 'Go ' },
      { type: 'open', id: '1' },
      { type: 'text', value: 'to ' },
      { type: 'open', id: '2' },
      { type: 'text', value: 'the site' },
      { type: 'close', id: '2' },
      { type: 'close', id: '1' },
      { type: 'text', value: ' now.' },
    ]);
    expect(codes['2']?.node).toEqual({ type: 'link', url: 'https://x.y', title: null, children: [] });
  });

  it('refuses runs that do not nest or name unknown codes', () => {
    const paragraph = parseMarkdown('*a* **b**').children[0] as Paragraph;
    const { codes } = flattenInline(paragraph.children);
    expect(() =>
      buildInline(
        [
          { type: 'open', id: '1' },
          { type: 'open', id: '2' },
          { type: 'close', id: '1' },
          { type: 'close', id: '2' },
        ],
        codes,
      ),
    ).toThrow(InlineError);
    expect(() => buildInline([{ type: 'ph', id: '9' }], codes)).toThrow('unknown standalone code 9');
    expect(() => buildInline([{ type: 'open', id: '1' }], codes)).toThrow('code 1 is never closed');
  });
});
