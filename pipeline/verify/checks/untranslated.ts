// A target identical to its source, once locked terms and codes are set aside, was most likely never translated.
// A warning, not an error: a line of names and figures ("Symbol Price Change (%)") may rightly stay as it is.
import { CHECK_UNTRANSLATED } from './ids.ts';
import { isProse } from '../letters.ts';
import { stripLinks } from '../links.ts';
import { collapse, sameCollapsed, textsOf } from '../text.ts';
import type { QaCheck, QaIssue } from '../types.ts';

export const untranslatedCheck: QaCheck = {
  id: CHECK_UNTRANSLATED,
  severity: 'warning',
  description: 'The target equals the source outside locked terms and codes (for prose of two words or more).',
  check(input): QaIssue[] {
    if (input.from === input.to) return [];
    const texts = textsOf(input);
    if (!sameCollapsed(texts.sourceFree, texts.targetFree) || !isProse(stripLinks(texts.sourceFree))) return [];
    const source = collapse(texts.source);
    return [
      {
        message: `The target is the untranslated source text: "${source.length > 60 ? `${source.slice(0, 59)}…` : source}".`,
      },
    ];
  },
};
