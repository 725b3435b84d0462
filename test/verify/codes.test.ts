import { describe, expect, it } from 'vitest';
import { codesCheck } from '../../pipeline/verify/checks/codes.ts';
import { qa } from './helpers.ts';

// The seed's quote with the speaker in bold ({1}…{/1}) and a trailing image ({2/}), as Markdown would give it.
const EN =
  '"The driving force behind the [[digital-silk-road]] is the global youth," pointed out {1}Fanny Liao{/1}, Director of Corporate Strategic Communications at [[tencent]], at the seminar.{2/}';
const ZH =
  '[[tencent]]企业战略传播总监{1}Fanny Liao{/1}在研讨会上指出：“[[digital-silk-road]]背后的驱动力是全球青年。”{2/}';

describe('codes', () => {
  it('is silent when the target has the same codes, validly nested, in any order', () => {
    expect(codesCheck.check(qa('en', 'zh', EN, ZH))).toEqual([]);
    expect(codesCheck.check(qa('en', 'zh', EN, `{2/}${ZH.replace('{2/}', '')}`))).toEqual([]);
    expect(codesCheck.check(qa('en', 'zh', 'Contact Info:', '联系方式：'))).toEqual([]);
  });

  it('fires when a code is lost', () => {
    const lost = ZH.replace('{1}Fanny Liao{/1}', 'Fanny Liao');
    expect(codesCheck.check(qa('en', 'zh', EN, lost))).toEqual([
      { message: 'Inline formatting lost in the target (link, emphasis or image): {1} {/1}.' },
    ]);
  });

  it('fires when a code is added or doubled', () => {
    expect(codesCheck.check(qa('en', 'zh', EN, `${ZH}{2/}`))).toEqual([
      { message: 'The target has inline formatting the source does not: {2/}.' },
    ]);
  });

  it('fires on bad nesting: a close that is not the innermost open, or an open never closed', () => {
    const source = 'See {1}the report {2}Digital Silk Road in Thailand{/2}{/1} for details.';
    const crossed = '详见{1}报告{2}《泰国数字丝绸之路》{/1}{/2}。';
    expect(codesCheck.check(qa('en', 'zh', source, crossed))).toEqual([
      {
        message:
          'Inline formatting is badly nested in the target: {/1} closes before {/2}, which was opened inside it.',
      },
    ]);
    const swapped = '详见{/1}报告{2}《泰国数字丝绸之路》{/2}{1}。';
    expect(codesCheck.check(qa('en', 'zh', source, swapped))).toEqual([
      { message: 'Inline formatting is badly nested in the target: {/1} closes a code that is not open.' },
    ]);
    const unclosed = '详见{1}报告{2}《泰国数字丝绸之路》{/2}。';
    expect(codesCheck.check(qa('en', 'zh', source, unclosed)).map((i) => i.message)).toEqual([
      'Inline formatting lost in the target (link, emphasis or image): {/1}.',
      'Inline formatting is badly nested in the target: {1} is never closed.',
    ]);
  });
});

describe('codes: a work title in book-title marks', () => {
  const EMPHASIS = { 1: 'emphasis' };
  const SOURCE = 'TV series such as {1}[[joy-of-life]]{/1} are shared topics.';
  const MARKED = '《[[joy-of-life]]》等电视剧已成为共同话题。';

  it('accepts that a zh target wrote the emphasis around a work as 《》', () => {
    expect(codesCheck.check(qa('en', 'zh', SOURCE, MARKED, 's1', EMPHASIS))).toEqual([]);
  });

  it('accepts it in no other case', () => {
    const lost = { message: 'Inline formatting lost in the target (link, emphasis or image): {1} {/1}.' };
    // Thai keeps the emphasis; bold is not a title; a brand is not a work; the marks must wrap the lock.
    expect(codesCheck.check(qa('en', 'th', SOURCE, '《[[joy-of-life]]》 เป็นหัวข้อ', 's1', EMPHASIS))).toEqual([lost]);
    expect(codesCheck.check(qa('en', 'zh', SOURCE, MARKED, 's1', { 1: 'strong' }))).toEqual([lost]);
    const brand = 'Paid with {1}[[wechat-pay]]{/1}.';
    expect(codesCheck.check(qa('en', 'zh', brand, '用《[[wechat-pay]]》付款。', 's1', EMPHASIS))).toEqual([lost]);
    expect(codesCheck.check(qa('en', 'zh', SOURCE, '[[joy-of-life]]等电视剧。', 's1', EMPHASIS))).toEqual([lost]);
  });

  it('accepts one marked title per emphasized one', () => {
    const two = 'Both {1}[[joy-of-life]]{/1} and {2}[[joy-of-life]]{/2}.';
    const types = { 1: 'emphasis', 2: 'emphasis' };
    expect(codesCheck.check(qa('en', 'zh', two, '《[[joy-of-life]]》和《[[joy-of-life]]》。', 's1', types))).toEqual(
      [],
    );
    expect(codesCheck.check(qa('en', 'zh', two, '《[[joy-of-life]]》和[[joy-of-life]]。', 's1', types))).toEqual([
      { message: 'Inline formatting lost in the target (link, emphasis or image): {2} {/2}.' },
    ]);
  });
});
