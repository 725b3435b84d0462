// Character classes the matcher and the lint need: word characters of spaced scripts, case folding, scripts.

/** Scripts written without spaces between words: a term in them needs no word boundary. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

// Per BMP code unit: 0 unknown, 1 word char of a spaced script, 2 anything else. Filled on demand.
const wordClass = new Uint8Array(0x10000);

function classify(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return WORD.test(ch) && !UNSPACED.test(ch);
}

/**
 * True for a letter, mark or digit of a script that separates words with spaces (Latin, Cyrillic, Greek …).
 * Only these can glue onto a Latin-script term and make it part of a longer word; Thai or Han next to a
 * Latin name ("บริษัทTencent") does not.
 */
export function isWordChar(cp: number): boolean {
  if (cp >= 0x10000) return classify(cp);
  let c = wordClass[cp] as number;
  if (c === 0) {
    c = classify(cp) ? 1 : 2;
    wordClass[cp] = c;
  }
  return c === 1;
}

/** True for letters only (not digits or marks): plural and possessive suffixes follow letters. */
export function isLetter(cp: number): boolean {
  return /\p{L}/u.test(String.fromCodePoint(cp));
}

/** The code point that ends just before UTF-16 offset `index`, or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

let foldTable: Uint16Array | undefined;

/**
 * Lower case per UTF-16 code unit, only where lowering keeps the length (so 'İ', whose lower case is two
 * units, stays as is). Folded text has the same offsets as the original, so matches map back exactly.
 */
export function caseFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const lower = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  foldTable = table;
  return table;
}

export function foldCase(text: string): string {
  const table = caseFoldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(table[text.charCodeAt(i)] as number);
  return out;
}

export type ScriptName = 'han' | 'thai' | 'latin';
const SCRIPT_TESTS: Array<[ScriptName, RegExp]> = [
  ['han', /\p{Script=Han}/u],
  ['thai', /\p{Script=Thai}/u],
  ['latin', /\p{Script=Latin}/u],
];

/** The scripts (of those the lint cares about) that occur in `text`. */
export function scriptsIn(text: string): Set<ScriptName> {
  const found = new Set<ScriptName>();
  for (const [name, test] of SCRIPT_TESTS) if (test.test(text)) found.add(name);
  return found;
}
