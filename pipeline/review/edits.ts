// The reviewer's writes: save a target, approve, un-approve, comment. Each one changes one unit of
// `<memory>/<slug>/<locale>.xlf` through `editTmFile` (under the memory's writer lock, atomically) and nothing else.
import { UserError } from '../errors.ts';
import type { PreparedRelease } from '../index.ts';
import { editTmFile } from '../tm/edit.ts';
import { lookup, tmPath } from '../tm/index.ts';
import type { TmFile, TmUnit } from '../tm/xliff.ts';
import { normalizeRuns } from '../runs.ts';
import type { Finding, Locale, Run, Segment, Target } from '../types.ts';
import type { ReviewContext, ReviewOptions } from './project.ts';
import { checkTarget, currentTarget, reviewableSegments, unitsOf } from './segments.ts';

/** An approval refused because QA errors stand: nothing was written. */
export class ApprovalRefused extends UserError {
  constructor(
    readonly segment: string,
    readonly findings: Finding[],
  ) {
    super(
      `segment ${segment} cannot be approved while a QA error stands: ${findings.map((f) => `${f.check}: ${f.message}`).join('; ')}`,
      { segment },
      1,
    );
  }
}

export interface EditTarget {
  context: ReviewContext;
  options: ReviewOptions;
  release: PreparedRelease;
  /** The release's Markdown file, relative to the project (`file/@original`). */
  file: string;
  locale: Locale;
  segment: string;
}

export function findSegment(release: PreparedRelease, id: string): Segment {
  const segment = reviewableSegments(release).find((s) => s.id === id);
  if (!segment) throw new UserError(`${release.doc.slug} has no segment ${JSON.stringify(id)} to review`);
  return segment;
}

/**
 * Runs sent by the page, checked: well-formed, and every code and lock one the source has (a target may lose one,
 * which QA reports, but never invent one).
 */
export function parseTargetRuns(segment: Segment, value: unknown): Run[] {
  if (!Array.isArray(value)) throw new UserError('target must be a list of runs');
  const allowed = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const run of segment.source) if (run.type !== 'text') bump(allowed, runKey(run));
  const used = new Map<string, number>();
  const runs: Run[] = [];
  for (const item of value as unknown[]) {
    const run = asRun(item);
    if (run.type !== 'text') {
      const key = runKey(run);
      bump(used, key);
      if ((used.get(key) ?? 0) > (allowed.get(key) ?? 0))
        throw new UserError(`the target invents ${describeRun(run)}, which the source does not have`, {
          segment: segment.id,
        });
    }
    runs.push(run);
  }
  return normalizeRuns(runs);
}

function asRun(item: unknown): Run {
  const run = item as Record<string, unknown> | null;
  const type = run?.type;
  if (type === 'text' && typeof run?.value === 'string') return { type, value: run.value };
  if ((type === 'open' || type === 'close' || type === 'ph') && typeof run?.id === 'string')
    return { type, id: run.id };
  if (type === 'lock' && typeof run?.term === 'string') return { type, term: run.term };
  throw new UserError(`not a run: ${JSON.stringify(item)?.slice(0, 80)}`);
}

function runKey(run: Exclude<Run, { type: 'text' }>): string {
  return run.type === 'lock' ? `lock:${run.term}` : `${run.type}:${run.id}`;
}

function describeRun(run: Exclude<Run, { type: 'text' }>): string {
  return run.type === 'lock' ? `the locked term ${run.term}` : `the inline code ${run.type} ${run.id}`;
}

async function current(target: EditTarget, segment: Segment): Promise<{ unit?: TmUnit; target?: Target }> {
  const { context, release, locale } = target;
  const unit = (await unitsOf(tmPath(context.memoryDir, release.doc.slug, locale))).get(segment.id);
  const found = currentTarget(unit, lookup(context.memory, release.doc.locale, locale, segment.key));
  return { ...(unit ? { unit } : {}), ...(found ? { target: found } : {}) };
}

/** Replaces (or adds) the unit of `segment`, keeping the file's units in document order. */
async function writeUnit(
  target: EditTarget,
  segment: Segment,
  change: (unit: TmUnit | undefined) => TmUnit,
): Promise<TmUnit> {
  const { context, release, locale } = target;
  let written: TmUnit | undefined;
  await editTmFile(tmPath(context.memoryDir, release.doc.slug, locale), (file) => {
    const tm = file ?? emptyTmFile(release, target.file, locale);
    written = change(tm.units.find((unit) => unit.id === segment.id));
    return withUnits(tm, release, [written]);
  });
  return written as TmUnit;
}

/** The memory file of a release and locale before anything is stored in it. */
export function emptyTmFile(release: PreparedRelease, file: string, locale: Locale): TmFile {
  return { release: release.doc.slug, original: file, srcLang: release.doc.locale, trgLang: locale, units: [] };
}

/** `tm` with `units` in place of its units of the same ids; new ones join in document order. */
export function withUnits(tm: TmFile, release: PreparedRelease, units: readonly TmUnit[]): TmFile {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const replaced = new Set<string>();
  const kept = tm.units.map((unit) => {
    const next = byId.get(unit.id);
    if (!next || replaced.has(unit.id)) return unit;
    replaced.add(unit.id);
    return next;
  });
  const added = units.filter((unit) => !replaced.has(unit.id));
  if (added.length === 0) return { ...tm, units: kept };
  // A stable sort: units of segments no longer in the release keep their place at the end.
  const order = new Map(reviewableSegments(release).map((s, index) => [s.id, index]));
  const position = (unit: TmUnit) => order.get(unit.id) ?? Number.MAX_SAFE_INTEGER;
  return { ...tm, units: [...kept, ...added].sort((a, b) => position(a) - position(b)) };
}

/** The unit of `segment` as the release has it now, keeping what `unit` holds (notes, kept content, target). */
export function baseUnit(segment: Segment, unit: TmUnit | undefined): TmUnit {
  return { ...unit, id: segment.id, block: segment.blockId, source: segment.source, state: unit?.state ?? 'initial' };
}

export function withoutApproval(unit: TmUnit): TmUnit {
  const { reviewer: _reviewer, reviewedAt: _at, ...rest } = unit;
  return rest;
}

/** Stores a reviewer's target (state `translated`, origin the reviewer); QA findings do not stop a save. */
export async function saveTarget(target: EditTarget, runs: unknown): Promise<TmUnit> {
  const segment = findSegment(target.release, target.segment);
  const checked = parseTargetRuns(segment, runs);
  return writeUnit(target, segment, (unit) => ({
    ...withoutApproval(baseUnit(segment, unit)),
    target: checked,
    state: 'translated',
    origin: target.options.reviewer,
  }));
}

/**
 * Approves the current target, or `runs` when given (an edit approved at once). Refused, with nothing written,
 * when there is no target or a QA error stands.
 */
export async function approve(target: EditTarget, runs?: unknown): Promise<TmUnit> {
  const segment = findSegment(target.release, target.segment);
  const now = current(target, segment);
  const existing = await now;
  let approved: Target;
  if (runs !== undefined) {
    const checked = parseTargetRuns(segment, runs);
    const unchanged = existing.target && JSON.stringify(existing.target.runs) === JSON.stringify(checked);
    approved =
      unchanged && existing.target
        ? existing.target
        : { runs: checked, state: 'translated', origin: target.options.reviewer };
  } else if (existing.target) approved = existing.target;
  else throw new UserError(`segment ${segment.id} has no translation to approve`, { segment: segment.id });
  // A fuzzy match a person approves is their translation.
  const origin = approved.origin === 'memory:fuzzy' ? target.options.reviewer : approved.origin;
  const findings = checkTarget(target.context.glossary, target.release, target.locale, segment, {
    runs: approved.runs,
    origin,
  });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new ApprovalRefused(segment.id, errors);
  const at = (target.options.now ?? (() => new Date()))().toISOString();
  return writeUnit(target, segment, (unit) => ({
    ...baseUnit(segment, unit),
    target: approved.runs,
    state: 'reviewed',
    origin,
    reviewer: target.options.reviewer,
    reviewedAt: at,
  }));
}

/** Takes an approval back: the target stays, in state `translated`. */
export async function unapprove(target: EditTarget): Promise<TmUnit> {
  const segment = findSegment(target.release, target.segment);
  const { unit } = await current(target, segment);
  if (!unit?.target || (unit.state !== 'reviewed' && unit.state !== 'final'))
    throw new UserError(`segment ${segment.id} is not approved in this release`, { segment: segment.id });
  return writeUnit(target, segment, (latest) => ({
    ...withoutApproval(baseUnit(segment, latest ?? unit)),
    state: 'translated',
  }));
}

/** Adds a reviewer's comment as a `<note category="comment">`; a segment without a unit gets one. */
export async function comment(target: EditTarget, text: unknown): Promise<TmUnit> {
  const segment = findSegment(target.release, target.segment);
  if (typeof text !== 'string' || text.trim() === '') throw new UserError('a comment needs some text');
  const { target: found } = await current(target, segment);
  return writeUnit(target, segment, (unit) => {
    const base = baseUnit(segment, unit);
    const withTarget: TmUnit =
      base.target || !found ? base : { ...base, target: found.runs, state: found.state, origin: found.origin };
    return { ...withTarget, notes: [...(withTarget.notes ?? []), { category: 'comment', text: text.trim() }] };
  });
}
