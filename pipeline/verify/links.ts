// URLs and e-mail addresses in plain text. Links behind Markdown link syntax sit in inline codes; these are the ones
// written out in the text ("Website: https://www.52hrtt.com", "contact error@releasecontact.com").
import { URL_CHAR } from '../patterns.ts';

const LINK = new RegExp(
  String.raw`\b(?:https?|ftp)://${URL_CHAR}+|\bwww\.${URL_CHAR}+|\bmailto:${URL_CHAR}+` +
    String.raw`|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
  'gu',
);
// Sentence punctuation that ends a URL in prose ("see www.cloudquote.io.") is not part of it.
const TRAILING = /[.,;:!?'")\]]+$/;

/** Cheap pre-test so that the ~all segments without links cost one scan. */
export function mayHaveLinks(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('@') || text.includes('mailto:');
}

/** The URLs and e-mail addresses of `text`, in order, as written. */
export function findLinks(text: string): string[] {
  if (!mayHaveLinks(text)) return [];
  const links: string[] = [];
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) links.push(trimLink(m[0]));
  return links;
}

/** `text` with every URL and e-mail address replaced by a space: letters of a link are not language. */
export function stripLinks(text: string): string {
  return mayHaveLinks(text) ? text.replace(LINK, ' ') : text;
}

function trimLink(link: string): string {
  const trimmed = link.replace(TRAILING, '');
  // A closing parenthesis belongs to the URL when it opened one (Wikipedia style), else to the sentence.
  if (link.length > trimmed.length && link.includes('(') && link[trimmed.length] === ')') {
    return `${trimmed})`;
  }
  return trimmed;
}
