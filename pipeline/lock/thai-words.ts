// Thai word boundaries (ICU's dictionary through Intl.Segmenter): Thai has no spaces, so a Thai form must start and
// end where a word does, or ไทย would lock inside ตึกไทยคู่ฟ้า and ไทยแลนด์.

const THAI = /\p{Script=Thai}/u;
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

export function hasThai(text: string): boolean {
  return THAI.test(text);
}

/** Words ICU's dictionary glues to the name after them (ประเทศไทย is one ICU word, yet ไทย in it is the name). */
const GLUED_PREFIXES = ['ประเทศ'];

/** Every UTF-16 offset of `text` where a word starts or ends (0 and text.length included). */
export function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>([0, text.length]);
  for (const { index, segment } of segmenter.segment(text)) {
    out.add(index);
    out.add(index + segment.length);
    for (const prefix of GLUED_PREFIXES) {
      if (segment.length > prefix.length && segment.startsWith(prefix)) out.add(index + prefix.length);
    }
    // ICU keeps the abbreviation mark ฯ on the word before it (หัวเว่ยฯ): the word itself ends before it.
    const mark = segment.indexOf('ฯ');
    if (mark > 0) out.add(index + mark);
  }
  return out;
}

/** True when the code unit at `index` of `text` is Thai. */
export function isThaiAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0x0e00 && c <= 0x0e7f;
}
