// The emulator's "translation": deterministic, reversible, and written in the target language's script, so the
// QA checks (script, numbers, links, Chinese punctuation) pass on its output the way they do on a real engine's.
//
// Each target script has a swap table: a bijection between letters of the source scripts and letters of the
// target script that is its own inverse (an involution), so `unpseudo(pseudoTranslate(s, t), t) === s`.
// Digits, white space and symbols pass through. Left as written, because the QA checks read them:
// URLs and e-mail addresses, and scale words right after a number ("80 million", "5 ล้าน").
// Han has thousands of ideographs and the other scripts a few dozen letters, so a Thai or Latin target writes each
// ideograph as a marker and a fixed number of letters that no swap touches (see HanCode); the marker makes the
// code self-delimiting, so the round trip stays exact.
// Limit: a letter of another script glued to a URL or e-mail address can move that link's boundary, and then the
// round trip is not exact.
import { decode } from 'html-entities';
import { HTML_TAG, URL_CHAR } from '../pipeline/patterns.ts';

/** The script a target language's pseudo-translation is written in. */
export type PseudoScript = 'thai' | 'han' | 'latin';

interface SwapTable {
  /** Code point → code point; `map.get(map.get(c)) === c` for every key. */
  map: Map<number, number>;
  /** Sentence punctuation is swapped to full width (Chinese), except between two digits (1,000 · 3.5 · 9:30). */
  fullWidthPunctuation: boolean;
  /** Thai scale words after a number are kept; never in the Thai table, whose swap could produce them. */
  keepThaiScale: boolean;
  /** How ideographs are written, for targets outside Han. */
  han?: HanCode;
}

/**
 * An ideograph as `marker` + `width` letters of `alphabet` (its index among the CJK ideographs in base
 * `alphabet.length`). Marker and alphabet are letters of the target script that the swap map leaves alone, so the
 * code reads back the same way it was written.
 */
interface HanCode {
  marker: number;
  alphabet: number[];
  /** Code point → digit. */
  digits: Map<number, number>;
  width: number;
}

const codePoints = (text: string): number[] => [...text].map((c) => c.codePointAt(0) as number);
const range = (start: number, length: number): number[] => Array.from({ length }, (_, i) => start + i);

const LATIN = codePoints('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
/** Thai letters and marks (U+0E01–U+0E4E without the baht sign): what a Thai source is written in. */
const THAI = range(0x0e01, 0x4e).filter((cp) => /[\p{L}\p{M}]/u.test(String.fromCodePoint(cp)));
/** 52 Thai letters a word can start with: the 46 consonants, sara a, and the five leading vowels. */
const THAI_FOR_LATIN = [...range(0x0e01, 46), 0x0e30, ...range(0x0e40, 5)];
/** Ideographs of the water radical (水, 氵…): no scale character (十百千万亿…) among them, so numbers stay readable. */
const HAN_FOR_LATIN = range(0x6c34, LATIN.length);
const HAN_FOR_THAI = range(0x6c34 + LATIN.length, THAI.length);
/** Latin Extended-A letters, for Thai going into a Latin-script language. */
const LATIN_EXT_FOR_THAI = range(0x0100, THAI.length);
const HALF_WIDTH = codePoints(',.:;!?');
/** CJK Unified Ideographs Extension A and the main block: what a Chinese source is written in. */
const HAN_BLOCKS: ReadonlyArray<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];
const HAN_COUNT = HAN_BLOCKS.reduce((n, [start, end]) => n + end - start + 1, 0);
const FULL_WIDTH = codePoints('，。：；！？');

function involution(...pairs: Array<[number[], number[]]>): Map<number, number> {
  const map = new Map<number, number>();
  for (const [a, b] of pairs) {
    if (a.length !== b.length) throw new Error(`pseudo: swap alphabets differ in length (${a.length} ≠ ${b.length})`);
    a.forEach((cp, i) => {
      const other = b[i] as number;
      if (map.has(cp) || map.has(other))
        throw new Error(`pseudo: U+${cp.toString(16)} or U+${other.toString(16)} swapped twice`);
      map.set(cp, other).set(other, cp);
    });
  }
  return map;
}

const ROT13 = LATIN.map((cp) => {
  const base = cp >= 0x61 ? 0x61 : 0x41;
  return base + ((cp - base + 13) % 26);
});

/** Code points in `start..end` that are letters or marks of `script` and that `map` does not swap. */
function unswapped(map: Map<number, number>, start: number, end: number, script: string): number[] {
  const letter = /^[\p{L}\p{M}]$/u;
  const inScript = new RegExp(`^\\p{Script=${script}}$`, 'u');
  return range(start, end - start + 1).filter((cp) => {
    const char = String.fromCodePoint(cp);
    return !map.has(cp) && letter.test(char) && inScript.test(char);
  });
}

function hanCode(marker: number, alphabet: number[]): HanCode {
  const letters = alphabet.filter((cp) => cp !== marker);
  let width = 1;
  while (letters.length ** width < HAN_COUNT) width++;
  return { marker, alphabet: letters, digits: new Map(letters.map((cp, i) => [cp, i])), width };
}

const THAI_MAP = involution([LATIN, THAI_FOR_LATIN]);
const LATIN_MAP = rot13With(involution([THAI, LATIN_EXT_FOR_THAI]));

const TABLES: Record<PseudoScript, SwapTable> = {
  // Thai: ๛ (khomut, unused in running text), then the vowels and tone marks no Latin letter swaps to.
  thai: {
    map: THAI_MAP,
    fullWidthPunctuation: false,
    keepThaiScale: false,
    han: hanCode(0x0e5b, unswapped(THAI_MAP, 0x0e01, 0x0e4e, 'Thai')),
  },
  han: {
    map: involution([LATIN, HAN_FOR_LATIN], [THAI, HAN_FOR_THAI], [HALF_WIDTH, FULL_WIDTH]),
    fullWidthPunctuation: true,
    keepThaiScale: true,
  },
  // ROT13 is its own inverse; it only has to make an English target differ from a Latin source.
  // Latin: ǃ (U+01C3), then the Latin Extended-B letters.
  latin: {
    map: LATIN_MAP,
    fullWidthPunctuation: false,
    keepThaiScale: true,
    han: hanCode(0x01c3, unswapped(LATIN_MAP, 0x0180, 0x024f, 'Latin')),
  },
};

function rot13With(map: Map<number, number>): Map<number, number> {
  for (const [i, cp] of LATIN.entries()) map.set(cp, ROT13[i] as number);
  return map;
}

/** `th` → Thai; Chinese and Japanese → Han; every other language → Latin. */
export function pseudoScript(target: string): PseudoScript {
  const lang = target.toLowerCase().split('-')[0];
  if (lang === 'th') return 'thai';
  if (lang === 'zh' || lang === 'ja') return 'han';
  return 'latin';
}

// The look-behinds use letter classes the swap preserves (a letter always swaps to a letter), so the same spans
// are found in the source and in its pseudo-translation.
// Encoded ideographs (Latin Extended-B, see HanCode) end a link, as the Han they stand for does.
const LINK_CHAR = URL_CHAR.replace(/\]$/, String.raw`\u0180-\u024f]`);
const LINK = String.raw`(?<![\p{L}\p{M}\p{N}])(?:(?:https?|ftp)://|www\.|mailto:)${LINK_CHAR}+|(?<![\p{L}\p{M}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
const AFTER_NUMBER = String.raw`(?<=\d[ \t]*-?[ \t]*)`;
const NOT_IN_WORD = String.raw`(?![\p{L}\p{M}\p{N}])`;
const ENGLISH_SCALE = `${AFTER_NUMBER}(?:thousand|million|billion|trillion|bn|mn)${NOT_IN_WORD}`;
// Thai runs words together ("1,400 ล้านบาท"): the scale word is a prefix, read as the numbers check reads it.
const THAI_SCALE = `${AFTER_NUMBER}(?:แสน|หมื่น|ล้าน|พัน(?!ธ|เอก|โท|ตรี)|ร้อย(?!ละ|เอ็ด|เอก|โท|ตรี))+`;
const KEEP = new Map<boolean, RegExp>([
  [false, new RegExp(`${LINK}|${ENGLISH_SCALE}`, 'giu')],
  [true, new RegExp(`${LINK}|${ENGLISH_SCALE}|${THAI_SCALE}`, 'giu')],
]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Swap every letter of `text` outside the kept spans; the table is an involution, so this is its own inverse. */
function swap(text: string, table: SwapTable): string {
  const keep = KEEP.get(table.keepThaiScale) as RegExp;
  const spans = [...text.matchAll(keep)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  let out = '';
  let span = 0;
  for (let i = 0; i < text.length; ) {
    const kept = spans[span];
    if (kept !== undefined && i >= kept[0]) {
      out += text.slice(kept[0], kept[1]);
      i = kept[1];
      span++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const char = String.fromCodePoint(cp);
    if (table.han) {
      const han = swapHan(text, i, cp, table.han);
      if (han) {
        out += han.text;
        i += han.length;
        continue;
      }
    }
    const swapped = table.map.get(cp);
    // Full-width punctuation between two digits would break a number (1,000 → 1，000); digits never swap, so the
    // same test holds on the way back.
    const decimal = table.fullWidthPunctuation && isDigit(text[i - 1]) && isDigit(text[i + char.length]);
    out += swapped === undefined || decimal ? char : String.fromCodePoint(swapped);
    i += char.length;
  }
  return out;
}

/** An ideograph at `i` → its code; a whole code at `i` → its ideograph; else undefined. */
function swapHan(text: string, i: number, cp: number, code: HanCode): { text: string; length: number } | undefined {
  const index = hanIndex(cp);
  if (index !== undefined) {
    let digits = '';
    for (let n = index, k = 0; k < code.width; k++, n = Math.floor(n / code.alphabet.length)) {
      digits = String.fromCodePoint(code.alphabet[n % code.alphabet.length] as number) + digits;
    }
    return { text: String.fromCodePoint(code.marker) + digits, length: cp > 0xffff ? 2 : 1 };
  }
  if (cp !== code.marker) return undefined;
  // Alphabet letters and the marker are all in the BMP: one UTF-16 unit each.
  let value = 0;
  for (let k = 1; k <= code.width; k++) {
    const digit = code.digits.get(text.charCodeAt(i + k));
    if (digit === undefined) return undefined;
    value = value * code.alphabet.length + digit;
  }
  const ideograph = hanCodePoint(value);
  return ideograph === undefined ? undefined : { text: String.fromCodePoint(ideograph), length: 1 + code.width };
}

function hanIndex(cp: number): number | undefined {
  let offset = 0;
  for (const [start, end] of HAN_BLOCKS) {
    if (cp >= start && cp <= end) return offset + cp - start;
    offset += end - start + 1;
  }
  return undefined;
}

function hanCodePoint(index: number): number | undefined {
  let offset = 0;
  for (const [start, end] of HAN_BLOCKS) {
    if (index < offset + end - start + 1) return start + index - offset;
    offset += end - start + 1;
  }
  return undefined;
}

/** `Hello, 80 million` → `汕永氿氿求， 80 million` for `zh-CN`, `ยฅฌฌฏ, 80 million` for `th`. */
export function pseudoTranslate(text: string, target: string): string {
  return swap(text, TABLES[pseudoScript(target)]);
}

/** The inverse of `pseudoTranslate` for the same target (the swap is its own inverse). */
export function unpseudo(text: string, target: string): string {
  return swap(text, TABLES[pseudoScript(target)]);
}

/**
 * The script most letters of `text` are written in, URLs, e-mail addresses and scale words after numbers left
 * out (the pseudo-translation keeps those as they are), for asserting which target a text went to.
 */
export function dominantScript(text: string): PseudoScript | undefined {
  const count: Record<PseudoScript, number> = { thai: 0, han: 0, latin: 0 };
  for (const char of text.replace(KEEP.get(true) as RegExp, ' ')) {
    if (/\p{Script=Thai}/u.test(char) && /[\p{L}\p{M}]/u.test(char)) count.thai++;
    else if (/\p{Script=Han}/u.test(char)) count.han++;
    else if (/\p{Script=Latin}/u.test(char)) count.latin++;
  }
  const [best, n] = Object.entries(count).sort((a, b) => b[1] - a[1])[0] as [PseudoScript, number];
  return n > 0 ? best : undefined;
}

/** How Google escapes text in an HTML reply: the five XML specials, quotes as `&quot;` and `&#39;`. */
export function escapeLikeGoogle(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** One piece of an HTML string: a tag (kept verbatim) or the text between tags. */
export type HtmlPiece =
  | { kind: 'tag'; raw: string; name: string; closing: boolean; selfClosing: boolean; noTranslate: boolean }
  | { kind: 'text'; raw: string };

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Split HTML into tags and text; a `<` that starts no well-formed tag is text, as browsers (and Google) read it. */
export function splitHtml(html: string): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  let last = 0;
  for (const m of html.matchAll(HTML_TAG)) {
    const at = m.index;
    if (at > last) pieces.push({ kind: 'text', raw: html.slice(last, at) });
    const name = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    pieces.push({
      kind: 'tag',
      raw: m[0],
      name,
      closing: m[1] === '/',
      selfClosing: m[4] === '/' || VOID.has(name),
      noTranslate: /\stranslate\s*=\s*["']?no\b/i.test(attrs) || /\sclass\s*=\s*["'][^"']*\bnotranslate\b/i.test(attrs),
    });
    last = at + m[0].length;
  }
  if (last < html.length) pieces.push({ kind: 'text', raw: html.slice(last) });
  return pieces;
}

/**
 * Pseudo-translate HTML like Google's `text/html` mode: tags stay in place, the content of a `translate="no"`
 * element is returned byte for byte, every other text is unescaped, translated and escaped again.
 */
export function pseudoTranslateHtml(html: string, target: string): string {
  let out = '';
  // Names of the open elements from the outermost translate="no" element inward; empty when translating.
  const frozen: string[] = [];
  for (const piece of splitHtml(html)) {
    if (piece.kind === 'text') {
      out +=
        frozen.length > 0
          ? piece.raw
          : escapeLikeGoogle(pseudoTranslate(decode(piece.raw, { level: 'html5' }), target));
      continue;
    }
    out += piece.raw;
    if (piece.selfClosing) continue;
    if (piece.closing) {
      if (frozen.length > 0 && frozen[frozen.length - 1] === piece.name) frozen.pop();
    } else if (frozen.length > 0 || piece.noTranslate) {
      frozen.push(piece.name);
    }
  }
  return out;
}

/** The inverse of `pseudoTranslateHtml` up to entity spelling: `decode` of both sides is equal. */
export function unpseudoHtml(html: string, target: string): string {
  return pseudoTranslateHtml(html, target);
}
