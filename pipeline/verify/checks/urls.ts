// URLs and e-mail addresses written in the text pass through translation unchanged: a changed one is a broken
// link at best and a redirected reader at worst, so one the source does not have is reported too.
import { CHECK_URLS } from './ids.ts';
import { findLinks, mayHaveLinks } from '../links.ts';
import { minus } from '../multiset.ts';
import { textsOf } from '../text.ts';
import type { QaCheck, QaIssue } from '../types.ts';

export const urlsCheck: QaCheck = {
  id: CHECK_URLS,
  severity: 'error',
  description: 'Every URL and e-mail address of the source is in the target unchanged, and the target adds none.',
  check(input): QaIssue[] {
    const { source, target } = textsOf(input);
    if (!mayHaveLinks(source) && !mayHaveLinks(target)) return [];
    const sourceLinks = findLinks(source);
    const targetLinks = findLinks(target);
    const missing = minus(sourceLinks, targetLinks);
    const extra = minus(targetLinks, sourceLinks);
    const issues: QaIssue[] = [];
    if (missing.length > 0) {
      issues.push({
        message:
          `The target lost or changed ${missing.length === 1 ? 'this link' : 'these links'} of the source: ` +
          `${missing.join(', ')}.` +
          (extra.length > 0 ? ` It has instead: ${extra.join(', ')}.` : ''),
        suggestion: 'Copy URLs and e-mail addresses from the source character for character.',
      });
    } else if (extra.length > 0) {
      issues.push({
        message: `The target has ${extra.length === 1 ? 'a link' : 'links'} the source does not: ${extra.join(', ')}.`,
      });
    }
    return issues;
  },
};
