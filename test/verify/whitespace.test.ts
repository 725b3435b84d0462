import { describe, expect, it } from 'vitest';
import { whitespaceCheck } from '../../pipeline/verify/checks/whitespace.ts';
import { qa, seedSentence, SHARED_TEXTS } from './helpers.ts';

const EN =
  "The collaboration between [[tencent]] Cloud and Thailand's Charoen Pokphand Group has further facilitated the digital and intelligent upgrade of retail systems.";
const ZH = '[[tencent]]云与泰国正大集团的合作进一步推动了零售系统的数字化和智能化升级。';
const TH = 'ความร่วมมือระหว่าง [[tencent]] Cloud กับเครือเจริญโภคภัณฑ์ของไทยช่วยผลักดันการยกระดับระบบค้าปลีกสู่ดิจิทัลและอัจฉริยะ';

describe('whitespace', () => {
  it('is silent on clean targets', () => {
    expect(whitespaceCheck.check(qa('en', 'zh', EN, ZH))).toEqual([]);
    expect(whitespaceCheck.check(qa('en', 'th', EN, TH))).toEqual([]);
  });

  it('warns on leading and trailing white space', () => {
    expect(whitespaceCheck.check(qa('en', 'th', EN, ` ${TH}\n`))).toEqual([
      { message: 'The target starts with white space.' },
      { message: 'The target ends with white space.' },
    ]);
  });

  it.skipIf(!SHARED_TEXTS)('warns on doubled spaces the source does not have', () => {
    expect(whitespaceCheck.check(qa('en', 'th', EN, TH.replace(' Cloud', '  Cloud')))).toEqual([
      { message: 'The target has doubled spaces.', suggestion: 'Use single spaces.' },
    ]);
    // Spaces on both sides of an inline image are not doubled.
    expect(whitespaceCheck.check(qa('en', 'th', `${EN} {1/} More`, `${TH} {1/} เพิ่มเติม`))).toEqual([]);
    const stock = `${seedSentence('AMZN')}  +1.14`;
    expect(whitespaceCheck.check(qa('en', 'th', stock, stock))).toEqual([]);
  });

  it('warns on a space between Han characters in Chinese', () => {
    expect(whitespaceCheck.check(qa('en', 'zh', EN, ZH.replace('正大集团', '正大 集团')))).toEqual([
      { message: 'The target has a space between Chinese characters: "大 集".', suggestion: 'Write "大集".' },
    ]);
    expect(whitespaceCheck.check(qa('en', 'zh', EN, ZH.replace('[[tencent]]云', '[[tencent]] 云')))).toHaveLength(1);
  });
});
