// A release in one target locale as the reviewer sees it: every translatable segment in document order with the
// target publishing would use, its QA findings, notes and fuzzy matches. Read-only.
import { lockForm, type Glossary } from '../lock/glossary.ts';
import { ENGINE_ORIGINS } from '../publish/policy.ts';
import { ARTEFACT_ORIGINS } from '../providers/ids.ts';
import { needsTranslation } from '../segment/index.ts';
import { parseRunsKey } from '../runs.ts';
import { fuzzyMatches } from '../tm/fuzzy.ts';
import { lookup, readTmFile, tmPath, type TranslationMemory } from '../tm/index.ts';
import type { TmUnit } from '../tm/xliff.ts';
import { checksFor } from '../verify/policy.ts';
import { summarize, verifySegment } from '../verify/index.ts';
import type { Finding, Locale, Run, Segment, Target, TargetState } from '../types.ts';
import type { PreparedRelease } from '../index.ts';
import type { ReviewContext } from './project.ts';
import {
  REVIEW_CATEGORIES,
  type CategoryCounts,
  type FuzzySuggestion,
  type LocaleSummary,
  type ReleaseReview,
  type ReviewCategory,
  type ReviewSegment,
  type RunLabels,
} from './types.ts';

/** Origin of a fuzzy match inserted by a reviewer and not yet approved. */
export const FUZZY_ORIGIN = 'memory:fuzzy';
const RANK: Record<TargetState, number> = { initial: 0, translated: 1, reviewed: 2, final: 3 };
const FUZZY_LIMIT = 3;

/** The segments of a release a reviewer works on: those with letters to translate, in document order. */
export function reviewableSegments(release: PreparedRelease): Segment[] {
  return release.segments.filter((segment) => needsTranslation(segment.source));
}

/** A target's QA findings with the checks `npm run qa` applies to its origin. */
export function checkTarget(
  glossary: Glossary,
  release: PreparedRelease,
  to: Locale,
  segment: Segment,
  target: Pick<Target, 'runs' | 'origin'>,
): Finding[] {
  const codes = release.blocks.find((block) => block.id === segment.blockId)?.codes ?? {};
  return verifySegment(
    {
      segment: segment.id,
      from: release.doc.locale,
      to,
      source: segment.source,
      target: target.runs,
      lockForm: (term, locale) => lockForm(glossary, term, locale),
      forbidden: (term, locale) => glossary.byId.get(term)?.forbidden[locale] ?? [],
      codeType: (id) => codes[id]?.node.type,
      termType: (term) => glossary.byId.get(term)?.type,
    },
    checksFor(target.origin),
  ).map((finding) => ({ ...finding, release: release.doc.slug }));
}

export function categoryOf(target: Pick<Target, 'state' | 'origin'> | undefined, hasFuzzy: boolean): ReviewCategory {
  if (!target) return hasFuzzy ? 'fuzzy' : 'missing';
  if (RANK[target.state] >= RANK.reviewed) return 'reviewed';
  if (target.origin === FUZZY_ORIGIN) return 'fuzzy';
  if (ENGINE_ORIGINS.has(target.origin) || ARTEFACT_ORIGINS.has(target.origin)) return 'engine';
  return 'human';
}

/**
 * The target publishing uses (the memory's best for the masked source) unless this release's own unit is as far
 * along: then the release's own, which is what its reviewer wrote.
 */
export function currentTarget(unit: TmUnit | undefined, indexed: Target | undefined): Target | undefined {
  const own: Target | undefined = unit?.target
    ? { runs: unit.target, state: unit.state, origin: unit.origin ?? 'memory' }
    : undefined;
  if (own && (!indexed || RANK[own.state] >= RANK[indexed.state])) return own;
  return indexed;
}

/** Units of a memory file by id (the first of an id wins, as the memory reads them). */
export async function unitsOf(path: string): Promise<Map<string, TmUnit>> {
  const units = new Map<string, TmUnit>();
  for (const unit of (await readTmFile(path))?.units ?? []) if (!units.has(unit.id)) units.set(unit.id, unit);
  return units;
}

export function labelsOf(release: PreparedRelease, glossary: Glossary, locale: Locale): RunLabels {
  const labels: RunLabels = { locks: {}, codes: {} };
  for (const block of release.blocks) {
    for (const lock of block.locks)
      labels.locks[lock.term] = {
        source: lockForm(glossary, lock.term, release.doc.locale),
        target: lockForm(glossary, lock.term, locale),
      };
    for (const [id, code] of Object.entries(block.codes)) labels.codes[id] = code.node.type;
  }
  return labels;
}

function fuzzyFor(memory: TranslationMemory, from: Locale, to: Locale, key: string): FuzzySuggestion[] {
  return fuzzyMatches(memory, from, to, key, { limit: FUZZY_LIMIT }).map((match) => ({
    similarity: match.similarity,
    source: parseRunsKey(match.sourceKey),
    target: match.target.runs,
    diff: match.diff,
  }));
}

/** One segment as the page shows it. */
export function reviewSegment(
  context: ReviewContext,
  release: PreparedRelease,
  locale: Locale,
  segment: Segment,
  unit: TmUnit | undefined,
): ReviewSegment {
  const from = release.doc.locale;
  const target = currentTarget(unit, lookup(context.memory, from, locale, segment.key));
  const fuzzy = !target || target.origin === FUZZY_ORIGIN ? fuzzyFor(context.memory, from, locale, segment.key) : [];
  const block = release.blocks.find((b) => b.id === segment.blockId);
  const own = unit?.target ? unit : undefined;
  return {
    id: segment.id,
    block: segment.blockId,
    kind: block?.kind ?? 'paragraph',
    source: segment.source,
    ...(target ? { target: target.runs, state: target.state, origin: target.origin } : {}),
    ...(own?.reviewer !== undefined ? { reviewer: own.reviewer } : {}),
    ...(own?.reviewedAt !== undefined ? { reviewedAt: own.reviewedAt } : {}),
    category: categoryOf(target, fuzzy.length > 0),
    findings: target ? checkTarget(context.glossary, release, locale, segment, target) : [],
    notes: unit?.notes ?? [],
    fuzzy,
  };
}

export async function reviewRelease(
  context: ReviewContext,
  release: PreparedRelease,
  file: string,
  locale: Locale,
): Promise<ReleaseReview> {
  const units = await unitsOf(tmPath(context.memoryDir, release.doc.slug, locale));
  const title = release.doc.frontmatter?.title;
  return {
    release: release.doc.slug,
    file,
    ...(typeof title === 'string' ? { title } : {}),
    source: release.doc.locale,
    locale,
    labels: labelsOf(release, context.glossary, locale),
    segments: reviewableSegments(release).map((segment) =>
      reviewSegment(context, release, locale, segment, units.get(segment.id)),
    ),
  };
}

export function summarizeReview(review: ReleaseReview): LocaleSummary {
  const counts = Object.fromEntries(REVIEW_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
  const findings: Finding[] = [];
  for (const segment of review.segments) {
    counts[segment.category]++;
    findings.push(...segment.findings);
  }
  const { labels: _labels, segments, ...rest } = review;
  return { ...rest, segments: segments.length, counts, qa: summarize(findings) };
}

/** Runs equal as the memory compares them. */
export function sameRuns(a: readonly Run[], b: readonly Run[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
