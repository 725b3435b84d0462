// Find name-like runs of Latin words in one unit of prose (glossary terms already masked out): capitalised
// multi-word names, CamelCase and ALL-CAPS brands, and in Thai or Chinese text any Latin name at all.
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  CONNECTORS,
  JOINING_CONNECTORS,
  SENTENCE_START_WORDS,
  TITLE_PHRASES,
  TITLE_WORDS,
} from './stop-words.ts';

/**
 * `en`: the text is English, so a capitalised word alone proves nothing (sentence starts, adjectives): a name
 * needs two capitalised words or a CamelCase/ALL-CAPS word. `embedded`: Latin inside Thai or Chinese text, where
 * any capitalised Latin word stands out as a name.
 */
export type NameMode = 'en' | 'embedded';

/** A name found: `[start, end)` in the text; `name` with its white space collapsed to single spaces. */
export interface NameSpan {
  start: number;
  end: number;
  name: string;
}

type Kind = 'name' | 'connector' | 'number' | 'other';

interface Token {
  start: number;
  /** End without a possessive "'s". */
  end: number;
  text: string;
  kind: Kind;
  /** CamelCase or ALL-CAPS: a brand shape even alone. */
  brand: boolean;
  /** The word ended in "'s": the name stops here. */
  possessive: boolean;
  /** The characters between the previous word and this one. */
  gap: string;
}

const SPACE = /^[ \t\u00A0]*\n?[ \t\u00A0]*$/u;
const WORD = /[\p{Script=Latin}\p{Nd}]+(?:['’.\-&][\p{Script=Latin}\p{Nd}]+)*/gu;
const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const STARTS = lower(SENTENCE_START_WORDS);
const TITLES = lower(TITLE_WORDS);
const LINKS = new Set(CONNECTORS);
const JOINS = new Set(JOINING_CONNECTORS);
const PHRASES = TITLE_PHRASES.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
const VOCABULARY = new Set([...COMMON_ACRONYMS, ...CALENDAR_WORDS]);

function classify(word: string): Pick<Token, 'kind' | 'brand'> {
  if (VOCABULARY.has(word)) return { kind: 'other', brand: false };
  if (/^\p{Nd}+$/u.test(word)) return { kind: 'number', brand: false };
  // Codes and ids ("PR-2024-00974") are mostly digits; "GPT-4" and "BM25" are not.
  const digits = word.replace(/[^\p{Nd}]/gu, '').length;
  if (digits > word.replace(/[^\p{L}]/gu, '').length) return { kind: 'other', brand: false };
  const camel = /\p{Ll}\p{Lu}/u.test(word);
  const letters = word.replace(/[^\p{L}]/gu, '');
  const caps = letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
  if (/^\p{Lu}/u.test(word) || camel) return { kind: 'name', brand: camel || caps };
  if (LINKS.has(word)) return { kind: 'connector', brand: false };
  return { kind: 'other', brand: false };
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    const possessive = /['’]s$/u.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    out.push({
      start,
      end: start + word.length,
      text: word,
      ...classify(word),
      possessive,
      gap: text.slice(last, start),
    });
    last = start + match[0].length;
  }
  return out;
}

/** Whether a name starting at `start` starts a sentence (only then is "The" or "In" in front not part of it). */
function atSentenceStart(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[\s"“”'‘’()[\]*_]+$/u, '');
  // A dash opens the text after a dateline ("BANGKOK, May 2 — The company …").
  return before === '' || /[.!?:;…—–]$/u.test(before);
}

/**
 * A headline (heading, title field) written in title case: every word is capitalised, so only brand-shaped words
 * count. Only headlines are judged: a paragraph dense with names ("offices in Hong Kong and Kuala Lumpur") must
 * not be taken for one.
 */
export function isTitleCase(headline: string): boolean {
  const words = headline.match(/\p{Script=Latin}[\p{Script=Latin}-]{3,}/gu) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** A name on its own in English: two capitalised words, or one brand-shaped word. */
function standsAlone(chain: readonly Token[]): boolean {
  const names = chain.filter((t) => t.kind === 'name');
  return names.length >= 2 || names.some((t) => t.brand);
}

function qualifies(chain: readonly Token[], mode: NameMode): boolean {
  if (chain[0]?.kind !== 'name') return false;
  // "Thai and Chinese", "Banking and Finances": words joined by "and" need a side that is a name by itself.
  const join = chain.findIndex((t) => t.kind === 'connector' && JOINS.has(t.text));
  if (join > 0 && !standsAlone(chain.slice(0, join)) && !standsAlone(chain.slice(join + 1))) return false;
  return mode === 'embedded' || standsAlone(chain);
}

/** The number of leading tokens that spell a job title, or 0. */
function titleLength(chain: readonly Token[]): number {
  for (const phrase of PHRASES) {
    if (phrase.length <= chain.length && phrase.every((word, i) => chain[i]?.text === word)) return phrase.length;
  }
  return 0;
}

function trimEnds(chain: Token[]): Token[] {
  let start = 0;
  let end = chain.length;
  while (start < end && chain[start]?.kind !== 'name') start++;
  while (end > start && chain[end - 1]?.kind === 'connector') end--;
  return chain.slice(start, end);
}

/** Split "A B and C D" into two names when each side is a name on its own. */
function splitJoined(chain: Token[], mode: NameMode): Token[][] {
  for (let i = 1; i < chain.length - 1; i++) {
    const token = chain[i] as Token;
    if (token.kind !== 'connector' || !JOINS.has(token.text)) continue;
    const left = trimEnds(chain.slice(0, i));
    const right = trimEnds(chain.slice(i + 1));
    // Each side must be a name by itself in English terms, or "Digital and Intelligent …" would lose "Digital".
    if (standsAlone(left) && standsAlone(right) && qualifies(left, mode) && qualifies(right, mode))
      return [left, ...splitJoined(right, mode)];
  }
  return [chain];
}

/** Drop what goes before a name: job titles, honorifics and, at a sentence start, words like "The" or "In". */
function stripFront(chain: Token[], sentenceStart: boolean): Token[] {
  let rest = trimEnds(chain);
  for (;;) {
    const first = rest[0];
    if (!first) return [];
    const title = titleLength(rest);
    if (title > 0) rest = trimEnds(rest.slice(title));
    else if (TITLES.has(first.text.toLowerCase()) || (sentenceStart && STARTS.has(first.text.toLowerCase())))
      rest = trimEnds(rest.slice(1));
    else return rest;
  }
}

function finish(text: string, chain: Token[], mode: NameMode, titleCase: boolean): Token[][] {
  const rest = stripFront(chain, atSentenceStart(text, chain[0]?.start ?? 0));
  if (titleCase) {
    // Only runs of brand-shaped words (with their numbers): "LINE MAN", "WeChat".
    const runs: Token[][] = [];
    let current: Token[] = [];
    for (const token of rest) {
      if (token.brand || (token.kind === 'number' && current.length > 0)) current.push(token);
      else if (current.length > 0) {
        runs.push(current);
        current = [];
      }
    }
    if (current.length > 0) runs.push(current);
    return runs;
  }
  // "President Xi Jinping and Prime Minister Li Qiang": each joined name loses its own title.
  return splitJoined(rest, mode)
    .map((part, i) => (i === 0 ? part : stripFront(part, false)))
    .filter((part) => qualifies(part, mode));
}

/** The names in `text`, in order. `text` should have glossary terms masked (replaced by non-Latin characters). */
export function findNames(text: string, mode: NameMode, titleCase = false): NameSpan[] {
  const out: NameSpan[] = [];
  let chain: Token[] = [];
  const flush = () => {
    for (const part of finish(text, chain, mode, titleCase)) {
      const first = part[0] as Token;
      const last = part[part.length - 1] as Token;
      out.push({ start: first.start, end: last.end, name: text.slice(first.start, last.end).replace(/\s+/gu, ' ') });
    }
    chain = [];
  };
  for (const token of tokens(text)) {
    const previous = chain[chain.length - 1];
    // Words of a name are apart by spaces, or by one line break: a soft break inside a Markdown paragraph.
    const joins = previous !== undefined && !previous.possessive && SPACE.test(token.gap);
    if (!joins) flush();
    if (token.kind === 'other' || (chain.length === 0 && token.kind !== 'name')) {
      flush();
      continue;
    }
    chain.push(token);
  }
  flush();
  return out;
}
