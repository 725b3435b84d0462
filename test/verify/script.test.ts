import { describe, expect, it } from 'vitest';
import { scriptCheck } from '../../pipeline/verify/checks/script.ts';
import { corpusLine, qa, SHARED_TEXTS } from './helpers.ts';

const BTS_EN =
  'In popular business districts in Bangkok, Thailand, 61% of merchants have adopted Chinese mobile payment solutions, with [[wechat-pay]] covering the entire BTS Skytrain system in the city.';
const BTS_TH =
  'ในย่านธุรกิจยอดนิยมของกรุงเทพฯ ประเทศไทย ร้านค้าร้อยละ 61 ได้นำระบบชำระเงินผ่านมือถือของจีนมาใช้ โดย [[wechat-pay]] ครอบคลุมระบบรถไฟฟ้า BTS ทั้งหมดในเมือง';
const BTS_ZH = '在泰国曼谷的热门商圈，61%的商户已采用中国移动支付方案，[[wechat-pay]]覆盖了全市整个BTS轻轨系统。';

describe('script', () => {
  it('is silent on Thai and Chinese targets that keep names from the source', () => {
    expect(scriptCheck.check(qa('en', 'th', BTS_EN, BTS_TH))).toEqual([]);
    expect(scriptCheck.check(qa('en', 'zh', BTS_EN, BTS_ZH))).toEqual([]);
    const stocks = 'Stock Quote API & Stock News API supplied by www.cloudquote.io';
    expect(
      scriptCheck.check(qa('en', 'th', stocks, 'Stock Quote API และ Stock News API จัดทำโดย www.cloudquote.io')),
    ).toEqual([]);
  });

  it.skipIf(!SHARED_TEXTS)('is silent on the real WeKnora README pair, both ways', () => {
    const zh = corpusLine('tencent-weknora-launch-readme-2025.zh.txt', 'WeKnora 采用');
    const en = corpusLine('tencent-weknora-launch-readme-2025.en.txt', 'WeKnora employs');
    expect(scriptCheck.check(qa('zh', 'en', zh, en))).toEqual([]);
    expect(scriptCheck.check(qa('en', 'zh', en, zh))).toEqual([]);
  });

  it('fires on a Thai target left in English', () => {
    expect(scriptCheck.check(qa('en', 'th', BTS_EN, BTS_EN))).toEqual([
      {
        message:
          'A Thai target that is mostly not Thai: 0% of its letters (outside locked terms and names from the source) are Thai. Wrong language or untranslated?',
      },
    ]);
  });

  it('fires on a target in the wrong language', () => {
    expect(scriptCheck.check(qa('en', 'th', BTS_EN, BTS_ZH))[0]?.message).toMatch(
      /^A Thai target that is mostly not Thai: 0%/,
    );
    expect(scriptCheck.check(qa('en', 'zh', BTS_EN, BTS_TH))[0]?.message).toMatch(
      /^A Chinese target that is mostly not Chinese \(Han\): 0%/,
    );
    // An engine that paraphrased in English instead of translating.
    const paraphrase =
      '[[wechat-pay]] now covers the whole BTS network, and 61% of shops take Chinese mobile payments.';
    expect(scriptCheck.check(qa('en', 'zh', BTS_EN, paraphrase))).toHaveLength(1);
  });

  it('fires on an English target with Chinese or Thai outside locked terms', () => {
    const en =
      'WeKnora (维娜拉) is an LLM-powered framework designed for deep document understanding and semantic retrieval.';
    expect(
      scriptCheck.check(qa('zh', 'en', '[[weknora]]（维娜拉）是一款基于大语言模型的文档理解与语义检索框架。', en)),
    ).toEqual([
      {
        message: 'An English target with Chinese text outside locked terms: "维娜拉".',
        suggestion: 'Translate it, or lock the name in the glossary.',
      },
    ]);
    expect(scriptCheck.check(qa('th', 'en', 'ร้านค้าร้อยละ 61', 'ร้านค้า 61% of merchants'))[0]?.message).toBe(
      'An English target with Thai text outside locked terms: "ร้านค้า".',
    );
  });

  it('is silent on Han inside a locked English form, and on segments too short to judge', () => {
    const zh = '腾讯[[hunyuan]]等大模型也位居全球前列。';
    const en = "Large models such as [[tencent]]'s [[hunyuan]] are also among the global leaders.";
    expect(scriptCheck.check(qa('zh', 'en', zh, en))).toEqual([]);
    expect(scriptCheck.check(qa('en', 'th', 'AI', 'AI'))).toEqual([]);
  });
});
