// The hand-checked segmentations of real corpus passages (and invented press-release cases) hold exactly;
// the cases known to be wrong stay wrong in the documented way until a rule fixes them.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/segment/sentences.ts';
import { LOCALES } from '../../pipeline/types.ts';
import { loadCases } from './corpus.ts';

const dense = (pieces: readonly string[]): string => pieces.join('').replace(/\s+/g, '');

describe.each(LOCALES)('hand-checked sentences (%s)', (locale) => {
  const cases = loadCases(locale);

  it('has at least 50 hand-checked corpus sentences', () => {
    const corpus = cases.filter((item) => item.passage.text === undefined);
    expect(corpus.reduce((sum, item) => sum + item.passage.expected.length, 0)).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    // The fixture covers exactly its passage: nothing dropped, nothing invented.
    expect(dense(item.passage.expected)).toBe(dense([item.text]));
    const actual = splitSentences(item.text, locale, item.protect).map((sentence) => sentence.trim());
    if (item.passage.knownWrong) {
      expect(item.passage.knownWrong.reason.length).toBeGreaterThan(20);
      expect(actual).toEqual(item.passage.knownWrong.actual);
      expect(actual).not.toEqual(item.passage.expected);
    } else {
      expect(actual).toEqual(item.passage.expected);
    }
  });
});
