// The verify stage: run the QA checks over one target segment and report findings. Read-only; the caller
// (localize, publish, `npm run qa`) sets `release` on the findings and decides what an error blocks.
import { ALL_CHECKS, CHECK_EMPTY } from './checks/index.ts';
import type { Finding } from '../types.ts';
import type { QaCheck, QaInput } from './types.ts';

export * from './checks/index.ts';
export type { QaCheck, QaInput, QaIssue } from './types.ts';

export interface QaSummary {
  errors: number;
  warnings: number;
}

/**
 * The findings of `checks` on one segment, in check order. When the target is empty, only the empty check's
 * finding is kept: every other check would just repeat that the target lacks everything.
 */
export function verifySegment(input: QaInput, checks: readonly QaCheck[] = ALL_CHECKS): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    const issues = check.check(input);
    if (issues.length === 0) continue;
    const own: Finding[] = issues.map((issue) => {
      const finding: Finding = {
        check: check.id,
        severity: issue.severity ?? check.severity,
        message: issue.message,
        segment: input.segment,
        locale: input.to,
      };
      if (issue.suggestion !== undefined) finding.suggestion = issue.suggestion;
      return finding;
    });
    if (check.id === CHECK_EMPTY) return own;
    findings.push(...own);
  }
  return findings;
}

/** Counts of errors and warnings, for reports and the manifest. */
export function summarize(findings: readonly Finding[]): QaSummary {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
