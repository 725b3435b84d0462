// The translated front matter: one-line scalars replaced where they stand, printed as YAML itself prints them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { renderFrontmatter } from '../../pipeline/assemble/frontmatter.ts';
import { REPO } from '../support/needs.ts';

/** The YAML between a release's `---` lines, as the Markdown tree's `yaml` node holds it. */
function frontmatterOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) throw new Error(`${file} has no front matter`);
  return match[1];
}

/** What printing the whole document again gives: the oracle for the replaced scalars. */
function printedAgain(source: string, values: Record<string, string>): string {
  const copy = parseDocument(source).clone();
  for (const [key, value] of Object.entries(values)) copy.set(key, value);
  return copy.toString({ lineWidth: 0 }).trimEnd();
}

const render = (source: string, fields: Record<string, string>, locale: 'th' | 'zh' = 'th') =>
  renderFrontmatter(parseDocument(source), fields, locale, source, undefined);

// Values that YAML quotes, escapes or would read as something else when plain.
const AWKWARD = [
  'ข่าวประชาสัมพันธ์: "เส้นทางสายไหมดิจิทัล"',
  '“数字丝绸之路”促进文化交流：中国内容从“走出去”到“走进去”',
  'a: b',
  'ends with a colon:',
  'hash # here',
  '#starts with a hash',
  '- a list item?',
  "it's",
  '"quoted"',
  'true',
  '123',
  '0x1F',
  'null',
  '~',
  '',
  ' leading space',
  'trailing space ',
  '@at',
  '`tick',
  '%percent',
  '---',
  '...',
  '[flow]',
  '{flow}',
  '*alias',
  '&anchor',
  '!tag',
  '|pipe',
  '>gt',
  '? question',
  'back\\slash',
  'tab\there',
  'emoji 😀',
  'line\u2028separator',
  'bell\u0007',
];

describe('renderFrontmatter', () => {
  it('gives the source back byte for byte when every value is set to what it was', () => {
    const sources = [
      frontmatterOf(join(REPO, 'content/releases/digital-silk-road.md')),
      frontmatterOf(join(REPO, 'test/fixtures/roundtrip/everything.md')),
      'title:   "Spaced"   # a comment the printer would move\n# a line of comment\nlang:    en\nsummary: \'single\'',
    ];
    for (const source of sources) {
      const document = parseDocument(source);
      const fields = Object.fromEntries(
        ['title', 'summary'].flatMap((key) => {
          const value = document.get(key);
          return typeof value === 'string' ? [[key, value]] : [];
        }),
      );
      const lang = document.get('lang');
      expect(typeof lang).toBe('string');
      expect(renderFrontmatter(document, fields, lang as 'th', source, undefined)).toBe(source.trimEnd());
    }
  });

  it('prints each replaced value as printing the whole document would, in the style the source used', () => {
    for (const style of ['title: Plain', 'title: "Double"', "title: 'Single'"])
      for (const value of AWKWARD) {
        const source = `${style}\ndate: 2023-09-30\nlang: en\nrelease_id: PR-1`;
        expect(render(source, { title: value }), `${style} ← ${JSON.stringify(value)}`).toBe(
          printedAgain(source, { title: value, lang: 'th' }),
        );
        expect(parseDocument(render(source, { title: value })).toJSON()).toEqual({
          title: value,
          date: '2023-09-30',
          lang: 'th',
          release_id: 'PR-1',
        });
      }
  });

  it('keeps comments and spacing where a reprint would move them, and touches nothing else', () => {
    const source = 'title:   "Old"   # kept\n# between\nlang: en  # also kept\nother: [a,  b]';
    expect(render(source, { title: 'ใหม่' }, 'zh')).toBe(
      'title:   "ใหม่"   # kept\n# between\nlang: zh  # also kept\nother: [a,  b]',
    );
    // The printer would have rewritten them: this is not what a reprint gives.
    expect(printedAgain(source, { title: 'ใหม่', lang: 'zh' })).not.toBe(render(source, { title: 'ใหม่' }, 'zh'));
  });

  it('prints the document again where a value is not a one-line scalar of the source, or needs several lines', () => {
    const cases: [string, Record<string, string>][] = [
      ['title: >-\n  folded\n  title\nlang: en', { title: 'ชื่อ' }],
      ['title: "two\n  lines"\nlang: en', { title: 'ชื่อ' }],
      ['title: !!str tagged\nlang: en', { title: 'ชื่อ' }],
      ['title: &t anchored\nlang: en\nalso: *t', { title: 'ชื่อ' }],
      ['title: One\nlang: en', { title: 'บรรทัด\nสอง' }],
      ['lang: en', { title: 'not in the source' }],
    ];
    for (const [source, fields] of cases) {
      expect(render(source, fields)).toBe(printedAgain(source, { ...fields, lang: 'th' }));
      expect(parseDocument(render(source, fields)).get('title')).toBe(fields.title);
    }
  });

  it('leaves the document it was given as it was, for the other locale', () => {
    const source = 'title: Old\nlang: en';
    const document = parseDocument(source);
    renderFrontmatter(document, { title: 'ใหม่' }, 'th', source, undefined);
    renderFrontmatter(document, { title: 'ใหม่\nสอง' }, 'th', source, undefined);
    expect(document.toString()).toBe(`${source}\n`);
  });

  it('keeps an empty front matter, or one of comments only, as it is', () => {
    expect(render('# only a comment', { title: 'x' })).toBe('# only a comment');
  });
});
