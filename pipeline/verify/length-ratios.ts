// Usual target/source length in characters (white space collapsed, links left out) per language pair, measured
// on parallel text: Chinese takes about a third of the characters of English or Thai; Thai about as many as
// English. Data, not code, so a new pair is one line.
import type { Locale } from '../types.ts';

export type LanguagePair = `${Locale}>${Locale}`;

export const EXPECTED_LENGTH_RATIO: Readonly<Record<LanguagePair, number>> = {
  'en>en': 1,
  'en>th': 1,
  'en>zh': 0.3,
  'th>en': 1,
  'th>th': 1,
  'th>zh': 0.3,
  'zh>en': 3.3,
  'zh>th': 3.3,
  'zh>zh': 1,
};

/** How far from the usual ratio a target may be before it is reported: a third of it, or three times it. */
export const LENGTH_TOLERANCE = 3;

/** Sources shorter than this (characters) vary too much in length to judge ("Contact Info:"). */
export const MIN_SOURCE_LENGTH = 20;
