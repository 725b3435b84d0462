// Numbers written as words or month names. They are optional evidence: a source "10" may be rendered "ten",
// "十" or "สิบ", and a source "2月" may be rendered "February", so these values can stand in for a missing
// digit number, but nobody is required to write them out as digits.
import { EN_MONTHS, TH_MONTHS, TH_MONTHS_SHORT } from '../calendar.ts';
import { valueKey, type NumberValue } from './number-values.ts';

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_BIG: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_VALUE = new Map<string, number>([
  ...EN_UNITS.map((w, i): [string, number] => [w, i]),
  ...EN_TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);
const EN_WORD = `(?:${[...EN_UNITS, ...EN_TENS].join('|')})`;
const EN_NUMBER = new RegExp(
  String.raw`\b${EN_WORD}(?:(?:[ -]|[ ]and[ ])(?:${EN_WORD}|hundred|thousand|million|billion|trillion))*\b`,
  'gi',
);
const EN_TOKEN = /[a-z]+/g;

// "May" is only a month with a capital M; abbreviations may carry a full stop.
const EN_MONTH =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![A-Za-z])/g;
const TH_MONTH = new RegExp([...TH_MONTHS, ...TH_MONTHS_SHORT].map((m) => m.replace(/\./g, '\\.')).join('|'), 'g');

// Chinese and Thai numerals are digit words and unit words. Units below the big unit add to a section; a big unit
// (万, 亿, ล้าน) closes it. Look-aheads keep common look-alikes out: สามารถ (can), ห้าม (forbid), ห้าง (store),
// เก้าอี้ (chair), ยี่ห้อ (brand), พันธ์ (kind), ร้อยละ (percent).
const ZH_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const TH_DIGIT: Record<string, number> = {
  หนึ่ง: 1,
  เอ็ด: 1,
  สอง: 2,
  ยี่: 2,
  สาม: 3,
  สี่: 4,
  ห้า: 5,
  หก: 6,
  เจ็ด: 7,
  แปด: 8,
  เก้า: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, สิบ: 10, ร้อย: 100, พัน: 1e3, หมื่น: 1e4, แสน: 1e5 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8, ล้าน: 1e6 };
const ZH_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/g;
const TH_TOKEN = 'หนึ่ง|เอ็ด|สอง|ยี่(?=สิบ)|สาม(?!ารถ)|สี่|ห้า(?![มง])|หก|เจ็ด|แปด|เก้า(?!อี้)|สิบ|ร้อย(?!ละ)|พัน(?!ธ)|หมื่น|แสน|ล้าน';
const TH_NUMERAL = new RegExp(`(?:${TH_TOKEN})+`, 'g');
const TH_PART = new RegExp(TH_TOKEN, 'g');
const ZH_HINT = /[一二两三四五六七八九十]/;
const TH_HINT = /[\u0e01-\u0e4e]/;

function value(n: number, surface: string): NumberValue {
  const [mantissa = '0', exp = '0'] = n.toExponential().split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  const key = valueKey(int + frac, Number(exp) - frac.length);
  return { key, value: n, surface };
}

/** Reads digit and unit words in order (一百二十, สามสิบห้า, 五千万). */
function numeral(parts: Iterable<string>): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const part of parts) {
    const d = ZH_DIGIT[part] ?? TH_DIGIT[part];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[part];
    if (small !== undefined) {
      section += (digit < 0 ? 1 : digit) * small;
    } else {
      const big = BIG_UNIT[part] ?? 1;
      const below = section + Math.max(digit, 0);
      // The largest unit multiplies everything before it (五万亿 = 5 × 10^12); a smaller one only its section.
      total = big === 1e8 || big === 1e6 ? (total + below || 1) * big : total + (below || 1) * big;
      section = 0;
    }
    digit = -1;
  }
  return total + section + Math.max(digit, 0);
}

function englishNumber(words: string): number {
  let total = 0;
  let current = 0;
  const lower = words.toLowerCase();
  EN_TOKEN.lastIndex = 0;
  for (let m = EN_TOKEN.exec(lower); m; m = EN_TOKEN.exec(lower)) {
    const word = m[0];
    const small = EN_VALUE.get(word);
    if (small !== undefined) current += small;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (EN_BIG[word] !== undefined) {
      total += (current || 1) * (EN_BIG[word] as number);
      current = 0;
    }
  }
  return total + current;
}

/** Numbers written as words (English, Chinese, Thai) and month names, as optional values. */
export function wordValues(text: string): NumberValue[] {
  const values: NumberValue[] = [];
  EN_NUMBER.lastIndex = 0;
  for (let m = EN_NUMBER.exec(text); m; m = EN_NUMBER.exec(text)) values.push(value(englishNumber(m[0]), m[0]));
  EN_MONTH.lastIndex = 0;
  for (let m = EN_MONTH.exec(text); m; m = EN_MONTH.exec(text)) {
    const month = m[1]
      ? EN_MONTHS.indexOf(m[1])
      : EN_MONTHS.findIndex((name) => name.startsWith((m?.[2] ?? '').slice(0, 3)));
    values.push(value(month + 1, m[0]));
  }
  if (ZH_HINT.test(text)) {
    ZH_NUMERAL.lastIndex = 0;
    for (let m = ZH_NUMERAL.exec(text); m; m = ZH_NUMERAL.exec(text)) values.push(value(numeral(m[0]), m[0]));
  }
  if (TH_HINT.test(text)) {
    TH_MONTH.lastIndex = 0;
    for (let m = TH_MONTH.exec(text); m; m = TH_MONTH.exec(text)) {
      const index = TH_MONTHS.indexOf(m[0]);
      values.push(value((index >= 0 ? index : TH_MONTHS_SHORT.indexOf(m[0])) + 1, m[0]));
    }
    TH_NUMERAL.lastIndex = 0;
    for (let m = TH_NUMERAL.exec(text); m; m = TH_NUMERAL.exec(text)) {
      TH_PART.lastIndex = 0;
      values.push(value(numeral(m[0].match(TH_PART) ?? []), m[0]));
    }
  }
  return values;
}
