import { describe, expect, it } from 'vitest';
import { numbersCheck } from '../../pipeline/verify/checks/numbers.ts';
import { corpusLine, plain, qa, seedSentence, SHARED_TEXTS } from './helpers.ts';

const WETV_EN =
  '[[wetv]], the international streaming platform by [[tencent-video]], recorded nearly 80 million downloads globally in 2024, with nearly 5 billion views.';
const WETV_ZH = '[[tencent-video]]旗下国际流媒体平台[[wetv]]2024年在全球的下载量近8000万次，观看量近50亿次。';
const WETV_TH =
  '[[wetv]] แพลตฟอร์มสตรีมมิงระดับนานาชาติของ [[tencent-video]] ในปี 2024 มียอดดาวน์โหลดทั่วโลกเกือบ 80 ล้านครั้ง และยอดรับชมเกือบ 5 พันล้านครั้ง';
const WEBNOVEL_EN =
  'On [[webnovel]], the international platform under [[china-literature]], over 500,000 overseas creators have published 770,000 original works, attracting nearly 300 million cumulative users.';

describe('numbers', () => {
  it.skipIf(!SHARED_TEXTS)('reads a real seed sentence', () => {
    expect(seedSentence('WeTV, the international')).toBe(plain(WETV_EN, 'en'));
    expect(seedSentence('On WebNovel, the international')).toBe(plain(WEBNOVEL_EN, 'en'));
  });

  it('is silent when scale words differ but values agree (万, 亿, ล้าน, พันล้าน)', () => {
    expect(numbersCheck.check(qa('en', 'zh', WETV_EN, WETV_ZH))).toEqual([]);
    expect(numbersCheck.check(qa('en', 'th', WETV_EN, WETV_TH))).toEqual([]);
    expect(numbersCheck.check(qa('zh', 'th', WETV_ZH, WETV_TH))).toEqual([]);
    const zh =
      '在[[china-literature]]旗下的国际平台[[webnovel]]上，超过50万名海外创作者发表了77万部原创作品，累计吸引用户近3亿。';
    const th =
      'บน [[webnovel]] แพลตฟอร์มระดับนานาชาติภายใต้ [[china-literature]] นักเขียนจากต่างประเทศกว่า 5 แสนคนได้เผยแพร่ผลงานต้นฉบับ 770,000 เรื่อง ดึงดูดผู้ใช้สะสมเกือบ 300 ล้านคน';
    expect(numbersCheck.check(qa('en', 'zh', WEBNOVEL_EN, zh))).toEqual([]);
    expect(numbersCheck.check(qa('en', 'th', WEBNOVEL_EN, th))).toEqual([]);
    expect(numbersCheck.check(qa('en', 'th', '5 billion views, 8,000 stores', '5,000 ล้านครั้ง ร้านค้า 8000 แห่ง'))).toEqual(
      [],
    );
  });

  it('fires when a number is dropped, naming it', () => {
    const dropped = '[[tencent-video]]旗下国际流媒体平台[[wetv]]2024年在全球的下载量近8000万次。';
    const issues = numbersCheck.check(qa('en', 'zh', WETV_EN, dropped));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('Numbers of the source missing in the target: 5 billion.');
  });

  it('fires on a wrong scale and lists what the target has instead', () => {
    const wrong = WETV_TH.replace('80 ล้าน', '80 พันล้าน');
    const [issue] = numbersCheck.check(qa('en', 'th', WETV_EN, wrong));
    expect(issue?.message).toBe(
      'Numbers of the source missing in the target: 80 million. The target has instead: 80 พันล้าน.',
    );
  });

  it('accepts percentages as ร้อยละ and Buddhist-era years in Thai', () => {
    const en =
      'The year 2025 marks the "Golden Jubilee of China-Thailand Friendship," and 79.7% of Thai people expressed satisfaction.';
    const th = 'ปี 2568 เป็น "ปีทองแห่งมิตรภาพไทย-จีน" และคนไทยร้อยละ 79.7 แสดงความพึงพอใจ';
    expect(numbersCheck.check(qa('en', 'th', en, th))).toEqual([]);
    expect(numbersCheck.check(qa('th', 'en', th, en))).toEqual([]);
    // A Buddhist-era year is accepted only in Thai: 2568 in Chinese is simply wrong.
    expect(numbersCheck.check(qa('en', 'zh', 'in 2025', '2568年'))).toHaveLength(1);
  });

  it.skipIf(!SHARED_TEXTS)(
    'fires on the real CEA quirk: the Thai original says 78 firms, the English version 74',
    () => {
      const th = corpusLine('thaigov-pm-chinese-enterprises-cea-2025.th.txt', 'อนึ่ง สมาคมการค้า');
      const en = corpusLine(
        'thaigov-pm-chinese-enterprises-cea-2025.en.txt',
        'The Chinese Enterprises Association (CEA)',
      );
      const [issue] = numbersCheck.check(qa('th', 'en', th, en));
      expect(issue?.message).toBe('Numbers of the source missing in the target: 78. The target has instead: 74.');
      // Corrected, the same pair passes, including พ.ศ. 2544 = 2001.
      expect(numbersCheck.check(qa('th', 'en', th, en.replace('74 Chinese', '78 Chinese')))).toEqual([]);
    },
  );

  it('lets numbers written as words or months stand in, but never requires them', () => {
    const en = 'it brings together contestants from more than ten countries';
    expect(numbersCheck.check(qa('en', 'zh', en, '节目汇集了来自十多个国家的选手'))).toEqual([]);
    expect(numbersCheck.check(qa('en', 'th', en, 'ที่รวบรวมผู้เข้าแข่งขันจากกว่า 10 ประเทศ'))).toEqual([]);
    expect(numbersCheck.check(qa('zh', 'en', '来自10个国家的选手', 'contestants from ten countries'))).toEqual([]);
    expect(numbersCheck.check(qa('zh', 'en', '2025年2月21日', 'February 21, 2025'))).toEqual([]);
    expect(numbersCheck.check(qa('zh', 'th', '2025年2月21日', '21 กุมภาพันธ์ 2568'))).toEqual([]);
  });

  it('leaves digits of links to the urls check, and digits inside names alone', () => {
    expect(numbersCheck.check(qa('en', 'zh', 'Website: https://www.52hrtt.com', '网站：'))).toEqual([]);
    expect(numbersCheck.check(qa('en', 'zh', 'E2E Testing with Qwen2 models', '端到端测试'))).toEqual([]);
    expect(
      numbersCheck.check(qa('en', 'zh', 'artificial intelligence, 5G, and cloud computing', '人工智能和云计算')),
    ).toHaveLength(1);
  });
});
