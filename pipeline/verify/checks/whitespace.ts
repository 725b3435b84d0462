// White space a reader sees as a typo: leading or trailing space, doubled spaces, and in Chinese a space between
// two Han characters. Only what the source does not have itself is reported.
import { CHECK_WHITESPACE } from './ids.ts';
import { rendered, textsOf } from '../text.ts';
import type { QaCheck, QaIssue } from '../types.ts';

// Codes stand as this mark, so that "word {1/} word" (an image between spaces) has no doubled space.
const CODE_MARK = '\u0001';
const LEADING = /^\s/;
const TRAILING = /\s$/;
const DOUBLED = / {2,}/;
const HAN_SPACE_HAN = /\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u;

export const whitespaceCheck: QaCheck = {
  id: CHECK_WHITESPACE,
  severity: 'warning',
  description: 'No leading or trailing white space, no doubled spaces, no space between Han characters in zh.',
  check(input): QaIssue[] {
    const { source, target } = textsOf(input);
    if (target === '') return [];
    const issues: QaIssue[] = [];
    if (LEADING.test(target) && !LEADING.test(source)) issues.push({ message: 'The target starts with white space.' });
    if (TRAILING.test(target) && !TRAILING.test(source)) issues.push({ message: 'The target ends with white space.' });
    if (target.includes('  ')) {
      const targetMarked = rendered(input.target, (term) => input.lockForm(term, input.to), CODE_MARK);
      const sourceMarked = rendered(input.source, (term) => input.lockForm(term, input.from), CODE_MARK);
      if (DOUBLED.test(targetMarked) && !DOUBLED.test(sourceMarked)) {
        issues.push({ message: 'The target has doubled spaces.', suggestion: 'Use single spaces.' });
      }
    }
    if (input.to === 'zh') {
      const found = HAN_SPACE_HAN.exec(target);
      if (found) {
        issues.push({
          message: `The target has a space between Chinese characters: "${found[0]}".`,
          suggestion: `Write "${found[0].replace(/[ \t\u3000]+/, '')}".`,
        });
      }
    }
    return issues;
  },
};
