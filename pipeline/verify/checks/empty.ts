// A target with no text where the source has some: a lost translation, or one that kept only the formatting.
import { CHECK_EMPTY } from './ids.ts';
import { textsOf } from '../text.ts';
import type { QaCheck, QaIssue } from '../types.ts';

const NON_SPACE = /\S/;

export const emptyCheck: QaCheck = {
  id: CHECK_EMPTY,
  severity: 'error',
  description: 'The target is empty, or white space and formatting codes only, while the source has text.',
  check(input): QaIssue[] {
    const { source, target } = textsOf(input);
    if (NON_SPACE.test(target) || !NON_SPACE.test(source)) return [];
    const codesOnly = input.target.some((run) => run.type !== 'text');
    return [
      {
        message: codesOnly
          ? 'The target keeps the formatting codes of the source but has no text: the translation is missing.'
          : 'The target is empty: the translation is missing.',
      },
    ];
  },
};
