// Thai sentence rules. Thai has no sentence punctuation: a space separates sentences, clauses, list items and
// phrases alike, and ICU returns a whole paragraph as one sentence. Every space is a candidate; a boundary needs a
// positive signal (a clause opener with its own subject or topic), and the exceptions before the break rules keep
// dates, numbers with units, names, Latin brands, quotations and lists together. A full stop is never a boundary in
// Thai: it only abbreviates (`พ.ศ.`, `กทม.`, `14.30 น.`), so no rule looks at it.
import { TH_MONTHS as TH_MONTH_NAMES, TH_MONTHS_SHORT } from '../../calendar.ts';
import { LINE_BREAK_CANDIDATE, SHARED_RULES } from './shared.ts';
import { alt, type BreakRule, type LocaleRules } from './types.ts';

/** Thai letters, vowels and tone marks (not digits or ๆ ฯ). */
const T = '\\u0E01-\\u0E4E';

/** Month names and their abbreviations. */
export const TH_MONTHS = [...TH_MONTH_NAMES, ...TH_MONTHS_SHORT];

/** Days of the week as a date names them (`เมื่อวันอังคาร ที่ผ่านมา`). */
export const TH_WEEKDAYS = ['วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันพฤหัสฯ', 'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์'] as const;

/** A reporter's question opens a sentence however short the answer before it was (`ใช่ครับ`). */
export const TH_QUESTIONS = ['ผู้สื่อข่าวถามว่า', 'เมื่อถามว่า', 'เมื่อถามถึง', 'ผู้สื่อข่าวถามถึง'] as const;

/** Openers of a cause or a premise: `ดังนั้น` or `จึง` later in the same sentence concludes it. */
export const TH_CAUSES = ['เนื่องจาก', 'เพราะ', 'ตาม', 'จาก', 'ด้วย', 'หาก', 'ถ้า', 'เมื่อ'] as const;

/** Eras and the words that stand before a year. */
export const TH_YEAR_WORDS = ['พ.ศ.', 'ค.ศ.', 'ปี'] as const;

/** Titles and ranks before a name (`ศาสตราจารย์ นฤมล ภิญโญสินวัฒน์`, `ดร. สมชาย`). */
export const TH_TITLES = [
  'นาย',
  'นาง',
  'นางสาว',
  'คุณ',
  'ดร.',
  'ศาสตราจารย์',
  'รองศาสตราจารย์',
  'ผู้ช่วยศาสตราจารย์',
  'ศ.',
  'รศ.',
  'ผศ.',
  'พล.อ.',
  'พล.ต.อ.',
  'พล.ร.อ.',
  'พล.อ.อ.',
  'พ.ต.อ.',
  'ม.ร.ว.',
  'ม.ล.',
  'หม่อมราชวงศ์',
  'Mr',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
] as const;

/** Units, counters and scales after a number (`80 ล้าน`, `14.30 น.`, `5 พันล้านบาท`, `73 วัน`). */
export const TH_UNITS = [
  'ล้าน',
  'พัน',
  'หมื่น',
  'แสน',
  'บาท',
  'ปี',
  'วัน',
  'คน',
  'บริษัท',
  'แห่ง',
  'น.',
  'นาที',
  'ชม.',
  'ชั่วโมง',
  'ระดับ',
  'เดือน',
  'สัปดาห์',
  'ครั้ง',
  'ราย',
  'อันดับ',
  'ประเทศ',
  'กิโลเมตร',
  'กม.',
  'เมตร',
  'ตัน',
  'เปอร์เซ็นต์',
  '%',
  'คัน',
  'หน่วย',
  'เท่า',
  'ดอลลาร์',
  'หยวน',
  'ลำ',
  'ไร่',
  'สาขา',
  'โครงการ',
  'ฉบับ',
  'ชิ้น',
] as const;

/** Sentence-final particles: a space after one ends the sentence, a space before one does not. */
export const TH_PARTICLES = ['ครับ', 'ค่ะ', 'คะ', 'นะ', 'นะคะ', 'นะครับ', 'จ้ะ', 'จ้า', 'เถอะ', 'สิ', 'ล่ะ', 'หรอก'] as const;

/** Conjunctions that continue the clause before them (`แต่` is checked as a word: `แต่ละ` is "each"). */
export const TH_CONTINUING = [
  'และ',
  'หรือ',
  'แต่',
  'รวมทั้ง',
  'รวมถึง',
  'เพื่อ',
  'เพราะ',
  'จึง',
  'ก็',
  'พร้อม',
  'ตลอดจน',
  'ทั้ง',
] as const;

/** A text ending with one of these cannot end a sentence: the phrase goes on after the space. */
export const TH_DANGLING = [
  'และ',
  'หรือ',
  'แต่',
  'ของ',
  'ณ',
  'กับ',
  'จาก',
  'เพื่อ',
  'โดย',
  'ซึ่ง',
  'ระหว่าง',
  'สำหรับ',
  'แก่',
  'จำนวน',
  'ได้แก่',
  'เช่น',
  'ให้',
  'ใน',
  'อาทิ',
  'ดังเช่น',
  'คือ',
] as const;

/** Words that open a new sentence after a space (`ทั้งนี้`, `นอกจากนี้`, `ทั้งสองฝ่าย` "both sides"). */
export const TH_OPENERS = [
  'ทั้งนี้',
  'นอกจากนี้',
  'นอกจากนั้น',
  'อนึ่ง',
  'พร้อมกันนี้',
  'อย่างไรก็ตาม',
  'อย่างไรก็ดี',
  'ทั้งสองฝ่าย',
  'ต่อมา',
  'ต่อจากนั้น',
  'จากนั้น',
  'ขณะเดียวกัน',
  'ในขณะเดียวกัน',
  'ดังนั้น',
  'ด้วยเหตุนี้',
  'ในโอกาสนี้',
  'ปัจจุบัน',
  'ขอขอบคุณ',
  'เมื่อถามว่า',
  'ผู้สื่อข่าวถามว่า',
  'เมื่อพิจารณาจาก',
  'ในขณะที่',
  'ขณะที่',
  'โดยเฉพาะในช่วง',
  'โดยเฉพาะเมื่อสัปดาห์',
  'โดยเฉพาะเมื่อเดือน',
  'โดยเฉพาะเมื่อวัน',
  'โดยเฉพาะเมื่อปี',
  'สอบถามข้อมูลเพิ่มเติม',
] as const;

/**
 * Who or what acts: after `โดย` or `ซึ่ง` one of these starts a clause with its own subject (`โดยนายกรัฐมนตรีกล่าว`,
 * `ซึ่งรัฐบาลให้ความสำคัญ`), where a verb (`โดยเชื่อมั่นว่า`, `ซึ่งเป็น`) only goes on with the clause before.
 */
export const TH_SUBJECTS = [
  'นาย',
  'นาง',
  'นางสาว',
  'ดร.',
  'รัฐบาล',
  'รัฐมนตรี',
  'บริษัท',
  'ท่าน',
  'เรา',
  'ตน',
  'ทาง',
  'ไทย',
  'กระทรวง',
  'บทบาท',
  'ข่าว',
  'จีน',
  'ผลการ',
  'เอกอัครราชทูต',
  'คณะ',
  'ภาค',
  'ตลาด',
  'สมาชิก',
  'ปัจจัย',
] as const;

/**
 * Time and scope phrases that frame the clause after them (`ซึ่งที่ผ่านมา`, `ซึ่งในการประชุม`, `โดยในปี`); `ภายหลัง`
 * only after `โดย`: `ซึ่งภายหลังดำรงตำแหน่ง` ("who, after taking office") is relative.
 */
export const TH_FRAMES = [
  'ที่ผ่านมา',
  'ในการประชุม',
  'ในปี',
  'ตลอดการ',
  'จริง ๆ แล้ว',
  'จริงๆ แล้ว',
  'เมื่อ',
  'ปัจจุบัน',
  'ในโอกาสนี้',
] as const;

/** After `สำหรับ` ("as for") these make a topic that opens a sentence; `สำหรับสายการผลิต` ("for the line") does not. */
export const TH_AS_FOR = ['ปี', 'ประเทศไทย', 'แผน', 'ประเด็น', 'อันดับ', 'ผู้ประกอบการ', 'หลักเกณฑ์', 'ด้าน'] as const;

/** Subjects that open a clause of their own when a verb or modal follows at once (TH_SUBJECT_VERBS). */
export const TH_BARE_SUBJECTS = [
  'รัฐบาล',
  'ประเทศไทย',
  'ไทย',
  'เรา',
  'ตนเอง',
  'สังคม',
  'ประชาชน',
  'นายกฯ ',
  'นายกรัฐมนตรี',
  'บีโอไอ',
  'บริษัทฯ ',
  'โครงการนี้',
] as const;

/** Verbs and modals that make the word before them a subject acting at once (`รัฐบาลจะ`, `นายกฯ กล่าว`). */
export const TH_SUBJECT_VERBS = ['จะ', 'ต้อง', 'มี', 'ตั้งเป้า', 'มุ่งมั่น', 'จำเป็น', 'กล่าว', 'ใช้ชีวิต', 'ตั้งใจ'] as const;

/** After `ด้าน` ("as for") a party or person starts a new sentence; `ด้านการค้า` ("in trade") does not. */
export const TH_PARTIES = [
  'นาย',
  'นาง',
  'ดร',
  'ศาสตราจารย์',
  'ทูต',
  'เอกอัครราชทูต',
  'ประธาน',
  'รัฐบาล',
  'รัฐมนตรี',
  'นายก',
  'ไทย',
  'จีน',
  'บริษัท',
  'ผู้',
  'โฆษก',
  'ฝ่าย',
  'คณะ',
  'กระทรวง',
  'สถาน',
  'หน่วยงาน',
] as const;

const SPACE = '[ \\t\\u00a0\\u3000]+';

export const TH_RULES: readonly BreakRule[] = [
  // Exceptions: never a boundary.
  { name: 'inside-short-quotation', break: false, requires: '“', before: /“[^“”\n]{0,120}/, after: /[^“”\n]{0,120}”/ },
  { name: 'inside-parentheses', break: false, requires: '(', before: /\([^()\n]{0,80}/, after: /[^()\n]{0,80}\)/ },
  {
    // Dotted titles must stand alone: the `ศ.` of `พ.ศ.` is not ศาสตราจารย์.
    name: 'title-before-name',
    break: false,
    before: new RegExp(
      `(?:${alt(TH_TITLES.filter((t) => !t.endsWith('.')))}|(?<![${T}.])(?:${alt(TH_TITLES.filter((t) => t.endsWith('.')))}))${SPACE}`,
    ),
  },
  {
    // `นายหาน จื้อเฉียง`, `ศาสตราจารย์ นฤมล ภิญโญสินวัฒน์`; `นายก…` is the prime minister, not a name.
    name: 'given-name-before-surname',
    break: false,
    before: new RegExp(`(?:(?:นางสาว|นาง|นาย(?!ก))[${T}]{1,20}|(?:ศาสตราจารย์|ดร\\.)${SPACE}[${T}]{1,20})${SPACE}`),
  },
  { name: 'date-day-month', break: false, before: /\d{1,2}[ \t\u00a0]+/, after: new RegExp(`(?:${alt(TH_MONTHS)})`) },
  {
    name: 'date-month-year',
    break: false,
    before: new RegExp(`(?:${alt([...TH_MONTHS, ...TH_YEAR_WORDS])})${SPACE}`),
    after: /\d/,
  },
  {
    name: 'number-before-unit',
    break: false,
    before: new RegExp(`\\d${SPACE}`),
    after: new RegExp(`(?:${alt(TH_UNITS)})`),
  },
  {
    // `Tencent Cloud International`, `Digital and Intelligent APAC Congress 2024`.
    name: 'latin-name',
    break: false,
    before: new RegExp(`[A-Za-z0-9][\\w.&'’-]*,?${SPACE}`),
    after: /[A-Za-z0-9]/,
  },
  { name: 'before-repetition-mark', break: false, after: /ๆ|ฯ/ },
  { name: 'before-particle', break: false, nextWord: TH_PARTICLES },
  // Strong boundaries: punctuation and particles end a sentence however short it is.
  { name: 'reporter-question', break: true, strong: true, after: new RegExp(`(?:${alt(TH_QUESTIONS)})`) },
  { name: 'question-exclamation', break: true, strong: true, before: new RegExp(`[?!][”’"')]*${SPACE}`) },
  {
    name: 'after-final-particle',
    break: true,
    strong: true,
    before: new RegExp(`(?:${alt(TH_PARTICLES.filter((p) => p !== 'นะ' && p !== 'สิ'))})${SPACE}`),
  },
  // Clause-level exceptions.
  { name: 'after-reported-speech', break: false, before: new RegExp(`(?<!ก)ว่า${SPACE}`) },
  { name: 'after-dangling-word', break: false, before: new RegExp(`(?:${alt(TH_DANGLING)})${SPACE}`) },
  // A short frame after `ซึ่ง`/`โดย` (`ซึ่งในโอกาสนี้ ทั้งสองฝ่าย…`) belongs to the clause it opens.
  { name: 'after-short-frame', break: false, before: new RegExp(`(?:ซึ่ง|โดย)[${T}]{1,12}${SPACE}`) },
  // A quotation's attribution stays with it (`…” นายนฤตม์ กล่าว`).
  { name: 'attribution-after-quotation', break: false, before: new RegExp(`”${SPACE}`), after: /(?!โดย|ซึ่ง)/ },
  // `ตามนโยบาย… ดังนั้น SME D Bank พร้อม…`: the conclusion belongs to the premise that opened the sentence.
  {
    name: 'conclusion-after-premise',
    break: false,
    before: new RegExp(`(?:^|${SPACE}|ว่า)(?:${alt(TH_CAUSES)})[^\n“”]{1,200}${SPACE}`),
    after: /ดังนั้น/,
  },
  // An opener wins over the conjunction it starts with (`พร้อมกันนี้`, `ทั้งสองฝ่าย`).
  { name: 'discourse-opener', break: true, after: new RegExp(`(?:${alt(TH_OPENERS)})`) },
  { name: 'before-continuing-conjunction', break: false, nextWord: TH_CONTINUING },
  // Other boundaries.
  { name: 'after-as-follows', break: true, before: new RegExp(`(?:ดังต่อไปนี้|ดังนี้)${SPACE}`) },
  {
    // A Latin name after `โดย` is a company or a person acting (`โดย Tencent เป็น…`, `โดย BOI พร้อม…`).
    name: 'by-new-subject',
    break: true,
    after: new RegExp(`โดย(?:${alt([...TH_SUBJECTS, ...TH_FRAMES, 'ภายหลัง'])}|${SPACE}\\p{Lu})`, 'u'),
  },
  { name: 'which-new-subject', break: true, after: new RegExp(`ซึ่ง(?:${alt([...TH_SUBJECTS, ...TH_FRAMES])})`) },
  { name: 'other-party', break: true, after: new RegExp(`ด้าน(?:${alt(TH_PARTIES)}|[A-Z])`) },
  { name: 'as-for-topic', break: true, after: new RegExp(`สำหรับ(?:${alt(TH_AS_FOR)})`) },
  // A topic phrase (`ด้านคมนาคม รัฐบาลยังเร่ง…`, `สำหรับปี 2568 นี้ บีโอไอมี…`) heads the clause after it.
  {
    name: 'clause-after-topic',
    break: false,
    before: new RegExp(`(?:^|${SPACE})(?:ใน)?(?:ด้าน|สำหรับ)[^s]{1,30}(?:${SPACE}นี้)?${SPACE}`),
  },
  // `เมื่อวันอังคาร ที่ผ่านมา`, `ในเดือนมีนาคม ที่ผ่านมา`: the phrase closes the date.
  {
    name: 'date-in-the-past',
    break: false,
    before: new RegExp(`(?:${alt([...TH_MONTHS, ...TH_WEEKDAYS, 'สัปดาห์', 'เดือน', 'ปี'])})${SPACE}`),
    after: /ที่ผ่านมา/,
  },
  // `ที่ผ่านมา` after a date closes it (`13-15 มีนาคม 2567 ที่ผ่านมา`); after a clause it frames the next one.
  { name: 'in-the-past-frame', break: true, before: new RegExp(`[${T}]${SPACE}`), after: /ที่ผ่านมา/ },
  {
    // A bare new subject and its verb after a complete clause: it acts at once, so it is no object or list item.
    name: 'bare-new-subject',
    break: true,
    after: new RegExp(`(?:${alt(TH_BARE_SUBJECTS)})(?:${alt(TH_SUBJECT_VERBS)})|ไม่มีเหตุผลใด`),
  },
  { name: 'if-new-subject', break: true, after: /หาก(?:เรา|ไทย|ประเทศ)/ },
  // `…ได้อีกด้วย`, `…ไปมากเช่นกัน`: an additive adverb closes its clause the way a particle does.
  { name: 'after-additive-adverb', break: true, before: new RegExp(`(?:อีกด้วย|เช่นกัน)${SPACE}`) },
  // `ถ้าคนของเรา… ติดยา ประเทศก็คง…`: the `ก็` after a condition is its consequence, not a new sentence.
  {
    name: 'consequence-after-condition',
    break: false,
    before: new RegExp(`(?:^|${SPACE}|แต่)(?:ถ้า|หาก)[^\n“”]{1,120}${SPACE}`),
    after: new RegExp(`[${T}]{1,30}?ก็`),
  },
  {
    // `สนามบินของประเทศไทยเราจะ…`, `นักท่องเที่ยวจีนก็…`: a noun phrase (8+ letters: no bare pronoun like เรา; no
    // relative ที่/ซึ่ง (`เที่ยว` holds none), no ว่า, not a negated verb) and a modal open a clause of their own.
    name: 'subject-before-modal',
    break: true,
    after: new RegExp(`(?!ไม่)(?:(?!(?<!เ)ที่|ว่า|ซึ่ง)[${T}]){8,30}?(?:ก็|จะ)`),
  },
];

export const TH: LocaleRules = {
  locale: 'th',
  // ICU returns a Thai paragraph as one sentence; its only breaks are after abbreviations (`น. `), all wrong.
  icu: false,
  candidates: [new RegExp(SPACE, 'g'), LINE_BREAK_CANDIDATE],
  rules: [...SHARED_RULES, ...TH_RULES],
  fallback: 'keep',
  minLength: 40,
};
