import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLocale, parse } from '../../pipeline/parse/index.ts';
import { needsShared } from '../support/needs.ts';

const corpus = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../shared/corpus', name), 'utf8');

describe('parse', () => {
  it('reads the seed release: front matter, slug, locale, headings', () => {
    const file = resolve(import.meta.dirname, '../../content/releases/digital-silk-road.md');
    const doc = parse(readFileSync(file, 'utf8'), file);
    expect(doc.slug).toBe('digital-silk-road');
    expect(doc.locale).toBe('en');
    expect(doc.frontmatter?.release_id).toBe('89179058');
    expect(doc.tree.children.filter((node) => node.type === 'heading').length).toBeGreaterThanOrEqual(5);
  });

  it('takes the slug from the file name when there is no front matter', () => {
    const doc = parse('Hello.\n', '/tmp/some-note.md');
    expect(doc.slug).toBe('some-note');
    expect(doc.frontmatter).toBeUndefined();
  });

  it.skipIf(!needsShared('corpus'))(
    'detects the locale of a file without `lang` from its script (../shared corpus)',
    () => {
      expect(detectLocale(corpus('thaigov-pm-huawei-apac-2024.th.txt'))).toBe('th');
      expect(detectLocale(corpus('tencent-weknora-launch-readme-2025.zh.txt'))).toBe('zh');
      expect(detectLocale(corpus('thaigov-pm-huawei-apac-2024.en.txt'))).toBe('en');
      expect(parse('สวัสดีครับ\n', 'x.md', { from: 'zh' }).locale).toBe('zh');
    },
  );

  it('names file and line for broken front matter', () => {
    expect(() => parse('---\ntitle: "unclosed\nlang: en\n---\n\nText.\n', 'bad.md')).toThrow(
      /^bad\.md:\d+: invalid YAML front matter/,
    );
    expect(() => parse('---\ntitle: A\nlang: fr\n---\n\nText.\n', 'fr.md')).toThrow(
      'fr.md:3: unknown locale "fr" in `lang`; expected one of en, th, zh',
    );
    expect(() => parse('---\ntitle: A\n\nText without a closing fence.\n', 'open.md')).toThrow(
      'open.md:1: front matter opened',
    );
    expect(() => parse('---\n- a\n- b\n---\n\nText.\n', 'list.md')).toThrow(
      'list.md:2: front matter must be a YAML mapping',
    );
    expect(() => parse('---\ntitle: [1, 2]\n---\n\nText.\n', 'typed.md')).toThrow(
      'typed.md:2: front-matter field `title` must be text',
    );
  });

  it('refuses slugs that could escape the output folder', () => {
    expect(() => parse('---\nslug: ../../etc/passwd\n---\n\nx\n', 'evil.md')).toThrow(/evil\.md:2: slug/);
  });

  it('reads a thematic break at the top as Markdown, not as front matter', () => {
    const doc = parse('---\nFoo\n', 'hr.md');
    expect(doc.frontmatter).toBeUndefined();
    expect(doc.tree.children[0]?.type).toBe('thematicBreak');
  });
});
