// Find glossary terms in text: all entries at once (Aho-Corasick), whole words in Latin script, leftmost-longest.
import type { Locale } from '../types.ts';
import { Automaton } from './automaton.ts';
import type { Glossary } from './glossary.ts';
import { noMatchZones, overlapsZone } from './no-match-zones.ts';
import { codePointBefore, isLetter, isWordChar } from './script.ts';
import { hasThai, isThaiAt, wordBoundaries } from './thai-words.ts';
import { collapseWhiteSpace } from './white-space.ts';

/** A term found in text: UTF-16 offsets, `end` exclusive; `term` is the entry id. */
export interface TermMatch {
  start: number;
  end: number;
  term: string;
}

/** One spelling to look for, and the entry it belongs to. */
export interface MatchPattern {
  text: string;
  term: string;
  caseSensitive: boolean;
}

/** A valid occurrence of one pattern (word boundaries and case already checked). */
export interface PatternMatch extends TermMatch {
  pattern: MatchPattern;
}

/** The patterns for `locale`: every term's form plus its variants, in glossary order, without repeats per term. */
export function patternsFor(glossary: Glossary, locale: Locale): MatchPattern[] {
  const out: MatchPattern[] = [];
  for (const term of glossary.terms) {
    const seen = new Set<string>();
    for (const text of [term.forms[locale], ...(term.variants[locale] ?? [])]) {
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, term: term.id, caseSensitive: term.caseSensitive });
    }
  }
  return out;
}

/**
 * A plural or possessive suffix after a Latin-script term: "s" or "es" (any case) ending the word.
 * "'s" and "’s" need no rule: an apostrophe is not a word character, so the term already ends a word there.
 */
function pluralSuffixEnds(text: string, end: number): boolean {
  let at = end;
  const c = text.charCodeAt(at);
  if (c === 0x65 || c === 0x45) at++; // e, E
  const s = text.charCodeAt(at);
  if (s !== 0x73 && s !== 0x53) return false; // s, S
  at++;
  return at >= text.length || !isWordChar(text.codePointAt(at) as number);
}

interface PatternInfo {
  /** The pattern starts with a word character of a spaced script: the character before must not be one. */
  checkStart: boolean;
  /** The pattern ends with one: the character after must not be one, unless it starts a plural suffix. */
  checkEnd: boolean;
  /** The pattern ends with a letter, so a plural suffix may follow. */
  endsInLetter: boolean;
  /** The pattern starts (ends) with a Thai character: it must start (end) on a Thai word boundary. */
  thaiStart: boolean;
  thaiEnd: boolean;
}

function describe(pattern: string): PatternInfo {
  const first = pattern.codePointAt(0) as number;
  const last = codePointBefore(pattern, pattern.length);
  return {
    checkStart: isWordChar(first),
    checkEnd: isWordChar(last),
    endsInLetter: isLetter(last),
    thaiStart: isThaiAt(pattern, 0),
    thaiEnd: isThaiAt(pattern, pattern.length - 1),
  };
}

/** What one text needs for the checks beyond the pattern itself, computed once per text and only when needed. */
class TextContext {
  readonly zones: Array<[number, number]>;
  private boundaries: Set<number> | undefined;
  constructor(
    readonly text: string,
    extra: ReadonlyArray<[number, number]> = [],
  ) {
    const zones = noMatchZones(text);
    this.zones = extra.length === 0 ? zones : [...zones, ...extra].sort((a, b) => a[0] - b[0]);
  }
  wordBoundary(at: number): boolean {
    this.boundaries ??= hasThai(this.text) ? wordBoundaries(this.text) : new Set();
    return at === 0 || at === this.text.length || this.boundaries.has(at);
  }
}

/** Both views of one automaton: every valid occurrence, and the leftmost-longest non-overlapping selection. */
export interface Scanner {
  all(text: string): PatternMatch[];
  /** `zones`: more spans where nothing may match (see `createMatcher`). */
  longest(text: string, zones?: ReadonlyArray<[number, number]>): TermMatch[];
}

/** Build the automaton once for these patterns; the returned functions scan any number of texts. */
export function createScanner(patterns: readonly MatchPattern[]): Scanner {
  const fold = patterns.some((p) => !p.caseSensitive);
  const automaton = new Automaton(
    patterns.map((p) => p.text),
    fold,
  );
  const infos = patterns.map((p) => describe(p.text));

  const valid = (context: TextContext, start: number, end: number, index: number): boolean => {
    const text = context.text;
    const pattern = patterns[index] as MatchPattern;
    const info = infos[index] as PatternInfo;
    if (context.zones.length > 0 && overlapsZone(context.zones, start, end)) return false;
    if (info.thaiStart && !context.wordBoundary(start)) return false;
    if (info.thaiEnd && !context.wordBoundary(end)) return false;
    // The automaton matched folded text; a case-sensitive spelling must also match as written.
    if (fold && pattern.caseSensitive && !text.startsWith(pattern.text, start)) return false;
    if (info.checkStart && start > 0 && isWordChar(codePointBefore(text, start))) return false;
    if (info.checkEnd && end < text.length && isWordChar(text.codePointAt(end) as number)) {
      return info.endsInLetter && pluralSuffixEnds(text, end);
    }
    return true;
  };

  return {
    all(text) {
      const out: PatternMatch[] = [];
      const context = new TextContext(text);
      automaton.scan(text, (start, end, index) => {
        if (!valid(context, start, end, index)) return;
        const pattern = patterns[index] as MatchPattern;
        out.push({ start, end, term: pattern.term, pattern });
      });
      return out;
    },
    longest(text, zones) {
      // Longest valid end per start, then one sweep left to right: linear in the text.
      let bestEnd: Int32Array | undefined;
      let bestPattern: Int32Array | undefined;
      let from = text.length;
      const context = new TextContext(text, zones);
      automaton.scan(text, (start, end, index) => {
        if (!valid(context, start, end, index)) return;
        bestEnd ??= new Int32Array(text.length);
        bestPattern ??= new Int32Array(text.length);
        // Patterns ending at one node come in glossary order, so on a tie the earlier entry keeps the place.
        if (end > (bestEnd[start] as number)) {
          bestEnd[start] = end;
          bestPattern[start] = index;
        }
        if (start < from) from = start;
      });
      const out: TermMatch[] = [];
      if (!bestEnd || !bestPattern) return out;
      for (let i = from; i < text.length; i++) {
        const end = bestEnd[i] as number;
        if (end === 0) continue;
        out.push({ start: i, end, term: (patterns[bestPattern[i] as number] as MatchPattern).term });
        i = end - 1;
      }
      return out;
    },
  };
}

/**
 * The patterns the matcher looks for: `patternsFor` plus, for a case-sensitive Latin spelling, its all-caps form
 * (a dateline writes `BANGKOK, Dec. 5 --`).
 */
export function matchPatternsFor(glossary: Glossary, locale: Locale): MatchPattern[] {
  const out: MatchPattern[] = [];
  for (const pattern of patternsFor(glossary, locale)) {
    out.push(pattern);
    const caps = pattern.text.toUpperCase();
    if (pattern.caseSensitive && caps !== pattern.text && caps.length === pattern.text.length) {
      out.push({ ...pattern, text: caps });
    }
  }
  return out;
}

/**
 * The matcher for source texts in `locale`: all entries at once, time linear in the text, leftmost-longest and
 * non-overlapping. Latin-script terms match whole words only, but a plural or possessive suffix ("Tencent's",
 * "Douyins") may follow; it stays outside the match. Thai terms match whole Thai words; Han terms need no boundary.
 * Any white-space run in the text (a soft line break, CRLF) matches a space of the term; nothing matches inside a
 * URL, an e-mail address or a hashtag.
 */
export function createMatcher(glossary: Glossary, locale: Locale): (text: string) => TermMatch[] {
  const longest = createScanner(matchPatternsFor(glossary, locale)).longest;
  const notIn = [...new Set(glossary.terms.flatMap((t) => t.notIn?.[locale] ?? []))];
  const other = notIn.length > 0 ? new Automaton(notIn, false) : undefined;
  return (text) => {
    const collapsed = collapseWhiteSpace(text);
    const zones: Array<[number, number]> = [];
    other?.scan(collapsed.text, (start, end) => zones.push([start, end]));
    const matches = longest(collapsed.text, zones);
    const at = collapsed.at;
    if (!at) return matches;
    return matches.map((m) => ({ ...m, start: at[m.start] as number, end: (at[m.end - 1] as number) + 1 }));
  };
}
