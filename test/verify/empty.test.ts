import { describe, expect, it } from 'vitest';
import { emptyCheck } from '../../pipeline/verify/checks/empty.ts';
import { qa } from './helpers.ts';

const EN = 'Youth Co-Creation and Emotional Resonance: Cross-Cultural Interaction Enters the "Two-Way Era"';

describe('empty', () => {
  it('fires on an empty or blank target', () => {
    const missing = [{ message: 'The target is empty: the translation is missing.' }];
    expect(emptyCheck.check(qa('en', 'zh', EN, ''))).toEqual(missing);
    expect(emptyCheck.check(qa('en', 'th', EN, ' \n '))).toEqual(missing);
  });

  it('fires on a target of formatting codes only', () => {
    expect(emptyCheck.check(qa('en', 'zh', `{1}${EN}{/1}`, '{1} {/1}'))).toEqual([
      { message: 'The target keeps the formatting codes of the source but has no text: the translation is missing.' },
    ]);
  });

  it('is silent on a translation, a lock-only target, and a source without text', () => {
    expect(emptyCheck.check(qa('en', 'zh', EN, '青年共创与情感共鸣：跨文化互动进入“双向时代”'))).toEqual([]);
    expect(emptyCheck.check(qa('en', 'zh', '[[tencent]]', '[[tencent]]'))).toEqual([]);
    expect(emptyCheck.check(qa('en', 'zh', '{1/}', '{1/}'))).toEqual([]);
  });
});
