// Terms match across any run of white space (a soft line break, CRLF, two spaces) as if it were one space.

/** `text` with every white-space run made one space, and for each of its UTF-16 units the offset in `text`. */
export interface Collapsed {
  text: string;
  /** `at[i]` is the offset in the original of unit i of the collapsed text; `at[text.length]` is its length. */
  at: Int32Array | undefined;
}

const RUN = /\s{2,}|[^\S ]/;

export function collapseWhiteSpace(text: string): Collapsed {
  if (!RUN.test(text)) return { text, at: undefined };
  const at: number[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] as string)) {
      at.push(i);
      out += ' ';
      while (i < text.length && /\s/.test(text[i] as string)) i++;
    } else {
      at.push(i);
      out += text[i];
      i++;
    }
  }
  at.push(text.length);
  return { text: out, at: Int32Array.from(at) };
}
