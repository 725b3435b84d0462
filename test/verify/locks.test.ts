import { describe, expect, it } from 'vitest';
import { locksCheck } from '../../pipeline/verify/checks/locks.ts';
import { plain, qa, seedSentence, SHARED_TEXTS } from './helpers.ts';

const EN =
  '"The driving force behind the [[digital-silk-road]] is the global youth," pointed out {1}Fanny Liao{/1}, Director of Corporate Strategic Communications at [[tencent]], at the seminar.';
const ZH =
  '[[tencent]]企业战略传播总监{1}Fanny Liao{/1}在研讨会上指出：“[[digital-silk-road]]背后的驱动力是全球青年。”';
const TH =
  '"แรงขับเคลื่อนเบื้องหลัง[[digital-silk-road]]คือเยาวชนทั่วโลก" {1}Fanny Liao{/1} ผู้อำนวยการฝ่ายสื่อสารเชิงกลยุทธ์องค์กรของ [[tencent]] กล่าวในงานสัมมนา';

describe('locks', () => {
  it.skipIf(!SHARED_TEXTS)('reads a real seed sentence', () => {
    expect(seedSentence('"The driving force')).toBe(plain(EN, 'en'));
  });

  it('is silent when every locked term is kept once per occurrence', () => {
    expect(locksCheck.check(qa('en', 'zh', EN, ZH))).toEqual([]);
    expect(locksCheck.check(qa('en', 'th', EN, TH))).toEqual([]);
  });

  it('fires when a locked term is lost', () => {
    const lost = ZH.replace('[[tencent]]', '公司');
    expect(locksCheck.check(qa('en', 'zh', EN, lost))).toEqual([
      {
        message: 'The glossary term "腾讯" (tencent) is in the source once but locked in the target not at all.',
        suggestion: 'Keep the placeholder {t:tencent} in the translation.',
      },
    ]);
  });

  it('fires when a locked form is typed as plain text: a glossary change would not reach it', () => {
    expect(locksCheck.check(qa('en', 'zh', EN, ZH.replace('[[tencent]]', '腾讯'))).map((i) => i.message)).toEqual([
      'The glossary term "腾讯" (tencent) is in the source once but locked in the target not at all (typed as plain text once: a glossary change would not reach it).',
    ]);
  });

  it('fires when the target adds a locked term', () => {
    const added = `${ZH}[[tencent]]`;
    expect(locksCheck.check(qa('en', 'zh', EN, added))).toEqual([
      { message: 'The target has the glossary term "腾讯" (tencent) 2 times, the source once.' },
    ]);
    const foreign = ZH.replace('全球青年', '[[wetv]]');
    expect(locksCheck.check(qa('en', 'zh', EN, foreign))[0]?.message).toBe(
      'The target has the glossary term "WeTV" (wetv) once, the source not at all.',
    );
  });

  it('fires on a forbidden form written outside the locks', () => {
    const typo = ZH.replace('[[tencent]]', '腾迅');
    const issues = locksCheck.check(qa('en', 'zh', EN, typo));
    expect(issues.map((i) => i.message)).toEqual([
      'The glossary term "腾讯" (tencent) is in the source once but locked in the target not at all.',
      'The target writes "腾迅", a forbidden form of the glossary term "腾讯" (tencent).',
    ]);
    expect(issues[1]?.suggestion).toBe('Write "腾讯" instead of "腾迅".');
  });

  it('checks forbidden forms of terms locked only in the target too', () => {
    const issues = locksCheck.check(qa('th', 'en', 'ชำระเงินด้วยแอปมือถือ', 'paid with [[wechat-pay]] (Weixin Pay)'));
    expect(issues.map((i) => i.message)).toEqual([
      'The target has the glossary term "WeChat Pay" (wechat-pay) once, the source not at all.',
      'The target writes "Weixin Pay", a forbidden form of the glossary term "WeChat Pay" (wechat-pay).',
    ]);
  });

  it('matches a Latin forbidden form as a whole word, case-sensitively', () => {
    const en = 'On [[webnovel]], over 500,000 overseas creators have published works.';
    const th = 'บน [[webnovel]] นักเขียนจากต่างประเทศกว่า 5 แสนคนได้เผยแพร่ผลงาน';
    expect(locksCheck.check(qa('th', 'en', th, en.replace('works', 'Webnovels')))).toEqual([]);
    expect(locksCheck.check(qa('th', 'en', th, en.replace('works', 'webnovel works')))).toEqual([]);
    expect(locksCheck.check(qa('th', 'en', th, en.replace('works', 'Webnovel works')))).toHaveLength(1);
  });
});
