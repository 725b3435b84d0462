// Thai sentence boundaries measured on text the rules were not written against: the held-out thai-dev files,
// hand-marked before the rules changed (marks/README.md). The floors are the figures the README reports.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/segment/sentences.ts';
import { needsShared } from '../support/needs.ts';
import { add, compare, EMPTY_AGREEMENT, scores } from './agreement.ts';
import { heldOutFiles, loadMarks, markedTexts } from './marks.ts';

/** Held-out figures as reported in the README (rounded down; third measurement): lower fails here. */
const FLOOR = { precision: 0.91, recall: 0.75 };

describe.skipIf(!needsShared('corpus/thai-dev'))('Thai sentence boundaries on held-out text (thai-dev)', () => {
  const marks = loadMarks('thai-dev');
  const heldOut = new Set(heldOutFiles('thai-dev'));

  it('splits the 16 marked files into 6 held out and 10 for tuning, every held-out file marked', () => {
    expect(marks).toHaveLength(16);
    expect(heldOut.size).toBe(6);
    expect(marks.filter((file) => heldOut.has(file.source))).toHaveLength(6);
  });

  it('finds every marked paragraph unchanged in ../shared', () => {
    for (const file of marks) expect(() => markedTexts(file)).not.toThrow();
  });

  it(`keeps precision ≥ ${FLOOR.precision} and recall ≥ ${FLOOR.recall} on the held-out part`, () => {
    let total = EMPTY_AGREEMENT;
    for (const file of marks.filter((item) => heldOut.has(item.source))) {
      for (const paragraph of markedTexts(file)) {
        const actual = splitSentences(paragraph.text, 'th').map((sentence) => sentence.trim());
        total = add(total, compare(paragraph.expected, actual));
      }
    }
    const { precision, recall } = scores(total);
    expect(total.truePositives + total.falseNegatives).toBeGreaterThanOrEqual(25);
    expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
