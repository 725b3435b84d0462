// Word diffs: Thai and Chinese split into words, a locked form marked as one unit, and the parts give both
// texts back.
import { glossaryOf, lockForm } from '../../pipeline/lock/glossary.ts';
import { describe, expect, it } from 'vitest';
import { diffTokens, runTokens, sidesOf, tokenize } from '../../pipeline/glossary-diff/words.ts';
import type { Run } from '../../pipeline/types.ts';

describe('tokenize', () => {
  it('splits Thai into words (no spaces) and gives the text back when joined', () => {
    const text = 'โมเดลขนาดใหญ่อย่าง Hunyuan ของเทนเซ็นต์ ก็ติดกลุ่มผู้นำระดับโลก';
    const tokens = tokenize(text, 'th');
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('โมเดล');
    expect(tokens.length).toBeGreaterThan(10);
  });

  it('splits Chinese into words', () => {
    const tokens = tokenize('微信支付覆盖了曼谷的轻轨系统', 'zh');
    expect(tokens.join('')).toBe('微信支付覆盖了曼谷的轻轨系统');
    expect(tokens.length).toBeGreaterThan(4);
  });
});

describe('runTokens', () => {
  const runs: Run[] = [
    { type: 'text', value: 'ของ' },
    { type: 'lock', term: 'tencent' },
    { type: 'text', value: 'กล่าว' },
  ];

  it('makes each lock one token in the locale form, whatever the segmenter would do with it', () => {
    expect(runTokens(runs, 'th', () => 'เทนเซนต์')).toEqual(['ของ', 'เทนเซนต์', 'กล่าว']);
  });

  it('writes {id} for a term the glossary lacks', () => {
    expect(runTokens(runs, 'th', (term) => lockForm(glossaryOf([]), term, 'th'))).toEqual(['ของ', '{tencent}', 'กล่าว']);
  });
});

describe('diffTokens', () => {
  it('marks a changed Thai form as a unit', () => {
    const form = (value: string) => (term: string) => (term === 'tencent' ? value : `{${term}}`);
    const runs: Run[] = [
      { type: 'text', value: 'Fanny Liao ผู้อำนวยการของ' },
      { type: 'lock', term: 'tencent' },
      { type: 'text', value: ' กล่าวในงานสัมมนา' },
    ];
    const parts = diffTokens(runTokens(runs, 'th', form('เทนเซ็นต์')), runTokens(runs, 'th', form('เทนเซนต์')));
    expect(parts.filter((p) => p.op !== 'same')).toEqual([
      { op: 'removed', text: 'เทนเซ็นต์' },
      { op: 'added', text: 'เทนเซนต์' },
    ]);
  });

  it('keeps the space between changed words inside one change', () => {
    const parts = diffTokens(tokenize('buy at BIG C today', 'en'), tokenize('buy at Big Mart today', 'en'));
    expect(parts).toEqual([
      { op: 'same', text: 'buy at ' },
      { op: 'removed', text: 'BIG C' },
      { op: 'added', text: 'Big Mart' },
      { op: 'same', text: ' today' },
    ]);
  });

  it('is inverted by sidesOf: the parts give both texts back', () => {
    const pairs: [string, string, 'en' | 'th' | 'zh'][] = [
      ['ผู้ให้บริการเทนเซ็นต์ในกรุงเทพฯ', 'ผู้ให้บริการเทนเซนต์ในกรุงเทพมหานคร', 'th'],
      ['腾讯云与正大集团的合作', '腾讯云与卜蜂集团的合作', 'zh'],
      ['Tencent Cloud and Charoen Pokphand Group', 'Tencent Cloud and CP Group', 'en'],
      ['', 'new text', 'en'],
      ['same', 'same', 'en'],
    ];
    for (const [before, after, locale] of pairs) {
      expect(sidesOf(diffTokens(tokenize(before, locale), tokenize(after, locale)))).toEqual({ before, after });
    }
  });
});
