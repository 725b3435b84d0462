// Everything an import checks before it writes anything: the file is for a release and locale of the project, and
// each translated unit is one of the release's segments, with its source unchanged, codes and locks the source has
// and no QA error (the checks `npm run qa` and the review editor run). Read-only.
import { UserError } from '../errors.ts';
import type { Glossary } from '../lock/glossary.ts';
import { parseTargetRuns } from '../review/edits.ts';
import type { LoadedRelease } from '../review/project.ts';
import { checkTarget, currentTarget, FUZZY_ORIGIN, reviewableSegments, sameRuns } from '../review/segments.ts';
import { RANK, lookup, type TranslationMemory } from '../tm/index.ts';
import type { TmUnit } from '../tm/xliff.ts';
import { runsKey } from '../runs.ts';
import type { Locale, Run, Segment, TargetState } from '../types.ts';
import type { ImportProblem, ImportState, ReturnedFile } from './types.ts';

/** One unit to store. */
export interface PlannedUnit {
  segment: Segment;
  target: Run[];
  state: TargetState;
  origin: string;
  /** True when the target is new; false when an unchanged target is only approved. */
  changed: boolean;
}

export interface ImportPlan {
  file: ReturnedFile;
  release: LoadedRelease;
  locale: Locale;
  units: PlannedUnit[];
  /** Units left as they are: no target, or the same target and nothing to approve. */
  unchanged: number;
}

export interface CheckContext {
  glossary: Glossary;
  memory: TranslationMemory;
  /** The release's memory units by id, as the file holds them now. */
  units: ReadonlyMap<string, TmUnit>;
  reviewer: string;
  state: ImportState;
}

/** The release a file is for: by its slug, else by the Markdown file it names. */
export function releaseOf(file: ReturnedFile, releases: readonly LoadedRelease[]): LoadedRelease | ImportProblem {
  const found =
    releases.find((r) => file.release !== undefined && r.prepared.doc.slug === file.release) ??
    releases.find((r) => file.original !== undefined && r.file === file.original);
  if (found) return found;
  const named = file.release ?? file.original ?? 'no release';
  return { file: file.path, reason: `names ${JSON.stringify(named)}, which is not a release of this project` };
}

/** The plan for one file, or every problem found in it. */
export function checkFile(
  file: ReturnedFile,
  release: LoadedRelease,
  context: CheckContext,
): { plan: ImportPlan } | { problems: ImportProblem[] } {
  const { doc } = release.prepared;
  const problems: ImportProblem[] = [];
  const problem = (reason: string, unit?: string) =>
    problems.push({ file: file.path, ...(unit !== undefined ? { unit } : {}), reason });
  if (file.srcLang !== doc.locale)
    problem(`source language ${file.srcLang}, but ${doc.slug} is written in ${doc.locale}`);
  if (file.trgLang === doc.locale) problem(`target language ${file.trgLang} is the release's own language`);
  if (problems.length > 0) return { problems };
  const segments = new Map(reviewableSegments(release.prepared).map((segment) => [segment.id, segment]));
  const seen = new Set<string>();
  const plan: ImportPlan = { file, release, locale: file.trgLang, units: [], unchanged: 0 };
  for (const unit of file.units) {
    if (seen.has(unit.id)) {
      problem('appears more than once in the file', unit.id);
      continue;
    }
    seen.add(unit.id);
    const segment = segments.get(unit.id);
    if (!segment) {
      problem(
        context.units.has(unit.id)
          ? 'stale: the release no longer has this segment (its source changed since the export)'
          : `unknown unit: ${doc.slug} has no segment with this id`,
        unit.id,
      );
      continue;
    }
    // Compared as the memory indexes sources (white space collapsed): a tool that re-flows a source changes nothing.
    if (runsKey(unit.source) !== segment.key) {
      problem('stale: its source is not the release’s (changed since the export, or edited in the file)', unit.id);
      continue;
    }
    if (!unit.target) {
      plan.unchanged++;
      continue;
    }
    let target: Run[];
    try {
      target = parseTargetRuns(segment, unit.target);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problem(error.detail, unit.id);
      continue;
    }
    const current = currentTarget(
      context.units.get(segment.id),
      lookup(context.memory, doc.locale, file.trgLang, segment.key),
    );
    const changed = !current || !sameRuns(current.runs, target);
    const approve = context.state === 'reviewed' && (changed || unit.approved);
    if (!changed && (!approve || RANK[current.state] >= RANK.reviewed)) {
      plan.unchanged++;
      continue;
    }
    // A target someone changes is theirs; one only approved keeps its origin, a fuzzy match becoming theirs.
    const origin =
      changed || !current || current.origin === FUZZY_ORIGIN ? context.reviewer : (current.origin as string);
    const findings = checkTarget(context.glossary, release.prepared, file.trgLang, segment, { runs: target, origin });
    const errors = findings.filter((finding) => finding.severity === 'error');
    for (const error of errors) problem(`${error.check}: ${error.message}`, unit.id);
    if (errors.length > 0) continue;
    plan.units.push({ segment, target, state: approve ? 'reviewed' : 'translated', origin, changed });
  }
  return problems.length > 0 ? { problems } : { plan };
}
