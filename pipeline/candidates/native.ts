// Names written in Thai or Han script, which no capital letter marks: found by what the text says around them —
// a company word (บริษัท …ฯ, บริษัท … จำกัด, …公司, …集团) or a Latin spelling in brackets after a transliteration.
import type { NameSpan } from './names.ts';
import { GAP } from './prose.ts';

const THAI_WORD = '\\p{Script=Thai}+';
const THAI_NAME = `${THAI_WORD}(?: ${THAI_WORD}){0,3}`;

/** บริษัทหัวเว่ยฯ: the company word, the name and the abbreviation mark, with nothing between. */
const COMPANY_ABBREVIATED = new RegExp(`บริษัท ?(${THAI_WORD})ฯ`, 'gu');
/** บริษัท โอโมดา แอนด์ เจคู (ประเทศไทย) จำกัด: the words between the company word and its legal ending. */
// (ประเทศไทย) may arrive with ไทย masked as a glossary term.
const COMPANY_REGISTERED = new RegExp(`บริษัท (${THAI_NAME}) (?:\\(ประเทศ[^)]*\\)|จำกัด|\\(มหาชน\\))`, 'gu');
/**
 * นายไซมอน หลิน (Mr. Simon Lin): a person's transliterated name, honorific first, then the Latin spelling in
 * brackets. Without the honorific a bracketed gloss is as often a term (ปัญญาประดิษฐ์ (Artificial Intelligence)).
 */
const GLOSSED =
  /((?:\p{Script=Thai}+ ?){1,4}) ?\((?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})\)/gu;
const HONORIFIC = /^(?:นางสาว|นาย|นาง|ดร\.)/u;

/** …公司 and …集团: the Han characters before the word, from the last particle or punctuation on. */
const HAN_COMPANY = /(\p{Script=Han}{2,10}?)(?:股份有限公司|有限公司|公司|集团)/gu;
const HAN_PARTICLES = /^.*[的与和及在是由将对从向等了把被以于、此本该其各每]/u;

function span(start: number, name: string): NameSpan {
  return { start, end: start + name.length, name };
}

function thaiNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const pattern of [COMPANY_ABBREVIATED, COMPANY_REGISTERED]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? '';
      out.push(span(match.index + match[0].indexOf(name), name));
    }
  }
  for (const match of text.matchAll(GLOSSED)) {
    // As many Thai words as the Latin spelling has: "ประธาน นายไซมอน หลิน (Mr. Simon Lin)" gives two.
    const latinWords = (match[2] ?? '').split(' ').length;
    const thai = (match[1] ?? '').trim().split(' ');
    if (thai.length < latinWords) continue;
    const words = thai.slice(-latinWords);
    if (!HONORIFIC.test(words[0] ?? '')) continue;
    words[0] = (words[0] ?? '').replace(HONORIFIC, '');
    const name = words.join(' ');
    if (name.length < 2) continue;
    out.push(span(match.index + (match[1] ?? '').lastIndexOf(name), name));
  }
  return out.sort((a, b) => a.start - b.start);
}

function hanNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const match of text.matchAll(HAN_COMPANY)) {
    const run = match[0];
    const name = run.replace(HAN_PARTICLES, '');
    // The company word alone ("本公司", "该集团") names nothing.
    if (name.length - (run.length - (match[1] ?? '').length) < 2) continue;
    const start = match.index + run.length - name.length;
    // 华为技术有限公司 with 华为 masked: a known company's full name, not a new one called 技术有限公司.
    if (name === run && text[start - 1] === GAP) continue;
    out.push(span(start, name));
  }
  return out;
}

/** Thai- or Han-script names in a unit of prose of that locale; glossary terms should already be masked. */
export function findNativeNames(text: string, locale: 'th' | 'zh'): NameSpan[] {
  return locale === 'th' ? thaiNames(text) : hanNames(text);
}
