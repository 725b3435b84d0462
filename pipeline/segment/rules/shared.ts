// Rules every locale shares: brackets and quotes, and line breaks inside a block.
import type { BreakRule } from './types.ts';

/** Opening quotes and brackets, Latin and CJK: they start the sentence they open. */
export const OPENING = '“‘「『（《〈【〔(\\[{';
/** Closing quotes and brackets: they end the sentence they close. */
export const CLOSING = '”’」』）》〉】〕)\\]}"\'';
/** Lines at least this long that end without sentence punctuation are soft-wrapped prose, not headings. */
export const SOFT_WRAP_MIN_LINE = 40;

/** A line break is a candidate in every locale (ICU always breaks there; Thai has no sentence pass). */
export const LINE_BREAK_CANDIDATE = /\n\s*/g;

export const SHARED_RULES: readonly BreakRule[] = [
  {
    // ICU ends a sentence after an opening bracket that belongs to the next one (`。《`, `。「`).
    name: 'no-break-after-opening',
    break: false,
    before: new RegExp(`[${OPENING}]\\s*`),
  },
  {
    // A long line that stops mid-sentence is Markdown soft wrapping: the sentence goes on on the next line,
    // unless that line is a label (`Website: https://…`, `Email: …`) as in contact blocks.
    name: 'soft-wrap',
    break: false,
    before: new RegExp(`[^\\n]{${SOFT_WRAP_MIN_LINE - 1}}[^\\n.!?。！？…:：${CLOSING}]\\n\\s*`),
    after: /(?![A-Z][^\n:.!?]{0,30}:\s)/,
  },
  {
    // Any other line break ends a sentence: a short line without punctuation is a heading, a dateline, a label
    // ("About Tencent", "FOR IMMEDIATE RELEASE", "Media contact:").
    name: 'line-break',
    break: true,
    strong: true,
    before: /\n\s*/,
  },
];
