// Sentence boundaries for one block of text: Intl.Segmenter proposes, the SRX-style rules of the locale dispose.
// Everything that can be built once (segmenters, sticky regular expressions, word sets) is built at module load.
import { InternalError } from '../errors.ts';
import type { Locale } from '../types.ts';
import { SENTENCE_RULES } from './rules/index.ts';
import { alt, type BreakRule, type LocaleRules, OBJECT_STAND_IN } from './rules/types.ts';

/** U+FFFC, the stand-in for an inline code or a locked term. */
export const OBJECT_CHAR = '\uFFFC';
export { OBJECT_STAND_IN };

/** A rule set that cannot work, named by locale and rule. */
export class SentenceRuleError extends InternalError {
  constructor(
    readonly locale: Locale,
    readonly rule: string,
    message: string,
  ) {
    super(`rule "${rule}": ${message}`, { file: `pipeline/segment/rules/${locale}.ts`, locale });
  }
}

interface CompiledRule {
  readonly name: string;
  readonly break: boolean;
  readonly before: RegExp | undefined;
  readonly after: RegExp | undefined;
  readonly nextWord: ReadonlySet<string> | undefined;
  /** Sticky alternation of the `nextWord` words: a cheap prefix test before asking the word segmenter. */
  readonly nextWordPrefix: RegExp | undefined;
  readonly requires: RegExp | undefined;
  readonly strong: boolean;
}

export interface CompiledLocale {
  readonly sentence: Intl.Segmenter | undefined;
  readonly word: Intl.Segmenter | undefined;
  readonly candidates: readonly RegExp[];
  readonly rules: readonly CompiledRule[];
  readonly fallback: boolean;
  readonly minLength: number;
}

/** One decision, for tests and reports: which rule decided at which candidate. */
export interface BreakDecision {
  readonly offset: number;
  readonly break: boolean;
  /** The deciding rule, `fallback`, `protected`, `empty` (nothing but space before) or `min-length`. */
  readonly rule: string;
}

function stickyFlags(flags: string): string {
  return `${flags.replace(/[gy]/g, '')}y`;
}

function compileRule(locale: Locale, rule: BreakRule): CompiledRule {
  try {
    return {
      name: rule.name,
      break: rule.break,
      // A look-behind tested at the candidate: the text before it must end with a match, no slicing needed.
      before: rule.before && new RegExp(`(?<=${rule.before.source})`, stickyFlags(rule.before.flags)),
      after: rule.after && new RegExp(rule.after.source, stickyFlags(rule.after.flags)),
      nextWord: rule.nextWord && new Set(rule.nextWord),
      nextWordPrefix: rule.nextWord && new RegExp(alt(rule.nextWord), 'y'),
      requires: rule.requires === undefined ? undefined : new RegExp(`[${rule.requires.replace(/[\]\\^-]/g, '\\$&')}]`),
      strong: rule.strong === true,
    };
  } catch (error) {
    throw new SentenceRuleError(locale, rule.name, `does not compile: ${(error as Error).message}`);
  }
}

/** Checks and compiles a rule set; exported so that tests can prove malformed rules are refused. */
export function compileLocale(rules: LocaleRules): CompiledLocale {
  const names = new Set<string>();
  for (const rule of rules.rules) {
    if (names.has(rule.name)) throw new SentenceRuleError(rules.locale, rule.name, 'is declared twice');
    names.add(rule.name);
  }
  for (const candidate of rules.candidates) {
    if (!candidate.global) {
      throw new SentenceRuleError(rules.locale, `candidate ${candidate}`, 'expected the g flag');
    }
  }
  const needsWords = rules.rules.some((rule) => rule.nextWord !== undefined);
  return {
    sentence: rules.icu ? new Intl.Segmenter(rules.locale, { granularity: 'sentence' }) : undefined,
    word: needsWords ? new Intl.Segmenter(rules.locale, { granularity: 'word' }) : undefined,
    candidates: rules.candidates,
    rules: rules.rules.map((rule) => compileRule(rules.locale, rule)),
    fallback: rules.fallback === 'break',
    minLength: rules.minLength,
  };
}

const COMPILED: Readonly<Record<Locale, CompiledLocale>> = {
  en: compileLocale(SENTENCE_RULES.en),
  th: compileLocale(SENTENCE_RULES.th),
  zh: compileLocale(SENTENCE_RULES.zh),
};

/**
 * Characters after which ICU may end a sentence (terminals of UAX #29 in the scripts we meet, and line breaks).
 * A text without any has no ICU boundary, and most blocks (headings, list items, table cells) have none: skipping
 * the segmenter for them halves the time on a release.
 */
const ICU_TERMINALS = /[.!?。！？｡︒﹒．‼⁇⁈⁉\u037e।॥؟۔\n\r\u0085\u2028\u2029]/;

/** Sorted, deduplicated candidate offsets in (0, text.length). */
function collectCandidates(text: string, compiled: CompiledLocale): Int32Array {
  const found: number[] = [];
  if (compiled.sentence && ICU_TERMINALS.test(text)) {
    for (const { index } of compiled.sentence.segment(text)) if (index > 0) found.push(index);
  }
  for (const pattern of compiled.candidates) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex++;
      const end = match.index + match[0].length;
      if (end > 0 && end < text.length) found.push(end);
    }
  }
  const sorted = Int32Array.from(found).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (kept === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i] as number;
  }
  return sorted.subarray(0, kept);
}

/** Protect ranges merged into sorted, disjoint [start, end) pairs. */
function mergeRanges(protect: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = protect.filter(([start, end]) => end - start > 1).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d && code !== 0xa0 && code !== 0x3000) {
      return true;
    }
  }
  return false;
}

/**
 * Decides a candidate no rule matched (`work`: the text with U+FFFC stood in; `last`: the previous break or 0).
 * True makes it a break, still subject to `minLength`.
 */
export type UndecidedJudge = (work: string, offset: number, last: number) => boolean;

function run(
  text: string,
  locale: Locale,
  protect: readonly (readonly [number, number])[],
  trace: ((decision: BreakDecision) => void) | undefined,
  judge?: UndecidedJudge,
): number[] {
  const compiled = COMPILED[locale];
  if (text.length < 2) return [];
  const work = text.includes(OBJECT_CHAR) ? text.replaceAll(OBJECT_CHAR, OBJECT_STAND_IN) : text;
  const candidates = collectCandidates(work, compiled);
  const ranges = protect.length > 0 ? mergeRanges(protect) : [];
  let words: Intl.Segments | undefined;
  // Per text: whether each rule's `requires` characters occur (0 unknown, 1 yes, 2 no).
  const applicable = new Uint8Array(compiled.rules.length);
  const breaks: number[] = [];
  let last = 0;
  let range = 0;
  const note = (offset: number, isBreak: boolean, rule: string): void => trace?.({ offset, break: isBreak, rule });

  for (const offset of candidates) {
    while (range < ranges.length && (ranges[range] as [number, number])[1] <= offset) range++;
    const current = ranges[range];
    if (current && current[0] < offset) {
      note(offset, false, 'protected');
      continue;
    }
    if (!hasContent(work, last, offset) || !hasContent(work, offset, work.length)) {
      note(offset, false, 'empty');
      continue;
    }
    let decision = compiled.fallback;
    let decidedBy = 'fallback';
    let strong = false;
    for (let index = 0; index < compiled.rules.length; index++) {
      const rule = compiled.rules[index] as CompiledRule;
      if (rule.requires) {
        if (applicable[index] === 0) applicable[index] = rule.requires.test(work) ? 1 : 2;
        if (applicable[index] === 2) continue;
      }
      if (rule.before) {
        rule.before.lastIndex = offset;
        if (!rule.before.test(work)) continue;
      }
      if (rule.after) {
        rule.after.lastIndex = offset;
        if (!rule.after.test(work)) continue;
      }
      if (rule.nextWord && rule.nextWordPrefix && compiled.word) {
        rule.nextWordPrefix.lastIndex = offset;
        if (!rule.nextWordPrefix.test(work)) continue;
        words ??= compiled.word.segment(work);
        const word = words.containing(offset);
        if (!word || word.index !== offset || !rule.nextWord.has(word.segment)) continue;
      }
      decision = rule.break;
      decidedBy = rule.name;
      strong = rule.strong;
      break;
    }
    if (decidedBy === 'fallback' && judge?.(work, offset, last)) {
      decision = true;
      decidedBy = 'model';
    }
    if (decision && !strong && offset - last < compiled.minLength) {
      note(offset, false, 'min-length');
      continue;
    }
    note(offset, decision, decidedBy);
    if (decision) {
      breaks.push(offset);
      last = offset;
    }
  }
  return breaks;
}

/**
 * Offsets (UTF-16, strictly increasing, each in (0, text.length)) where a new sentence starts in `text`.
 * A sentence is text.slice(prevBreak, break) and includes its trailing white space; the caller trims.
 * U+FFFC in `text` stands for an inline code or a locked glossary term: treat it as an unbreakable word-like character.
 * No break may fall strictly inside a `protect` range [start, end) (link text, emphasis spanning sentences, code spans).
 */
export function sentenceBreaks(
  text: string,
  locale: Locale,
  protect: readonly (readonly [number, number])[] = [],
): number[] {
  return run(text, locale, protect, undefined);
}

/** Every candidate and the rule that decided it, in order: for tests, reports and rule debugging. */
export function explainSentenceBreaks(
  text: string,
  locale: Locale,
  protect: readonly (readonly [number, number])[] = [],
): BreakDecision[] {
  const decisions: BreakDecision[] = [];
  run(text, locale, protect, (decision) => decisions.push(decision));
  return decisions;
}

/** Sentence breaks with `judge` deciding the candidates no rule matched: for training and cross-validation. */
export function sentenceBreaksJudged(
  text: string,
  locale: Locale,
  protect: readonly (readonly [number, number])[],
  judge: UndecidedJudge,
  trace?: (decision: BreakDecision) => void,
): number[] {
  return run(text, locale, protect, trace, judge);
}

/** `text` cut at its sentence breaks (each piece keeps its trailing white space). */
export function splitSentences(
  text: string,
  locale: Locale,
  protect?: readonly (readonly [number, number])[],
): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const offset of sentenceBreaks(text, locale, protect)) {
    pieces.push(text.slice(last, offset));
    last = offset;
  }
  pieces.push(text.slice(last));
  return pieces;
}
