// Which script the letters of a text are in. One pass over code points; per-character class cached in a table.

export interface LetterStats {
  han: number;
  thai: number;
  /** Letters of Latin words (counted by `latinWords`, not here). */
  latin: number;
  /** Letters of any other script (kana, Hangul, Cyrillic …). */
  other: number;
}

// Per BMP code unit: 0 unknown, 1 letter of another script, 2 not a letter. Filled on demand.
const otherClass = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

/** Thai consonants, vowels and tone marks; not Thai digits (๐–๙) or the baht sign. */
export function isThaiLetter(cp: number): boolean {
  return cp >= 0x0e01 && cp <= 0x0e4e && cp !== 0x0e3f;
}

function isLatinLetter(cp: number): boolean {
  return (
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7)
  );
}

function isOtherLetter(cp: number): boolean {
  if (cp >= 0x10000) return LETTER.test(String.fromCodePoint(cp));
  let c = otherClass[cp] as number;
  if (c === 0) {
    c = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
    otherClass[cp] = c;
  }
  return c === 1;
}

/** Counts the letters of `text` by script. */
export function letterStats(text: string): LetterStats {
  const stats: LetterStats = { han: 0, thai: 0, latin: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x41) continue;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i) as number;
      i++;
    }
    if (isLatinLetter(cp)) stats.latin++;
    else if (isThaiLetter(cp)) stats.thai++;
    else if (isHan(cp)) stats.han++;
    else if (cp > 0x7f && isOtherLetter(cp)) stats.other++;
  }
  return stats;
}

const LATIN_WORD = /[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]*(?:['’-][A-Za-z0-9\u00c0-\u024f]+)*/g;

/** The Latin-script words of `text`, in order. */
export function latinWords(text: string): string[] {
  LATIN_WORD.lastIndex = 0;
  return text.match(LATIN_WORD) ?? [];
}

/**
 * True when `text` reads as prose someone should translate: two or more words of letters (a Han character or a
 * run of four Thai letters counts as a word, since those scripts put no spaces between words). "AMZN 227.90" or
 * "Website:" is not prose; "Contact Info:" is.
 */
export function isProse(text: string): boolean {
  const stats = letterStats(text);
  if (stats.han >= 2 || stats.thai >= 4) return true;
  if (stats.latin < 2) return false;
  let words = 0;
  for (const word of latinWords(text)) if (word.length >= 2 && ++words >= 2) return true;
  return false;
}
