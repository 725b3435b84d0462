// One test per segmentation behaviour, each naming the rule that decides it, and a check that every rule of
// every locale decides at least one case (a rule nothing exercises is dead data).
import { describe, expect, it } from 'vitest';
import { SENTENCE_RULES } from '../../pipeline/segment/rules/index.ts';
import {
  compileLocale,
  explainSentenceBreaks,
  SentenceRuleError,
  sentenceBreaks,
  sentenceBreaksJudged,
  splitSentences,
} from '../../pipeline/segment/sentences.ts';
import { LOCALES, type Locale } from '../../pipeline/types.ts';
import { needsShared } from '../support/needs.ts';
import { loadCases } from './corpus.ts';

interface Behaviour {
  name: string;
  locale: Locale;
  text: string;
  expected: string[];
  /** A rule that must decide some candidate of the text (omitted when ICU alone gets it right). */
  rule?: string;
}

const BEHAVIOURS: Behaviour[] = [
  // English.
  {
    name: 'title before a name',
    locale: 'en',
    text: 'Dr. Smith agreed. Mr. Jones did not.',
    expected: ['Dr. Smith agreed.', 'Mr. Jones did not.'],
    rule: 'title-before-name',
  },
  {
    name: 'U.S. before a name',
    locale: 'en',
    text: 'The U.S. Department of Commerce agreed.',
    expected: ['The U.S. Department of Commerce agreed.'],
    rule: 'abbreviation-inside-sentence',
  },
  {
    name: 'U.S. at the end of a sentence',
    locale: 'en',
    text: 'It sells in the U.S. The rest is export.',
    expected: ['It sells in the U.S.', 'The rest is export.'],
    rule: 'abbreviation-before-sentence-starter',
  },
  {
    name: 'initials',
    locale: 'en',
    text: 'J. K. Rowling spoke. George W. Bush listened.',
    expected: ['J. K. Rowling spoke.', 'George W. Bush listened.'],
    rule: 'abbreviation-inside-sentence',
  },
  {
    name: 'percentages and decimals',
    locale: 'en',
    text: 'Revenue grew 79.7% to 11.00 billion. Costs fell.',
    expected: ['Revenue grew 79.7% to 11.00 billion.', 'Costs fell.'],
  },
  {
    name: 'versions and multipliers',
    locale: 'en',
    text: 'Version v2.1 is 3.5x faster. Upgrade now.',
    expected: ['Version v2.1 is 3.5x faster.', 'Upgrade now.'],
  },
  {
    name: 'e.g. and i.e.',
    locale: 'en',
    text: 'Formats, e.g. PDF, i.e. Portable Document Format, work. Images too.',
    expected: ['Formats, e.g. PDF, i.e. Portable Document Format, work.', 'Images too.'],
    rule: 'never-final-abbreviation',
  },
  {
    name: 'No. before a number',
    locale: 'en',
    text: 'Tencent was ranked No. 1 Chinese brand in Thailand.',
    expected: ['Tencent was ranked No. 1 Chinese brand in Thailand.'],
    rule: 'abbreviation-before-number',
  },
  {
    name: 'dateline',
    locale: 'en',
    text: 'BANGKOK, Nov. 27, 2025 /PRNewswire/ -- Tencent today announced WeKnora. It is open source.',
    expected: ['BANGKOK, Nov. 27, 2025 /PRNewswire/ -- Tencent today announced WeKnora.', 'It is open source.'],
    rule: 'month-before-day',
  },
  {
    name: 'embargo line',
    locale: 'en',
    text: 'EMBARGOED UNTIL 9:00 A.M. ET, NOV. 27, 2025',
    expected: ['EMBARGOED UNTIL 9:00 A.M. ET, NOV. 27, 2025'],
    rule: 'time-before-zone',
  },
  {
    name: 'quote with attribution',
    locale: 'en',
    text: '“We did,” said Fanny Liao, Director of Product at Tencent. “It works.”',
    expected: ['“We did,” said Fanny Liao, Director of Product at Tencent.', '“It works.”'],
  },
  {
    name: 'question in a quote before its attribution',
    locale: 'en',
    text: '"Are you sure?" she asked. Yes.',
    expected: ['"Are you sure?" she asked.', 'Yes.'],
    rule: 'question-exclamation-before-lower-case',
  },
  {
    name: 'closing bracket stays with its sentence',
    locale: 'en',
    text: '(He left.) Next came the vote.',
    expected: ['(He left.)', 'Next came the vote.'],
  },
  {
    name: 'colon and semicolon do not end a sentence',
    locale: 'en',
    text: 'Three sectors: banking; energy; trade.',
    expected: ['Three sectors: banking; energy; trade.'],
  },
  {
    name: 'Unicode ellipsis before a capital',
    locale: 'en',
    text: 'He paused… Then he left.',
    expected: ['He paused…', 'Then he left.'],
    rule: 'ellipsis-before-capital',
  },
  {
    name: 'ellipsis inside a quotation',
    locale: 'en',
    text: 'As they say, “not far apart… We are brothers….”',
    expected: ['As they say, “not far apart… We are brothers….”'],
    rule: 'ellipsis-inside-quotation',
  },
  {
    name: '"About X" boilerplate heading line',
    locale: 'en',
    text: 'About Tencent\nTencent is a technology company.',
    expected: ['About Tencent', 'Tencent is a technology company.'],
    rule: 'line-break',
  },
  {
    name: 'Markdown soft wrap',
    locale: 'en',
    text: 'The framework combines multimodal preprocessing and\nsemantic retrieval.',
    expected: ['The framework combines multimodal preprocessing and\nsemantic retrieval.'],
    rule: 'soft-wrap',
  },
  // Chinese.
  {
    name: '《 opens the next sentence',
    locale: 'zh',
    text: '他说：“好。”《人民日报》报道了。',
    expected: ['他说：“好。”', '《人民日报》报道了。'],
    rule: 'no-break-after-opening',
  },
  {
    name: 'ellipsis as a pause',
    locale: 'zh',
    text: '项目还在开发中……敬请期待。',
    expected: ['项目还在开发中……敬请期待。'],
  },
  {
    name: 'ellipsis and full stop are one end',
    locale: 'zh',
    text: '结果令人失望……。我们会努力。',
    expected: ['结果令人失望……。', '我们会努力。'],
  },
  {
    name: 'a sentence never starts with a terminal',
    locale: 'zh',
    text: '她说“可是……”。大家都安静了。',
    expected: ['她说“可是……”。', '大家都安静了。'],
    rule: 'no-break-before-terminal',
  },
  { name: 'combined ？！', locale: 'zh', text: '真的吗？！当然。', expected: ['真的吗？！', '当然。'] },
  {
    name: 'a sentence never starts with a closing quote',
    locale: 'zh',
    text: '他说：“好的。 ”他笑了。',
    expected: ['他说：“好的。 ”', '他笑了。'],
    rule: 'no-break-before-closing',
  },
  {
    name: 'closing quote stays',
    locale: 'zh',
    text: '她说：“好了！”他笑了。',
    expected: ['她说：“好了！”', '他笑了。'],
  },
  { name: 'half-width ?!', locale: 'zh', text: '你确定吗?是的!开始。', expected: ['你确定吗?', '是的!', '开始。'] },
  {
    name: 'Latin text and numbers inside Chinese',
    locale: 'zh',
    text: '基于 LLM 的 RAG 框架。版本 v1.0.0。缩短 1.5 秒。',
    expected: ['基于 LLM 的 RAG 框架。', '版本 v1.0.0。', '缩短 1.5 秒。'],
  },
  {
    name: 'Latin abbreviations inside Chinese',
    locale: 'zh',
    text: '由 Dr. Wang 主持。',
    expected: ['由 Dr. Wang 主持。'],
    rule: 'title-before-name',
  },
  // Thai.
  {
    name: 'Thai date',
    locale: 'th',
    text: 'วันที่ 19 ตุลาคม 2566 ทั้งสองฝ่ายได้หารือร่วมกันที่ทำเนียบรัฐบาล',
    expected: ['วันที่ 19 ตุลาคม 2566 ทั้งสองฝ่ายได้หารือร่วมกันที่ทำเนียบรัฐบาล'],
    rule: 'date-day-month',
  },
  {
    name: 'Thai era before a year',
    locale: 'th',
    text: 'ก่อตั้งขึ้นในปี พ.ศ. 2544',
    expected: ['ก่อตั้งขึ้นในปี พ.ศ. 2544'],
    rule: 'date-month-year',
  },
  {
    name: 'Thai title before a name',
    locale: 'th',
    text: 'ศาสตราจารย์ นฤมล ภิญโญสินวัฒน์ ผู้แทนการค้าไทย',
    expected: ['ศาสตราจารย์ นฤมล ภิญโญสินวัฒน์ ผู้แทนการค้าไทย'],
    rule: 'title-before-name',
  },
  {
    name: 'Thai given name before surname',
    locale: 'th',
    text: 'นายกรัฐมนตรีหารือกับนายหาน จื้อเฉียง เอกอัครราชทูตจีน',
    expected: ['นายกรัฐมนตรีหารือกับนายหาน จื้อเฉียง เอกอัครราชทูตจีน'],
    rule: 'given-name-before-surname',
  },
  {
    name: 'Thai number and unit',
    locale: 'th',
    text: 'มอบเงินบริจาค 7.2 ล้านบาท และงบประมาณอีก 5 พันล้านบาท',
    expected: ['มอบเงินบริจาค 7.2 ล้านบาท และงบประมาณอีก 5 พันล้านบาท'],
    rule: 'number-before-unit',
  },
  {
    name: 'Latin brand inside Thai',
    locale: 'th',
    text: 'นาย Jimmy Chen จาก Tencent Cloud International เข้าพบ',
    expected: ['นาย Jimmy Chen จาก Tencent Cloud International เข้าพบ'],
    rule: 'latin-name',
  },
  {
    name: 'Thai short quotation',
    locale: 'th',
    text: 'ดังคำที่กล่าวว่า “ไทยพร้อมแล้ว ทั้งนี้ขอให้ทุกฝ่ายร่วมมือกัน” ต่อที่ประชุมใหญ่',
    expected: ['ดังคำที่กล่าวว่า “ไทยพร้อมแล้ว ทั้งนี้ขอให้ทุกฝ่ายร่วมมือกัน” ต่อที่ประชุมใหญ่'],
    rule: 'inside-short-quotation',
  },
  {
    name: 'Thai parentheses',
    locale: 'th',
    text: 'คณะผู้แทนหารือกับนายกรัฐมนตรีที่ทำเนียบรัฐบาล (ณ ห้องสีม่วง ซึ่งตกแต่งใหม่) ซึ่งนายกรัฐมนตรียินดีต้อนรับ',
    expected: ['คณะผู้แทนหารือกับนายกรัฐมนตรีที่ทำเนียบรัฐบาล (ณ ห้องสีม่วง ซึ่งตกแต่งใหม่)', 'ซึ่งนายกรัฐมนตรียินดีต้อนรับ'],
    rule: 'inside-parentheses',
  },
  {
    name: 'Thai repetition mark and ฯลฯ',
    locale: 'th',
    text: 'ผลไม้ต่าง ๆ เช่น ทุเรียน มังคุด ฯลฯ',
    expected: ['ผลไม้ต่าง ๆ เช่น ทุเรียน มังคุด ฯลฯ'],
    rule: 'before-repetition-mark',
  },
  {
    name: 'Thai particles',
    locale: 'th',
    text: 'ขายดีมาก ครับ ทั้งนี้ผู้ซื้อพอใจ',
    expected: ['ขายดีมาก ครับ', 'ทั้งนี้ผู้ซื้อพอใจ'],
    rule: 'after-final-particle',
  },
  {
    name: 'space before a Thai particle',
    locale: 'th',
    text: 'ขายดีมาก ครับ',
    expected: ['ขายดีมาก ครับ'],
    rule: 'before-particle',
  },
  {
    name: 'Thai continuing conjunction',
    locale: 'th',
    text: 'ราคาสินค้าปรับตัวสูงขึ้นอย่างต่อเนื่องในปีนี้ แต่ผู้บริโภคยังซื้อ',
    expected: ['ราคาสินค้าปรับตัวสูงขึ้นอย่างต่อเนื่องในปีนี้ แต่ผู้บริโภคยังซื้อ'],
    rule: 'before-continuing-conjunction',
  },
  {
    name: 'Thai reported speech',
    locale: 'th',
    text: 'โฆษกรัฐบาลกล่าวว่า ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือ',
    expected: ['โฆษกรัฐบาลกล่าวว่า ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือ'],
    rule: 'after-reported-speech',
  },
  {
    name: 'Thai dangling preposition',
    locale: 'th',
    text: 'ผู้แทนการค้าหารือกับผู้บริหารระดับสูงของบริษัท ณ ทำเนียบ โดยนายกรัฐมนตรีเป็นประธาน',
    expected: ['ผู้แทนการค้าหารือกับผู้บริหารระดับสูงของบริษัท ณ ทำเนียบ', 'โดยนายกรัฐมนตรีเป็นประธาน'],
    rule: 'after-dangling-word',
  },
  {
    name: 'Thai discourse opener',
    locale: 'th',
    text: 'บริษัทเปิดตัวบริการใหม่ในประเทศไทยเมื่อเดือนที่แล้ว ทั้งนี้บริษัทมีศูนย์ข้อมูลในกรุงเทพฯ',
    expected: ['บริษัทเปิดตัวบริการใหม่ในประเทศไทยเมื่อเดือนที่แล้ว', 'ทั้งนี้บริษัทมีศูนย์ข้อมูลในกรุงเทพฯ'],
    rule: 'discourse-opener',
  },
  {
    name: 'Thai โดย with a new subject',
    locale: 'th',
    text: 'ทั้งสองฝ่ายเห็นพ้องที่จะสร้างมูลค่าทางการค้าร่วมกัน โดยนายกรัฐมนตรีขอบคุณฝ่ายจีน',
    expected: ['ทั้งสองฝ่ายเห็นพ้องที่จะสร้างมูลค่าทางการค้าร่วมกัน', 'โดยนายกรัฐมนตรีขอบคุณฝ่ายจีน'],
    rule: 'by-new-subject',
  },
  {
    name: 'Thai โดย + verb goes on (no subject of its own)',
    locale: 'th',
    text: 'รัฐบาลพร้อมสนับสนุนผู้ประกอบการขนาดกลางและขนาดย่อมทั่วประเทศ โดยเชื่อมั่นว่าจะช่วยเพิ่มการจ้างงาน',
    expected: ['รัฐบาลพร้อมสนับสนุนผู้ประกอบการขนาดกลางและขนาดย่อมทั่วประเทศ โดยเชื่อมั่นว่าจะช่วยเพิ่มการจ้างงาน'],
  },
  {
    name: 'Thai relative ซึ่ง stays with its noun',
    locale: 'th',
    text: 'คณะผู้แทนเข้าร่วมงานประชุมวิชาการนานาชาติด้านพลังงานสะอาด ซึ่งจัดขึ้นเป็นครั้งแรกในภูมิภาค',
    expected: ['คณะผู้แทนเข้าร่วมงานประชุมวิชาการนานาชาติด้านพลังงานสะอาด ซึ่งจัดขึ้นเป็นครั้งแรกในภูมิภาค'],
  },
  {
    name: 'Thai อีกทั้ง goes on',
    locale: 'th',
    text: 'โครงการนี้ช่วยลดต้นทุนการขนส่งสินค้าเกษตรของเกษตรกรในพื้นที่ห่างไกล อีกทั้งยังเพิ่มรายได้ให้ชุมชน',
    expected: ['โครงการนี้ช่วยลดต้นทุนการขนส่งสินค้าเกษตรของเกษตรกรในพื้นที่ห่างไกล อีกทั้งยังเพิ่มรายได้ให้ชุมชน'],
  },
  {
    name: 'Thai ขณะที่ + a new subject',
    locale: 'th',
    text: 'ยอดส่งออกผลไม้สดไปยังตลาดต่างประเทศเพิ่มขึ้นต่อเนื่องตลอดทั้งปี ขณะที่ราคาในประเทศยังทรงตัว',
    expected: ['ยอดส่งออกผลไม้สดไปยังตลาดต่างประเทศเพิ่มขึ้นต่อเนื่องตลอดทั้งปี', 'ขณะที่ราคาในประเทศยังทรงตัว'],
    rule: 'discourse-opener',
  },
  {
    name: 'Thai attribution stays with its quotation',
    locale: 'th',
    text: '“เราพร้อมสนับสนุนผู้ประกอบการไทยให้เติบโตในตลาดโลกอย่างยั่งยืน” นายสมชาย กล่าว',
    expected: ['“เราพร้อมสนับสนุนผู้ประกอบการไทยให้เติบโตในตลาดโลกอย่างยั่งยืน” นายสมชาย กล่าว'],
    rule: 'attribution-after-quotation',
  },
  {
    name: 'Thai สำหรับ + a topic opens a sentence',
    locale: 'th',
    text: 'ศูนย์ฝึกอบรมแห่งใหม่เปิดให้บริการแก่ผู้ประกอบการทั่วประเทศแล้ว สำหรับปีหน้าจะขยายไปยังภาคเหนือ',
    expected: ['ศูนย์ฝึกอบรมแห่งใหม่เปิดให้บริการแก่ผู้ประกอบการทั่วประเทศแล้ว', 'สำหรับปีหน้าจะขยายไปยังภาคเหนือ'],
    rule: 'as-for-topic',
  },
  {
    name: 'Thai สำหรับ + a noun goes on',
    locale: 'th',
    text: 'บริษัทจะจัดซื้อชิ้นส่วนยานยนต์จากผู้ผลิตในประเทศเป็นจำนวนมาก สำหรับสายการผลิตใหม่',
    expected: ['บริษัทจะจัดซื้อชิ้นส่วนยานยนต์จากผู้ผลิตในประเทศเป็นจำนวนมาก สำหรับสายการผลิตใหม่'],
  },
  {
    name: 'Thai ที่ผ่านมา after a clause frames the next one',
    locale: 'th',
    text: 'กระทรวงได้เร่งพัฒนาระบบบริการออนไลน์ให้ประชาชนใช้งานได้สะดวกขึ้น ที่ผ่านมามีผู้ใช้งานกว่าหนึ่งล้านราย',
    expected: ['กระทรวงได้เร่งพัฒนาระบบบริการออนไลน์ให้ประชาชนใช้งานได้สะดวกขึ้น', 'ที่ผ่านมามีผู้ใช้งานกว่าหนึ่งล้านราย'],
    rule: 'in-the-past-frame',
  },
  {
    name: 'Thai ที่ผ่านมา after a date closes it',
    locale: 'th',
    text: 'คณะผู้แทนการค้าเดินทางเยือนประเทศไทยระหว่างวันที่ 13-15 มีนาคม 2567 ที่ผ่านมาเพื่อหารือการลงทุน',
    expected: ['คณะผู้แทนการค้าเดินทางเยือนประเทศไทยระหว่างวันที่ 13-15 มีนาคม 2567 ที่ผ่านมาเพื่อหารือการลงทุน'],
  },
  {
    name: 'Thai bare new subject and verb',
    locale: 'th',
    text: 'การประชุมครั้งนี้ได้ข้อสรุปเรื่องแผนพัฒนาโครงสร้างพื้นฐานระยะยาว รัฐบาลจะเร่งเสนอแผนต่อคณะรัฐมนตรี',
    expected: ['การประชุมครั้งนี้ได้ข้อสรุปเรื่องแผนพัฒนาโครงสร้างพื้นฐานระยะยาว', 'รัฐบาลจะเร่งเสนอแผนต่อคณะรัฐมนตรี'],
    rule: 'bare-new-subject',
  },
  {
    name: 'Thai หาก + a new subject',
    locale: 'th',
    text: 'การลงทุนด้านพลังงานสะอาดเพิ่มขึ้นอย่างต่อเนื่องในช่วงสามปีหลัง หากไทยรักษาแนวโน้มนี้ได้จะเป็นผู้นำภูมิภาค',
    expected: ['การลงทุนด้านพลังงานสะอาดเพิ่มขึ้นอย่างต่อเนื่องในช่วงสามปีหลัง', 'หากไทยรักษาแนวโน้มนี้ได้จะเป็นผู้นำภูมิภาค'],
    rule: 'if-new-subject',
  },
  {
    name: 'Thai โดยเฉพาะ goes on',
    locale: 'th',
    text: 'ไทยพร้อมร่วมมือกับจีนเพื่อยกระดับความร่วมมือที่เป็นประโยชน์ร่วมกัน โดยเฉพาะด้านการค้า',
    expected: ['ไทยพร้อมร่วมมือกับจีนเพื่อยกระดับความร่วมมือที่เป็นประโยชน์ร่วมกัน โดยเฉพาะด้านการค้า'],
  },
  {
    name: 'Thai ซึ่ง with a new subject',
    locale: 'th',
    text: 'คณะผู้แทนพร้อมสนับสนุนระบบนิเวศทางเทคโนโลยีในไทย ซึ่งนายกรัฐมนตรีเห็นพ้อง',
    expected: ['คณะผู้แทนพร้อมสนับสนุนระบบนิเวศทางเทคโนโลยีในไทย', 'ซึ่งนายกรัฐมนตรีเห็นพ้อง'],
    rule: 'which-new-subject',
  },
  {
    name: 'Thai relative ซึ่งเป็น goes on',
    locale: 'th',
    text: 'รวมทั้งเชื่อมั่นว่าในปีหน้าที่จะมาถึงนี้ ซึ่งเป็นปีแห่งการเฉลิมฉลอง',
    expected: ['รวมทั้งเชื่อมั่นว่าในปีหน้าที่จะมาถึงนี้ ซึ่งเป็นปีแห่งการเฉลิมฉลอง'],
  },
  {
    name: 'Thai other party (ด้าน + person)',
    locale: 'th',
    text: 'ทั้งสองฝ่ายหารือถึงความร่วมมือด้านการลงทุนอย่างใกล้ชิด ด้านนายกรัฐมนตรีกล่าวว่า รัฐบาลพร้อม',
    expected: ['ทั้งสองฝ่ายหารือถึงความร่วมมือด้านการลงทุนอย่างใกล้ชิด', 'ด้านนายกรัฐมนตรีกล่าวว่า รัฐบาลพร้อม'],
    rule: 'other-party',
  },
  {
    name: 'Thai "as follows"',
    locale: 'th',
    text: 'โฆษกประจำสำนักนายกรัฐมนตรี สรุปสาระสำคัญ ดังนี้ นายกรัฐมนตรีกล่าวยินดี',
    expected: ['โฆษกประจำสำนักนายกรัฐมนตรี สรุปสาระสำคัญ ดังนี้', 'นายกรัฐมนตรีกล่าวยินดี'],
    rule: 'after-as-follows',
  },
  {
    name: 'Thai question mark',
    locale: 'th',
    text: 'พร้อมหรือยัง? เริ่มเลย',
    expected: ['พร้อมหรือยัง?', 'เริ่มเลย'],
    rule: 'question-exclamation',
  },
  {
    name: "Thai reporter's question after a short answer",
    locale: 'th',
    text: 'นายกฯ กล่าวว่า ใช่ครับ พยายามทำ เมื่อถามว่า มีปัจจัยอะไรที่ทำให้มั่นใจ',
    expected: ['นายกฯ กล่าวว่า ใช่ครับ', 'พยายามทำ', 'เมื่อถามว่า มีปัจจัยอะไรที่ทำให้มั่นใจ'],
    rule: 'reporter-question',
  },
  {
    name: 'Thai ดังนั้น concludes the premise that opened the sentence',
    locale: 'th',
    text: 'ธนาคารเปิดเผยว่า ตามนโยบายภาครัฐที่ต้องการส่งเสริมการท่องเที่ยวไทย ดังนั้น ธนาคารพร้อมสนับสนุนผู้ประกอบการ',
    expected: ['ธนาคารเปิดเผยว่า ตามนโยบายภาครัฐที่ต้องการส่งเสริมการท่องเที่ยวไทย ดังนั้น ธนาคารพร้อมสนับสนุนผู้ประกอบการ'],
    rule: 'conclusion-after-premise',
  },
  {
    name: 'Thai topic phrase (ด้าน…) heads the clause after it',
    locale: 'th',
    text: 'ทั้งนี้ ในการประชุมครั้งนี้ได้หารือหลายเรื่องสำคัญ ด้านคมนาคม รัฐบาลจะเร่งพัฒนาระบบรางทั่วประเทศ',
    expected: ['ทั้งนี้ ในการประชุมครั้งนี้ได้หารือหลายเรื่องสำคัญ ด้านคมนาคม รัฐบาลจะเร่งพัฒนาระบบรางทั่วประเทศ'],
    rule: 'clause-after-topic',
  },
  {
    name: 'Thai ที่ผ่านมา after a weekday closes the date',
    locale: 'th',
    text: 'คณะรัฐมนตรีได้อนุมัติโครงการนี้ในการประชุมเมื่อวันอังคาร ที่ผ่านมา เพื่อเร่งการลงทุน',
    expected: ['คณะรัฐมนตรีได้อนุมัติโครงการนี้ในการประชุมเมื่อวันอังคาร ที่ผ่านมา เพื่อเร่งการลงทุน'],
    rule: 'date-in-the-past',
  },
  {
    name: 'Thai noun-phrase subject and its modal open a sentence',
    locale: 'th',
    text: 'กระทรวงพาณิชย์เร่งเจรจาเปิดตลาดใหม่ให้สินค้าเกษตรตลอดปีที่ผ่านมา ผู้ส่งออกรายย่อยจะได้รับสิทธิประโยชน์ทางภาษีเพิ่มขึ้น',
    expected: ['กระทรวงพาณิชย์เร่งเจรจาเปิดตลาดใหม่ให้สินค้าเกษตรตลอดปีที่ผ่านมา', 'ผู้ส่งออกรายย่อยจะได้รับสิทธิประโยชน์ทางภาษีเพิ่มขึ้น'],
    rule: 'subject-before-modal',
  },
  {
    name: 'Thai additive adverb closes its clause',
    locale: 'th',
    text: 'ระบบใหม่ช่วยลดเวลาการยื่นเอกสารของผู้ประกอบการได้อีกด้วย ปีหน้ากรมศุลกากรเตรียมขยายบริการไปทั่วประเทศ',
    expected: ['ระบบใหม่ช่วยลดเวลาการยื่นเอกสารของผู้ประกอบการได้อีกด้วย', 'ปีหน้ากรมศุลกากรเตรียมขยายบริการไปทั่วประเทศ'],
    rule: 'after-additive-adverb',
  },
  {
    name: 'Thai ก็ after a condition stays with it',
    locale: 'th',
    text: 'หากราคาน้ำมันในตลาดโลกยังสูงต่อเนื่องอีกหลายเดือน ต้นทุนการขนส่งก็จะเพิ่มขึ้นตามไปด้วย',
    expected: ['หากราคาน้ำมันในตลาดโลกยังสูงต่อเนื่องอีกหลายเดือน ต้นทุนการขนส่งก็จะเพิ่มขึ้นตามไปด้วย'],
    rule: 'consequence-after-condition',
  },
  {
    name: 'Thai short topic phrase stays with its clause',
    locale: 'th',
    text: 'โอกาสนี้ ในการเยือน ทั้งสองฝ่ายได้เชิญเยือนอย่างเป็นทางการ',
    expected: ['โอกาสนี้ ในการเยือน ทั้งสองฝ่ายได้เชิญเยือนอย่างเป็นทางการ'],
  },
];

const trimmed = (text: string, locale: Locale, protect?: readonly (readonly [number, number])[]): string[] =>
  splitSentences(text, locale, protect).map((sentence) => sentence.trim());

describe('segmentation behaviours', () => {
  it.each(BEHAVIOURS.map((b) => [`${b.locale}: ${b.name}`, b] as const))('%s', (_name, behaviour) => {
    expect(trimmed(behaviour.text, behaviour.locale)).toEqual(behaviour.expected);
    if (behaviour.rule) {
      const rules = explainSentenceBreaks(behaviour.text, behaviour.locale).map((decision) => decision.rule);
      expect(rules).toContain(behaviour.rule);
    }
  });

  it('keeps a short Thai sentence when the topic phrase is shorter than minLength', () => {
    const decisions = explainSentenceBreaks('โอกาสนี้ ในการเยือน ทั้งสองฝ่ายได้เชิญเยือนอย่างเป็นทางการ', 'th');
    expect(decisions.map((d) => d.rule)).toContain('min-length');
  });

  it('checks แต่ as a word: แต่ละ ("each") is not the conjunction', () => {
    const rules = explainSentenceBreaks('ผู้ผลิตหลายรายปรับราคาขึ้นตามต้นทุนที่เพิ่มขึ้นในปีนี้ แต่ละบริษัทจึงต้องปรับตัว', 'th');
    expect(rules.map((d) => d.rule)).toEqual(['fallback']);
  });
});

describe('a judge of the undecided candidates (bench/thai-boundary-model.ts)', () => {
  // Two clauses with no marker word (`fallback`), then a particle (`after-final-particle`).
  const text = 'ผู้ผลิตหลายรายปรับราคาขึ้นตามต้นทุนที่เพิ่มขึ้นในปีนี้ ลูกค้าส่วนใหญ่ยังซื้อสินค้าเหมือนเดิมครับ ขอบคุณ';
  it('decides only the candidates no rule matched, and a judge that never breaks changes nothing', () => {
    const asked: number[] = [];
    const judged = sentenceBreaksJudged(text, 'th', [], (_work, offset) => {
      asked.push(offset);
      return false;
    });
    expect(judged).toEqual(sentenceBreaks(text, 'th'));
    const undecided = explainSentenceBreaks(text, 'th').filter((d) => d.rule === 'fallback');
    expect(asked).toEqual(undecided.map((d) => d.offset));
  });
  it('makes a break where it says so, named `model`, still subject to minLength', () => {
    const decisions: string[] = [];
    sentenceBreaksJudged(
      text,
      'th',
      [],
      () => true,
      (d) => decisions.push(d.rule),
    );
    expect(decisions).toEqual(['model', 'after-final-particle']);
    expect(sentenceBreaksJudged('สั้นมาก ลูกค้ายังซื้อ', 'th', [], () => true)).toEqual([]);
  });
});

describe('protect ranges', () => {
  // The Markdown layer hands over plain text: `Read **the guide. It helps.** Then start.` with the emphasis protected.
  const text = 'Read the guide. It helps. Then start.';
  it('breaks where nothing is protected', () => {
    expect(trimmed(text, 'en')).toEqual(['Read the guide.', 'It helps.', 'Then start.']);
  });
  it('keeps emphasis that spans a boundary in one sentence', () => {
    const start = text.indexOf('the guide');
    const end = text.indexOf(' Then');
    expect(trimmed(text, 'en', [[start, end]])).toEqual(['Read the guide. It helps.', 'Then start.']);
    expect(explainSentenceBreaks(text, 'en', [[start, end]]).map((d) => d.rule)).toContain('protected');
  });
  it('allows a break at the very start or end of a range', () => {
    const breaks = sentenceBreaks('One. Two. Three.', 'en', [[5, 10]]);
    expect(breaks).toEqual([5, 10]);
  });
  it('merges overlapping and unsorted ranges', () => {
    expect(
      sentenceBreaks('One. Two. Three. Four.', 'en', [
        [12, 19],
        [3, 8],
        [6, 13],
      ]),
    ).toEqual([]);
  });
});

describe('U+FFFC stand-ins', () => {
  it('starts a sentence like a capitalized word', () => {
    expect(trimmed('Run the installer. \uFFFC sets everything up.', 'en')).toEqual([
      'Run the installer.',
      '\uFFFC sets everything up.',
    ]);
  });
  it('is a word in Thai and Chinese', () => {
    expect(trimmed('ทั้งนี้ บริษัท \uFFFC เป็นเจ้าของ \uFFFC ซึ่งได้รับความนิยมสูงสุด', 'th')).toEqual([
      'ทั้งนี้ บริษัท \uFFFC เป็นเจ้าของ \uFFFC ซึ่งได้รับความนิยมสูงสุด',
    ]);
    expect(trimmed('使用 \uFFFC 格式化代码。然后提交。', 'zh')).toEqual(['使用 \uFFFC 格式化代码。', '然后提交。']);
  });
  it('keeps offsets in the original text', () => {
    const text = 'Use \uFFFC. It works.';
    expect(sentenceBreaks(text, 'en')).toEqual([text.indexOf('It')]);
  });
});

describe('edge cases', () => {
  it.each(LOCALES)('returns no break for empty, one-character and blank text (%s)', (locale) => {
    expect(sentenceBreaks('', locale)).toEqual([]);
    expect(sentenceBreaks('。', locale)).toEqual([]);
    expect(sentenceBreaks('   \n  ', locale)).toEqual([]);
  });
  it('never makes a sentence of white space alone', () => {
    expect(splitSentences('  Hello there. Bye.  ', 'en')).toEqual(['  Hello there. ', 'Bye.  ']);
    expect(splitSentences('  สวัสดี  ', 'th')).toEqual(['  สวัสดี  ']);
  });
});

describe('rule data', () => {
  it('refuses a rule set that declares a rule twice', () => {
    const rule = { name: 'twice', break: false };
    expect(() => compileLocale({ ...SENTENCE_RULES.en, rules: [rule, rule] })).toThrow(SentenceRuleError);
    expect(() => compileLocale({ ...SENTENCE_RULES.en, rules: [rule, rule] })).toThrow(/rules\/en\.ts: rule "twice"/);
  });
  it('refuses a candidate pattern without the g flag', () => {
    expect(() => compileLocale({ ...SENTENCE_RULES.th, candidates: [/ +/] })).toThrow(/expected the g flag/);
  });

  it.skipIf(!needsShared('corpus'))('exercises every rule in a behaviour or a fixture', () => {
    // Rules are shared between locales (the English abbreviations also serve Latin text inside Chinese), so a rule
    // counts as exercised when it decides a candidate in any locale that uses it.
    const fired = new Set<string>();
    for (const locale of LOCALES) {
      const texts = [
        ...BEHAVIOURS.filter((b) => b.locale === locale).map((b) => b.text),
        ...loadCases(locale).map((c) => c.text),
      ];
      for (const text of texts) for (const d of explainSentenceBreaks(text, locale)) fired.add(d.rule);
    }
    const unused = LOCALES.flatMap((locale) =>
      SENTENCE_RULES[locale].rules.map((rule) => rule.name).filter((name) => !fired.has(name)),
    );
    expect(unused).toEqual([]);
  });
});
