import { describe, expect, it } from 'vitest';
import { collapse, collapsedLength, rendered, sameCollapsed, textsOf } from '../../pipeline/verify/text.ts';
import { qa, runs } from './helpers.ts';

describe('qa texts', () => {
  it("renders locks in each side's locale and keeps what was written apart", () => {
    const texts = textsOf(
      qa('en', 'zh', 'Pointed out {1}Fanny Liao{/1} at [[tencent]].', '[[tencent]]的{1}Fanny Liao{/1}指出。'),
    );
    expect(texts).toEqual({
      source: 'Pointed out Fanny Liao at Tencent.',
      target: '腾讯的Fanny Liao指出。',
      sourceFree: 'Pointed out Fanny Liao at  .',
      targetFree: ' 的Fanny Liao指出。',
    });
    expect(rendered(runs('a {1/} b'), () => '', '|')).toBe('a | b');
  });

  it('compares and measures collapsed white space without building strings, as collapse() does', () => {
    const samples = [
      '',
      ' ',
      'a',
      ' a',
      'a ',
      'a b',
      'a  b',
      'ab',
      ' a\n b ',
      'a\u00a0b',
      'a\u3000b',
      '\u2028a',
      'a\tb\t',
      'ร้านค้า ร้อยละ 61',
      '网站：https://www.52hrtt.com',
      'AMZN\u00a0 227.90',
      'AMZN 227.90',
      'AMZN227.90',
    ];
    for (const a of samples) {
      expect(collapsedLength(a), JSON.stringify(a)).toBe(collapse(a).length);
      for (const b of samples)
        expect(sameCollapsed(a, b), `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`).toBe(collapse(a) === collapse(b));
    }
  });
});
