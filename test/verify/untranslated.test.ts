import { describe, expect, it } from 'vitest';
import { untranslatedCheck } from '../../pipeline/verify/checks/untranslated.ts';
import { corpusLine, qa, seedSentence, SHARED_TEXTS } from './helpers.ts';

const OUTLOOK = 'Outlook: Building a Shared Future with a Digital Bridge';

describe('untranslated', () => {
  it.skipIf(!SHARED_TEXTS)('reads real seed lines', () => {
    expect(seedSentence('Outlook:')).toBe(OUTLOOK);
    expect(seedSentence('AMZN')).toBe('AMZN\u00a0 227.90');
  });

  it('fires when the target is the source text', () => {
    expect(untranslatedCheck.check(qa('en', 'th', OUTLOOK, OUTLOOK))).toEqual([
      {
        message:
          'The target is the untranslated source text: "Outlook: Building a Shared Future with a Digital Bridge".',
      },
    ]);
  });

  it('compares outside locks and codes, with white space collapsed', () => {
    const en =
      '[[wetv]], the international streaming platform by [[tencent-video]], recorded nearly 80 million downloads.';
    const copied =
      '{1}[[wetv]]{/1}, the international  streaming platform by [[tencent-video]], recorded nearly 80 million downloads.';
    const [issue] = untranslatedCheck.check(qa('en', 'zh', en, copied));
    expect(issue?.message).toBe(
      'The target is the untranslated source text: "WeTV, the international streaming platform by Tencent Video…".',
    );
  });

  it.skipIf(!SHARED_TEXTS)('fires on a Thai sentence left in an English target (no spaces between Thai words)', () => {
    const th = corpusLine('thaigov-pm-huawei-apac-2024.th.txt', 'ทั้งสองฝ่ายยังหารือ').split(' ')[0] as string;
    expect(th).toBe('ทั้งสองฝ่ายยังหารือถึงความร่วมมือด้านการลงทุน');
    expect(untranslatedCheck.check(qa('th', 'en', th, th))).toHaveLength(1);
    expect(untranslatedCheck.check(qa('th', 'en', th, 'Both parties also discussed investment cooperation.'))).toEqual(
      [],
    );
  });

  it.skipIf(!SHARED_TEXTS)('is silent on translations, on lines that are not prose, and within one language', () => {
    expect(untranslatedCheck.check(qa('en', 'zh', OUTLOOK, '展望：以数字之桥共建共享未来'))).toEqual([]);
    const stock = seedSentence('AMZN');
    expect(untranslatedCheck.check(qa('en', 'th', stock, stock))).toEqual([]);
    expect(
      untranslatedCheck.check(qa('en', 'th', 'Website: https://www.52hrtt.com', 'Website: https://www.52hrtt.com')),
    ).toEqual([]);
    expect(untranslatedCheck.check(qa('en', 'th', '[[tencent-video]]', '[[tencent-video]]'))).toEqual([]);
    expect(untranslatedCheck.check(qa('en', 'en', OUTLOOK, OUTLOOK))).toEqual([]);
  });
});
