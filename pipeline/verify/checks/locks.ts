// Glossary terms: every locked term of the source is in the target as often, none is added, and no forbidden
// form of a term of the segment was written instead (the engine translating a name it should have kept).
import { CHECK_LOCKS } from './ids.ts';
import { countForm } from '../occurrences.ts';
import { lockCounts, textsOf } from '../text.ts';
import type { QaCheck, QaInput, QaIssue } from '../types.ts';

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function forbiddenIssues(input: QaInput, terms: Iterable<string>, targetFree: string): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const term of terms) {
    for (const form of input.forbidden(term, input.to)) {
      // Only the text outside locks: a locked form is right by construction, even when it contains a forbidden one.
      if (countForm(targetFree, form) === 0) continue;
      const right = input.lockForm(term, input.to);
      issues.push({
        message: `The target writes "${form}", a forbidden form of the glossary term "${right}" (${term}).`,
        suggestion: `Write "${right}" instead of "${form}".`,
      });
    }
  }
  return issues;
}

export const locksCheck: QaCheck = {
  id: CHECK_LOCKS,
  severity: 'error',
  description: 'Every locked glossary term of the source is in the target as often, none is added, no forbidden form.',
  check(input): QaIssue[] {
    const source = lockCounts(input.source);
    const target = lockCounts(input.target);
    if (source.size === 0 && target.size === 0) return [];
    const { sourceFree, targetFree } = textsOf(input);
    const issues: QaIssue[] = [];
    for (const [term, expected] of source) {
      const form = input.lockForm(term, input.to);
      const found = target.get(term) ?? 0;
      if (found < expected) {
        // A form typed as plain text reads right today but would not follow a glossary change: still an error.
        const typed = Math.max(0, countForm(targetFree, form) - countForm(sourceFree, form));
        issues.push({
          message:
            `The glossary term "${form}" (${term}) is in the source ${times(expected)} ` +
            `but locked in the target ${found === 0 ? 'not at all' : times(found)}` +
            (typed > 0 ? ` (typed as plain text ${times(typed)}: a glossary change would not reach it).` : '.'),
          suggestion: `Keep the placeholder {t:${term}} in the translation.`,
        });
      }
    }
    for (const [term, found] of target) {
      const expected = source.get(term) ?? 0;
      if (found > expected) {
        const form = input.lockForm(term, input.to);
        issues.push({
          message:
            `The target has the glossary term "${form}" (${term}) ${times(found)}, ` +
            `the source ${expected === 0 ? 'not at all' : times(expected)}.`,
        });
      }
    }
    const terms = new Set([...source.keys(), ...target.keys()]);
    return issues.concat(forbiddenIssues(input, terms, targetFree));
  },
};
