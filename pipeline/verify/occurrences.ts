// Counting a glossary form in text the way a reader sees it: "WeChat" is in "WeChat, the app" but not in
// "WeChatPay"; a Chinese or Thai form needs no boundary since those scripts do not space words.

const SPACED_WORD = /[\p{L}\p{M}\p{N}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Thai}]/u;

function isSpacedWordChar(ch: string | undefined): boolean {
  return ch !== undefined && SPACED_WORD.test(ch) && !UNSPACED.test(ch);
}

/** Occurrences of `form` in `text`, case-sensitive, not inside a longer word of a spaced script. */
export function countForm(text: string, form: string): number {
  if (form === '') return 0;
  const boundedStart = isSpacedWordChar(String.fromCodePoint(form.codePointAt(0) as number));
  const boundedEnd = isSpacedWordChar(form[form.length - 1]);
  let count = 0;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    if (boundedStart && isSpacedWordChar(text[at - 1])) continue;
    if (boundedEnd && isSpacedWordChar(text[at + form.length])) continue;
    count++;
  }
  return count;
}
