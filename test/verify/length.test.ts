import { describe, expect, it } from 'vitest';
import { lengthCheck } from '../../pipeline/verify/checks/length.ts';
import { corpusLine, qa, SHARED_TEXTS } from './helpers.ts';

const WETV_EN =
  '[[wetv]], the international streaming platform by [[tencent-video]], recorded nearly 80 million downloads globally in 2024, with nearly 5 billion views.';
const WETV_TH =
  '[[wetv]] แพลตฟอร์มสตรีมมิงระดับนานาชาติของ [[tencent-video]] ในปี 2024 มียอดดาวน์โหลดทั่วโลกเกือบ 80 ล้านครั้ง และยอดรับชมเกือบ 5 พันล้านครั้ง';

describe('length', () => {
  it.skipIf(!SHARED_TEXTS)('is silent on usual ratios: the real WeKnora README pair, a Thai translation', () => {
    const zh = corpusLine('tencent-weknora-launch-readme-2025.zh.txt', 'WeKnora 采用');
    const en = corpusLine('tencent-weknora-launch-readme-2025.en.txt', 'WeKnora employs');
    expect(lengthCheck.check(qa('zh', 'en', zh, en))).toEqual([]);
    expect(lengthCheck.check(qa('en', 'zh', en, zh))).toEqual([]);
    expect(lengthCheck.check(qa('en', 'th', WETV_EN, WETV_TH))).toEqual([]);
  });

  it('fires on a target far too short', () => {
    expect(lengthCheck.check(qa('en', 'zh', WETV_EN, '观看量近50亿次。'))).toEqual([
      {
        message:
          'The target is unusually short: 9 characters for 144 in the source (0.06×; en→zh is usually about 0.30×). Check for missing text.',
      },
    ]);
  });

  it('fires on a target far too long', () => {
    const repeated = Array.from({ length: 4 }, () => WETV_TH).join(' ');
    expect(lengthCheck.check(qa('en', 'th', WETV_EN, repeated))[0]?.message).toMatch(
      /^The target is unusually long: .*en→th is usually about 1\.0×\)\. Check for added text\.$/,
    );
  });

  it('skips short sources and leaves links out of the count', () => {
    expect(
      lengthCheck.check(qa('en', 'zh', 'Contact Info:', '如需了解更多信息，请通过以下方式与我们的媒体联络团队联系：')),
    ).toEqual([]);
    expect(
      lengthCheck.check(qa('en', 'zh', 'Website: https://www.52hrtt.com', '网站：https://www.52hrtt.com')),
    ).toEqual([]);
  });
});
