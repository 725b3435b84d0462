// Issue #15 §4: a work title is italic in English and Thai and in book-title marks in Chinese, both ways.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../pipeline/assemble/index.ts';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { type GlossaryTerm, glossaryOf } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import type { Locale, Run } from '../../pipeline/types.ts';

function term(id: string, type: GlossaryTerm['type'], forms: Record<Locale, string>): GlossaryTerm {
  return {
    id,
    type,
    forms,
    variants: {},
    caseSensitive: true,
    forbidden: {},
    status: 'approved',
    note: 'test',
    keep: false,
    line: 1,
  };
}

const JOY = term('joy-of-life', 'work', { en: 'Joy of Life', th: 'หาญท้าชะตาฟ้า ปริศนายุทธจักร', zh: '庆余年' });
const ROSE = term('the-tale-of-rose', 'work', { en: 'The Tale of Rose', th: 'The Tale of Rose', zh: '玫瑰的故事' });
const WETV = term('wetv', 'brand', { en: 'WeTV', th: 'WeTV', zh: 'WeTV' });
const GLOSSARY = glossaryOf([JOY, ROSE, WETV]);

/** `markdown` (one sentence) in `from`, assembled in `to` with `target` as its translation. */
function translate(markdown: string, from: Locale, to: Locale, target: (source: Run[]) => Run[], glossary = GLOSSARY) {
  const release = prepareText(markdown, 'x.md', matchersFor(glossary, createMatcher), { from });
  expect(release.segments).toHaveLength(1);
  const [segment] = release.segments;
  const targets = new Map([[segment?.id ?? '', target(segment?.source ?? [])]]);
  return assemble({
    doc: release.doc,
    blocks: release.blocks,
    segments: release.segments,
    targets,
    locale: to,
    glossary,
  });
}

const text = (value: string): Run => ({ type: 'text', value });
const lock = (id: string): Run => ({ type: 'lock', term: id });
const open = (id: string): Run => ({ type: 'open', id });
const close = (id: string): Run => ({ type: 'close', id });

describe('work titles', () => {
  it('English → Chinese → English: *Joy of Life* becomes 《庆余年》 and comes back italic', () => {
    const en = 'TV series such as *Joy of Life* are shared topics.\n';
    const zh = translate(en, 'en', 'zh', () => [
      open('1'),
      lock('joy-of-life'),
      close('1'),
      text('等电视剧已成为共同话题。'),
    ]);
    expect(zh).toBe('《庆余年》等电视剧已成为共同话题。\n');
    // Read back as a Chinese source, the title is text marks around the lock; an engine keeps them in English.
    const back = translate(zh, 'zh', 'en', (source) => {
      expect(source).toEqual([text('《'), lock('joy-of-life'), text('》等电视剧已成为共同话题。')]);
      return [text('TV series such as 《'), lock('joy-of-life'), text('》 are shared topics.')];
    });
    expect(back).toBe(en);
  });

  it('Chinese → English → Chinese: 《庆余年》 becomes *Joy of Life* and comes back in marks', () => {
    const zh = '《庆余年》《玫瑰的故事》在WeTV热播。\n';
    const en = translate(zh, 'zh', 'en', () => [
      text('《'),
      lock('joy-of-life'),
      text('》 and 《'),
      lock('the-tale-of-rose'),
      text('》 are hits on '),
      lock('wetv'),
      text('.'),
    ]);
    expect(en).toBe('*Joy of Life* and *The Tale of Rose* are hits on WeTV.\n');
    const back = translate(en, 'en', 'zh', (source) => {
      expect(source.filter((run) => run.type !== 'text')).toEqual([
        open('1'),
        lock('joy-of-life'),
        close('1'),
        open('2'),
        lock('the-tale-of-rose'),
        close('2'),
        lock('wetv'),
      ]);
      return [
        open('1'),
        lock('joy-of-life'),
        close('1'),
        open('2'),
        lock('the-tale-of-rose'),
        close('2'),
        text('在'),
        lock('wetv'),
        text('热播。'),
      ];
    });
    expect(back).toBe(zh);
  });

  it('Thai keeps the emphasis from English and gets it from Chinese marks', () => {
    const th = 'ซีรีส์ *หาญท้าชะตาฟ้า ปริศนายุทธจักร* ได้รับความนิยม\n';
    expect(
      translate('Series such as *Joy of Life* are popular.\n', 'en', 'th', () => [
        text('ซีรีส์ '),
        open('1'),
        lock('joy-of-life'),
        close('1'),
        text(' ได้รับความนิยม'),
      ]),
    ).toBe(th);
    expect(
      translate('《庆余年》很受欢迎。\n', 'zh', 'th', () => [
        text('ซีรีส์ 《'),
        lock('joy-of-life'),
        text('》 ได้รับความนิยม'),
      ]),
    ).toBe(th);
  });

  it('writes no doubled marks: around the emphasis, inside it, or in the locked form', () => {
    const en = 'See *Joy of Life* now.\n';
    expect(
      translate(en, 'en', 'zh', () => [text('请看《'), open('1'), lock('joy-of-life'), close('1'), text('》。')]),
    ).toBe('请看《庆余年》。\n');
    expect(
      translate(en, 'en', 'zh', () => [
        text('请看'),
        open('1'),
        text('《'),
        lock('joy-of-life'),
        text('》'),
        close('1'),
        text('。'),
      ]),
    ).toBe('请看《庆余年》。\n');
    const marked = glossaryOf([term('joy-of-life', 'work', { ...JOY.forms, zh: '《庆余年》' })]);
    expect(
      translate(en, 'en', 'zh', () => [text('请看'), open('1'), lock('joy-of-life'), close('1'), text('。')], marked),
    ).toBe('请看《庆余年》。\n');
    // Inside an emphasis already, English only loses the marks.
    expect(
      translate('看*庆余年*。\n', 'zh', 'en', () => [
        text('See '),
        open('1'),
        text('《'),
        lock('joy-of-life'),
        text('》'),
        close('1'),
        text('.'),
      ]),
    ).toBe('See *Joy of Life*.\n');
  });

  it('leaves bold titles, emphasized non-works and works without emphasis alone', () => {
    expect(
      translate('See **Joy of Life**.\n', 'en', 'zh', () => [
        text('请看'),
        open('1'),
        lock('joy-of-life'),
        close('1'),
        text('。'),
      ]),
    ).toBe('请看**庆余年**。\n');
    expect(
      translate('Use *WeTV*.\n', 'en', 'zh', () => [text('使用'), open('1'), lock('wetv'), close('1'), text('。')]),
    ).toBe('使用*WeTV*。\n');
    expect(
      translate('See *the show Joy of Life*.\n', 'en', 'zh', () => [
        text('请看'),
        open('1'),
        text('电视剧'),
        lock('joy-of-life'),
        close('1'),
        text('。'),
      ]),
    ).toBe('请看*电视剧庆余年*。\n');
    expect(translate('See Joy of Life.\n', 'en', 'zh', () => [text('请看'), lock('joy-of-life'), text('。')])).toBe(
      '请看庆余年。\n',
    );
  });
});
