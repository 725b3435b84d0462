import { describe, expect, it } from 'vitest';
import { zhPunctuationCheck } from '../../pipeline/verify/checks/zh-punctuation.ts';
import { corpusLine, qa, SHARED_TEXTS } from './helpers.ts';

const EN = corpusLine('tencent-weknora-launch-readme-2025.en.txt', 'WeKnora employs');
const ZH = corpusLine('tencent-weknora-launch-readme-2025.zh.txt', 'WeKnora 采用');
// Places in the corpus line, found rather than copied: Han，Han; Han。Han; the line's final Han。.
const HAN_COMMA = /(\p{Script=Han}{2})，(\p{Script=Han}{2})/u;
const HAN_STOP = /(\p{Script=Han}{2})。(\p{Script=Han}{2})/u;
const FINAL_STOP = /(\p{Script=Han}{2})。$/u;

describe('zh-punctuation', () => {
  it.skipIf(!SHARED_TEXTS)('is silent on real Chinese text, including a URL and a file name next to Han', () => {
    expect(ZH).toMatch(HAN_COMMA);
    expect(zhPunctuationCheck.check(qa('en', 'zh', EN, ZH))).toEqual([]);
    const env = corpusLine('tencent-weknora-launch-readme-2025.zh.txt', '# 编辑 .env');
    expect(zhPunctuationCheck.check(qa('en', 'zh', '# Edit .env and fill in your settings', env))).toEqual([]);
    expect(
      zhPunctuationCheck.check(qa('en', 'zh', 'Supplied by www.cloudquote.io', '由www.cloudquote.io提供')),
    ).toEqual([]);
    expect(
      zhPunctuationCheck.check(qa('en', 'zh', 'Nearly 5.5 billion views.', '观看量近55亿次，增长3.5倍。')),
    ).toEqual([]);
  });

  it.skipIf(!SHARED_TEXTS)('is an error for a half-width comma between Han characters', () => {
    const [, left, right] = ZH.match(HAN_COMMA) ?? [];
    const comma = ZH.replace(HAN_COMMA, '$1,$2');
    expect(zhPunctuationCheck.check(qa('en', 'zh', EN, comma))).toEqual([
      {
        severity: 'error',
        message: `Half-width comma between Chinese characters: "${left},${right}" (, → ，).`,
        suggestion: 'Use the full-width comma "，".',
      },
    ]);
  });

  it.skipIf(!SHARED_TEXTS)('warns on other half-width punctuation after Han', () => {
    const [, before, after] = ZH.match(HAN_STOP) ?? [];
    const [, last] = ZH.match(FINAL_STOP) ?? [];
    const issues = zhPunctuationCheck.check(
      qa('en', 'zh', EN, ZH.replace(HAN_STOP, '$1.$2').replace(FINAL_STOP, '$1!')),
    );
    expect(issues).toEqual([
      {
        message: `Half-width punctuation after Chinese text: "${before}.${after}" (. → 。), "${last}!" (! → ！).`,
        suggestion: 'Use full-width punctuation ，。：；！？ in Chinese text.',
      },
    ]);
    expect(
      zhPunctuationCheck.check(qa('en', 'zh', 'Website: https://www.52hrtt.com', '网站:https://www.52hrtt.com')),
    ).toHaveLength(1);
  });

  it.skipIf(!SHARED_TEXTS)('leaves half-width marks after Latin text alone, as real Chinese READMEs write them', () => {
    const commit = corpusLine('tencent-weknora-launch-readme-2025.zh.txt', 'feat: ');
    expect(commit).toMatch(/^feat: \p{Script=Han}/u);
    expect(
      zhPunctuationCheck.check(
        qa('en', 'zh', corpusLine('tencent-weknora-launch-readme-2025.en.txt', 'feat: '), commit),
      ),
    ).toEqual([]);
  });

  it.skipIf(!SHARED_TEXTS)('ignores punctuation inside locked forms and in non-Chinese targets', () => {
    expect(zhPunctuationCheck.check(qa('en', 'zh', 'Yahoo! Japan', '[[yahoo]]日本'))).toEqual([]);
    expect(zhPunctuationCheck.check(qa('zh', 'en', ZH, EN))).toEqual([]);
  });
});
