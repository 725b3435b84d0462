// The one way a Finding prints: where it is, then severity, check and message.
import type { Finding } from './types.ts';

/** `file:line: severity check: message (suggestion)`, or `release locale segment: …` for a segment. */
export function formatFinding(finding: Finding): string {
  const where = finding.file
    ? `${finding.file}${finding.line ? `:${finding.line}` : ''}`
    : [finding.release, finding.locale, finding.segment].filter(Boolean).join(' ');
  const suggestion = finding.suggestion ? ` (${finding.suggestion})` : '';
  return `${where ? `${where}: ` : ''}${finding.severity} ${finding.check}: ${finding.message}${suggestion}`;
}
