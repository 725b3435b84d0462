import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as qaApi from '../../pipeline/verify/index.ts';
import { ALL_CHECKS, CHECK_EMPTY, numbersCheck, summarize, verifySegment } from '../../pipeline/verify/index.ts';
import type { Locale } from '../../pipeline/types.ts';
import { corpusLine, plain, qa, seedSentence, SHARED_TEXTS } from './helpers.ts';

interface SeedPair {
  en: string;
  zh: string;
  th: string;
}
const SEED: SeedPair[] = JSON.parse(
  readFileSync(new URL('fixtures/seed-translations.json', import.meta.url), 'utf8'),
).pairs;

describe('qa index', () => {
  it('exports the public API and registers every check once', () => {
    expect(Object.keys(qaApi).sort()).toEqual([
      'ALL_CHECKS',
      'CHECK_CODES',
      'CHECK_EMPTY',
      'CHECK_LENGTH',
      'CHECK_LOCKS',
      'CHECK_NUMBERS',
      'CHECK_SCRIPT',
      'CHECK_UNTRANSLATED',
      'CHECK_URLS',
      'CHECK_WHITESPACE',
      'CHECK_ZH_PUNCTUATION',
      'codesCheck',
      'emptyCheck',
      'lengthCheck',
      'locksCheck',
      'numbersCheck',
      'scriptCheck',
      'summarize',
      'untranslatedCheck',
      'urlsCheck',
      'verifySegment',
      'whitespaceCheck',
      'zhPunctuationCheck',
    ]);
    expect(ALL_CHECKS.map((c) => [c.id, c.severity])).toEqual([
      ['empty', 'error'],
      ['locks', 'error'],
      ['codes', 'error'],
      ['numbers', 'error'],
      ['urls', 'error'],
      ['script', 'error'],
      ['untranslated', 'warning'],
      ['length', 'warning'],
      ['zh-punctuation', 'warning'],
      ['whitespace', 'warning'],
    ]);
  });

  it('turns issues into findings with check, severity, message, segment and locale', () => {
    const input = qa('en', 'zh', 'Nearly 5 billion views in 2024.', '2024年观看量近50亿次,增长明显。', 'b7:3');
    expect(verifySegment(input)).toEqual([
      {
        check: 'zh-punctuation',
        severity: 'error',
        message: 'Half-width comma between Chinese characters: "亿次,增长" (, → ，).',
        segment: 'b7:3',
        locale: 'zh',
        suggestion: 'Use the full-width comma "，".',
      },
    ]);
    expect(verifySegment(input, [numbersCheck])).toEqual([]);
  });

  it('reports only the empty finding for an empty target', () => {
    const findings = verifySegment(qa('en', 'th', 'In [[wetv]] 80 million downloads at https://wetv.vip.', ''));
    expect(findings.map((f) => f.check)).toEqual([CHECK_EMPTY]);
  });

  it('summarizes errors and warnings', () => {
    const findings = [
      ...verifySegment(
        qa('en', 'zh', 'Outlook: Building a Shared Future with a Digital Bridge', '展望:以数字之桥共建共享未来 '),
      ),
      ...verifySegment(qa('en', 'zh', 'Nearly 5 billion views.', '观看量近5亿次。')),
    ];
    expect(findings.map((f) => f.check)).toEqual(['zh-punctuation', 'whitespace', 'numbers']);
    expect(summarize(findings)).toEqual({ errors: 1, warnings: 2 });
    expect(summarize([])).toEqual({ errors: 0, warnings: 0 });
  });

  it('never mutates its input', () => {
    const input = qa('en', 'zh', SEED[6]?.en ?? '', SEED[6]?.zh ?? '');
    const before = JSON.stringify(input);
    verifySegment(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  describe.skipIf(!SHARED_TEXTS)('stays silent on translations of the seed release', () => {
    for (const pair of SEED) {
      const en = plain(pair.en, 'en');
      it(en.slice(0, 60), () => {
        expect(seedSentence(en.slice(0, 70))).toBe(en);
        for (const to of ['zh', 'th'] as Locale[])
          expect(verifySegment(qa('en', to, pair.en, pair[to as 'zh' | 'th']))).toEqual([]);
      });
    }
  });

  it.skipIf(!SHARED_TEXTS)('stays silent on real parallel text of the corpus', () => {
    const weknoraZh = corpusLine('tencent-weknora-launch-readme-2025.zh.txt', 'WeKnora 采用').replace(
      'WeKnora',
      '[[weknora]]',
    );
    const weknoraEn = corpusLine('tencent-weknora-launch-readme-2025.en.txt', 'WeKnora employs').replace(
      'WeKnora',
      '[[weknora]]',
    );
    expect(verifySegment(qa('zh', 'en', weknoraZh, weknoraEn))).toEqual([]);
    expect(verifySegment(qa('en', 'zh', weknoraEn, weknoraZh))).toEqual([]);
    const th = corpusLine('thaigov-pm-huawei-apac-2024.th.txt', 'ทั้งสองฝ่ายยังหารือ').split(' ')[0] as string;
    const en = corpusLine('thaigov-pm-huawei-apac-2024.en.txt', 'Both parties').split('. ')[0] as string;
    expect(verifySegment(qa('th', 'en', th, `${en}.`))).toEqual([]);
  });
});
