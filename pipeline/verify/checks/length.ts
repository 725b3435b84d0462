// A target far shorter or longer than translations of that language pair usually are has lost a clause or gained
// one (an engine's note, a duplicated sentence). A warning: style and names make honest outliers.
import { CHECK_LENGTH } from './ids.ts';
import { EXPECTED_LENGTH_RATIO, LENGTH_TOLERANCE, MIN_SOURCE_LENGTH } from '../length-ratios.ts';
import { stripLinks } from '../links.ts';
import { collapsedLength, sameCollapsed, textsOf } from '../text.ts';
import type { QaCheck, QaIssue } from '../types.ts';

function round(n: number): string {
  return n >= 10 ? n.toFixed(0) : n.toFixed(n >= 1 ? 1 : 2);
}

export const lengthCheck: QaCheck = {
  id: CHECK_LENGTH,
  severity: 'warning',
  description: 'The target/source length ratio is within 3× of the usual for the language pair (sources ≥ 20 chars).',
  check(input): QaIssue[] {
    const { source, target } = textsOf(input);
    // A copy of the source is the untranslated check's finding, or a line of names that needs no translation.
    if (source.length < MIN_SOURCE_LENGTH || sameCollapsed(source, target)) return [];
    const sourceLength = collapsedLength(stripLinks(source));
    if (sourceLength < MIN_SOURCE_LENGTH) return [];
    const targetLength = collapsedLength(stripLinks(target));
    // An empty target is the empty check's finding.
    if (targetLength === 0) return [];
    const expected = EXPECTED_LENGTH_RATIO[`${input.from}>${input.to}`];
    const ratio = targetLength / sourceLength;
    if (ratio >= expected / LENGTH_TOLERANCE && ratio <= expected * LENGTH_TOLERANCE) return [];
    const direction = ratio < expected ? 'short' : 'long';
    return [
      {
        message:
          `The target is unusually ${direction}: ${targetLength} characters for ${sourceLength} in the source ` +
          `(${round(ratio)}×; ${input.from}→${input.to} is usually about ${round(expected)}×). ` +
          `Check for ${direction === 'short' ? 'missing' : 'added'} text.`,
      },
    ];
  },
};
