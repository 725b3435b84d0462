// The shapes of the verify stage: what a check reads (QaInput), what it says (QaIssue) and what it is (QaCheck).
import type { TermType } from '../lock/glossary.ts';
import type { Locale, Run, Severity } from '../types.ts';

/**
 * One target segment to verify, with the glossary questions the checks need answered. Treated as immutable:
 * the texts derived from it are cached per object for the run of all checks.
 */
export interface QaInput {
  /** Segment id, copied into every finding. */
  segment: string;
  from: Locale;
  to: Locale;
  /** Masked source runs (glossary terms as `{type:'lock'}`). */
  source: Run[];
  /** Masked target runs. */
  target: Run[];
  /** The glossary form of `term` in `locale`, used to render locks into text. */
  lockForm(term: string, locale: Locale): string;
  /** Forms of `term` that must never appear in `locale` (empty when none). */
  forbidden(term: string, locale: Locale): string[];
  /** The Markdown node type of the source's inline code `id` (`emphasis`, `link` …), undefined when unknown. */
  codeType(id: string): string | undefined;
  /** The glossary type of `term` (`work`, `brand` …), undefined when the glossary lacks it. */
  termType(term: string): TermType | undefined;
}

/** What a check found wrong with one segment. `verifySegment` turns it into a `Finding`. */
export interface QaIssue {
  /** A sentence a reviewer understands without knowing the check. */
  message: string;
  /** Overrides the check's default severity for this issue (zh-punctuation escalates some cases). */
  severity?: Severity;
  /** The fix, when there is one obvious fix. */
  suggestion?: string;
}

/** A read-only check of one segment. It never mutates its input. */
export interface QaCheck {
  /** Kebab-case id, one of the constants in `checks/ids.ts`. */
  id: string;
  /** Default severity of its issues. */
  severity: Severity;
  /** One line for `--help` and reports. */
  description: string;
  check(input: QaInput): QaIssue[];
}
