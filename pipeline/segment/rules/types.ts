// The shape of sentence-segmentation rules. Rules are data, SRX-style: at each candidate position the ordered rules
// are tried and the first one whose every condition holds decides whether the position is a sentence boundary.
import type { Locale } from '../../types.ts';

/** One break or no-break rule. A rule without conditions matches every candidate. */
export interface BreakRule {
  /** Kebab-case name, unique within a locale; tests and reports refer to rules by name. */
  readonly name: string;
  /** `true`: the position is a boundary; `false`: it is not. */
  readonly break: boolean;
  /** The text before the position must end with a match. Tested as a look-behind: do not anchor it. */
  readonly before?: RegExp;
  /** The text after the position must start with a match. Tested sticky: do not anchor it. */
  readonly after?: RegExp;
  /** The first word after the position (Intl.Segmenter, granularity `word`) must be one of these. */
  readonly nextWord?: readonly string[];
  /**
   * Characters of which the text must contain at least one for the rule to apply at all: a cheap test once per
   * text that spares costly look-behinds (quotations, parentheses) on the many texts without them.
   */
  readonly requires?: string;
  /** A boundary even when the sentence it ends is shorter than the locale's `minLength`. */
  readonly strong?: boolean;
}

/** Everything the segmenter needs for one locale. */
export interface LocaleRules {
  readonly locale: Locale;
  /** Seed the candidates with the boundaries of `Intl.Segmenter` (granularity `sentence`). */
  readonly icu: boolean;
  /** Further candidates: the end of every match. Each must have the `g` flag. */
  readonly candidates: readonly RegExp[];
  /** Ordered; the first rule that matches a candidate decides. */
  readonly rules: readonly BreakRule[];
  /** What a candidate no rule matches becomes. */
  readonly fallback: 'break' | 'keep';
  /** A break is dropped when the sentence it ends would be shorter than this (UTF-16 units, spaces included). */
  readonly minLength: number;
}

/** A regular-expression alternation of literal words, longest first so that `Mrs` wins over `Mr`. */
export function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * What U+FFFC (an inline code or a locked term) is segmented as: a capitalized Latin word of one letter, same
 * UTF-16 length. Not ASCII `X`, which the initials rule would read as `J.` in `J. K. Rowling`: a sentence that ends
 * on a locked name must still end. Rules see it too (a 。 inside bold is followed by it).
 */
export const OBJECT_STAND_IN = 'Ẋ';
