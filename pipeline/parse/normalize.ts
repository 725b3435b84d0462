// One form for every text that is matched or keyed: what is stored must key the same when it is read back.

/** With the `u` flag a surrogate pair is one code point, so only unpaired halves match. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Lone surrogates become U+FFFD (what any UTF-8 file stores them as, so the key of a stored source matches its
 * request), then Unicode NFC (a composed and a decomposed "é" are one text to the glossary and the memory).
 */
export function normalizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
}

/** The text without a leading byte-order mark, which would otherwise turn the opening `---` into text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
