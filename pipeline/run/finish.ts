// One release in one locale: pick every segment's target, verify it, and assemble the Markdown.
import { assemble } from '../assemble/index.ts';
import { lockForm, type Glossary } from '../lock/glossary.ts';
import { verifySegment } from '../verify/index.ts';
import { checksFor } from '../verify/policy.ts';
import type { PreparedRelease } from '../index.ts';
import { needsTranslation } from '../segment/index.ts';
import { InlineError } from '../parse/inline.ts';
import { requestKey, type TranslateOutcome } from '../translate/index.ts';
import type { Finding, Locale, Target, TargetStatus } from '../types.ts';
import type { LocaleReport } from './report.ts';
import type { OutputStamp } from './manifest.ts';

export interface FinishInput {
  release: PreparedRelease;
  locale: Locale;
  /** What the provider chain answered, by request key. */
  outcome: TranslateOutcome;
  glossary: Glossary;
  dryRun: boolean;
}

export interface LocaleResult {
  report: LocaleReport;
  findings: Finding[];
  /** Ids of segments without a target. */
  missing: string[];
  /** The Markdown, when every segment has a target that assembles (and it was not written by the run). */
  markdown?: string;
  /** The file the Markdown was written to, when the run writes outputs (StageOptions.out). */
  output?: string;
  /** That file as written: what the re-run manifest records (./manifest.ts). */
  written?: OutputStamp;
  /** The status of every segment's target by id; segments kept as they are (source locale, nothing to translate)
   * have origin `source` and state `final`. Only the status: the text is in `markdown`, and this crosses threads. */
  targets: Map<string, TargetStatus>;
  /** Request keys of this locale that an engine answered (or would answer, in a dry run). */
  engineKeys: Set<string>;
}

export function finishLocale(input: FinishInput): LocaleResult {
  const { release, locale, outcome, glossary } = input;
  const engineKeys = new Set<string>();
  const from = release.doc.locale;
  const report: LocaleReport = {
    segments: release.segments.length,
    memory: 0,
    engine: 0,
    local: 0,
    missing: 0,
    fuzzy: 0,
    chars_sent: 0,
    qa: { errors: 0, warnings: 0 },
    output: null,
  };
  const chosen = new Map<string, Target>();
  const findings: Finding[] = [];
  const missing: string[] = [];
  // Dry run: segments an engine would be sent have no target yet, so the locale cannot be assembled.
  let awaitingEngine = 0;
  const formOf = (term: string, l: Locale) => lockForm(glossary, term, l);
  const forbidden = (term: string, l: Locale) => glossary.byId.get(term)?.forbidden[l] ?? [];
  const termType = (term: string) => glossary.byId.get(term)?.type;
  const codesOf = new Map(release.blocks.map((block) => [block.id, block.codes]));
  for (const segment of release.segments) {
    if (from === locale || !needsTranslation(segment.source)) {
      chosen.set(segment.id, { runs: segment.source, state: 'final', origin: 'source' });
      report.local++;
      continue;
    }
    const key = requestKey(from, locale, segment.key);
    const kind = outcome.kinds.get(key);
    if (kind === 'engine') {
      report.engine++;
      engineKeys.add(key);
    }
    const target = outcome.targets.get(key);
    if (!target) {
      if (input.dryRun && kind === 'engine') awaitingEngine++;
      else {
        report.missing++;
        missing.push(segment.id);
        const reason = outcome.rejected.get(key);
        if (reason)
          findings.push({
            check: 'engine-output',
            severity: 'error',
            message: `engine output rejected, not stored: ${reason}`,
            segment: segment.id,
            release: release.doc.slug,
            locale,
          });
      }
      continue;
    }
    chosen.set(segment.id, target);
    if (kind === 'memory') report.memory++;
    else if (kind === 'local') report.local++;
    const segmentFindings = verifySegment(
      {
        segment: segment.id,
        from,
        to: locale,
        source: segment.source,
        target: target.runs,
        lockForm: formOf,
        forbidden,
        codeType: (id) => codesOf.get(segment.blockId)?.[id]?.node.type,
        termType,
      },
      checksFor(target.origin),
    );
    for (const finding of segmentFindings) findings.push({ ...finding, release: release.doc.slug, locale });
  }
  let markdown: string | undefined;
  if (missing.length === 0 && awaitingEngine === 0) {
    try {
      const runs = new Map([...chosen].map(([id, target]) => [id, target.runs]));
      markdown = assemble({
        doc: release.doc,
        blocks: release.blocks,
        segments: release.segments,
        targets: runs,
        locale,
        glossary,
      });
    } catch (error) {
      if (!(error instanceof InlineError)) throw error;
      findings.push({
        check: 'assemble',
        severity: 'error',
        message: error.message,
        release: release.doc.slug,
        locale,
      });
    }
  }
  report.qa.errors = findings.filter((f) => f.severity === 'error').length;
  report.qa.warnings = findings.length - report.qa.errors;
  const targets = new Map<string, TargetStatus>();
  for (const [id, { state, origin }] of chosen) targets.set(id, { state, origin });
  return { report, findings, missing, targets, engineKeys, ...(markdown !== undefined ? { markdown } : {}) };
}
