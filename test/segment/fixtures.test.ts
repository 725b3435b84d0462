// The hand-checked segmentations of real corpus passages (and invented press-release cases) hold exactly;
// the cases known to be wrong stay wrong in the documented way until a rule fixes them. Corpus passages are read
// from ../shared at run time; the fixtures hold only their place and the offsets of their boundaries.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/segment/sentences.ts';
import { LOCALES } from '../../pipeline/types.ts';
import { needsShared } from '../support/needs.ts';
import { type Case, loadCases, loadFixtures } from './corpus.ts';

const dense = (pieces: readonly string[]): string => pieces.join('').replace(/\s+/g, '');

function check(item: Case): void {
  // The fixture covers exactly its passage: nothing dropped, nothing invented.
  expect(dense(item.expected)).toBe(dense([item.text]));
  const actual = splitSentences(item.text, item.locale, item.protect).map((sentence) => sentence.trim());
  if (item.passage.knownWrong) {
    expect(item.passage.knownWrong.reason.length).toBeGreaterThan(20);
    expect(actual).toEqual(item.knownWrongActual);
    expect(actual).not.toEqual(item.expected);
  } else {
    expect(actual).toEqual(item.expected);
  }
}

describe.each(LOCALES)('invented cases (%s)', (locale) => {
  const invented = loadFixtures(locale).filter((file) => file.source === 'invented');
  const cases = invented.length > 0 ? loadCases(locale, 'invented') : [];
  it.each(cases.map((item) => [item.id, item] as const))('%s', (_id, item) => check(item));
});

const HAVE_CORPUS = needsShared('corpus');

describe.skipIf(!HAVE_CORPUS)('hand-checked corpus sentences', () => {
  describe.each(LOCALES)('%s', (locale) => {
    const cases = HAVE_CORPUS ? loadCases(locale, 'corpus') : [];

    it('has at least 50 hand-checked corpus sentences', () => {
      expect(cases.reduce((sum, item) => sum + item.expected.length, 0)).toBeGreaterThanOrEqual(50);
    });

    it('holds no corpus text: passages are places and offsets', () => {
      for (const item of cases) {
        expect(item.passage.text).toBeUndefined();
        expect(item.passage.expected).toBeUndefined();
      }
    });

    it.each(cases.map((item) => [item.id, item] as const))('%s', (_id, item) => check(item));
  });
});
