// One release under two glossaries: for each locale, the sentences whose output text changes. Both sides use
// the same translation memory; a sentence is rendered from the target stored under its masked source, with the
// locks in that glossary's forms. No engine is asked: a sentence whose new masked source has no target is
// reported as needing translation.
import { prepareText, type Matchers, type PreparedRelease } from '../index.ts';
import { lockForm, type Glossary } from '../lock/glossary.ts';
import { restoreRuns } from '../lock/mask.ts';
import type { ParseOptions } from '../parse/index.ts';
import { segmentsByBlock, sentenceGap } from '../assemble/join.ts';
import { spaceLatinLocks } from '../assemble/thai-spacing.ts';
import { blockText } from '../parse/blocks.ts';
import { runsKey, runsText } from '../runs.ts';
import { needsTranslation } from '../segment/index.ts';
import { lookup, type TranslationMemory } from '../tm/index.ts';
import type { Locale, Run, Segment } from '../types.ts';
import { alignSegments, type SegmentGroup } from './align.ts';
import type { LocaleDiff, ReleaseDiff, SentencePlace } from './types.ts';
import { diffTokens, runTokens } from './words.ts';

/** A glossary with its matchers, built once and shared by every release. */
export interface GlossarySide {
  glossary: Glossary;
  matchers: Matchers;
  /** What the glossary matches in sources of a locale, as a string: equal strings mask any text alike. */
  matching: (locale: Locale) => string;
}

export interface ReleaseInput {
  text: string;
  file: string;
  before: GlossarySide;
  after: GlossarySide;
  memory: TranslationMemory;
  locales: readonly Locale[];
  parse?: ParseOptions;
}

/** What a group of segments renders to in one locale under one glossary, or the keys it lacks a target for. */
type Rendering = { runs: Run[]; text: string } | { missing: string[] };

/** The source's white space between two segments of one block. */
type SpaceBetween = (before: Segment, after: Segment) => string;

function spacesOf(release: PreparedRelease): SpaceBetween {
  const texts = new Map(release.blocks.map((block) => [block.id, blockText(block.runs)]));
  return (before, after) => texts.get(after.blockId)?.slice(before.range[1], after.range[0]) ?? ' ';
}

/** A line break inside a paragraph shows as the space it renders to. */
const shownGap = (gap: string) => gap.replace(/\s*\n\s*/g, ' ');

function render(
  segments: readonly Segment[],
  space: SpaceBetween,
  from: Locale,
  to: Locale,
  glossary: Glossary,
  memory: TranslationMemory,
): Rendering {
  const runs: Run[] = [];
  const missing: string[] = [];
  for (const [i, segment] of segments.entries()) {
    let target: readonly Run[] = segment.source;
    if (from !== to && needsTranslation(segment.source)) {
      const key = runsKey(segment.source);
      const found = lookup(memory, from, to, key);
      if (!found) {
        missing.push(key);
        continue;
      }
      target = found.runs;
    }
    const previous = segments[i - 1];
    if (previous) runs.push({ type: 'text', value: shownGap(sentenceGap(space(previous, segment), from, to)) });
    runs.push(...target);
  }
  if (missing.length > 0) return { missing };
  const form = (term: string) => lockForm(glossary, term, to);
  // The same spacing assembly applies, so the diff shows what will be published.
  const shown = to === 'th' ? spaceLatinLocks(runs, form) : runs;
  return { runs: shown, text: runsText(shown, form) };
}

function place(group: Group): SentencePlace {
  const after = group.after.length > 0;
  const segments = after ? group.after : group.before;
  const space = after ? group.spaces.after : group.spaces.before;
  return {
    block: segments[0]?.blockId ?? '',
    segments: group.after.map((segment) => segment.id),
    source: segments
      .map((segment, i) => {
        const previous = segments[i - 1];
        const text = runsText(restoreRuns(segment.source, segment.locks));
        return previous ? shownGap(space(previous, segment)) + text : text;
      })
      .join(''),
  };
}

/** Aligned segments with the source spacing of the release each side comes from. */
interface Group extends SegmentGroup {
  spaces: { before: SpaceBetween; after: SpaceBetween };
}

function groupsOf(before: PreparedRelease, after: PreparedRelease): Group[] {
  const spaces = { before: spacesOf(before), after: spacesOf(after) };
  const beforeSegments = segmentsByBlock(before.segments);
  const afterSegments = segmentsByBlock(after.segments);
  // Blocks come from the Markdown alone, so both preparations list the same blocks in the same order.
  return after.blocks.flatMap((block, i) => {
    const old = before.blocks[i];
    if (!old || old.id !== block.id) throw new Error(`block ${block.id} has no counterpart under the old glossary`);
    return alignSegments(old, beforeSegments.get(old.id) ?? [], block, afterSegments.get(block.id) ?? []).map(
      (group) => ({ ...group, spaces }),
    );
  });
}

function diffLocale(groups: readonly Group[], from: Locale, locale: Locale, input: ReleaseInput): LocaleDiff {
  const out: LocaleDiff = { locale, changed: [], needsTranslation: [], untranslated: 0 };
  const tokens = (rendering: { runs: Run[] }, glossary: Glossary) =>
    runTokens(rendering.runs, locale, (term) => lockForm(glossary, term, locale));
  for (const group of groups) {
    const old = render(group.before, group.spaces.before, from, locale, input.before.glossary, input.memory);
    const now = render(group.after, group.spaces.after, from, locale, input.after.glossary, input.memory);
    const beforeText = 'text' in old ? old.text : null;
    if ('missing' in now) {
      if (beforeText === null) out.untranslated++;
      else out.needsTranslation.push({ ...place(group), before: beforeText, key: now.missing.join(' ') });
      continue;
    }
    if (now.text === beforeText) continue;
    // Words are only cut for the sentences that change: segmenting every sentence would dominate the run.
    const words = diffTokens(
      'runs' in old ? tokens(old, input.before.glossary) : [],
      tokens(now, input.after.glossary),
    );
    out.changed.push({ ...place(group), before: beforeText, after: now.text, words });
  }
  return out;
}

/** The release's sentences whose output changes, per locale in `locales` order (every locale listed). */
export function diffRelease(input: ReleaseInput): ReleaseDiff {
  const after = prepareText(input.text, input.file, input.after.matchers, input.parse);
  // Most changes touch forms only, not what matches in this release's locale: then one preparation serves both.
  const locale = after.doc.locale;
  const before =
    input.before.matching(locale) === input.after.matching(locale)
      ? after
      : prepareText(input.text, input.file, input.before.matchers, input.parse);
  const groups = groupsOf(before, after);
  const from = after.doc.locale;
  return {
    release: after.doc.slug,
    file: input.file,
    source: from,
    locales: input.locales.map((locale) => diffLocale(groups, from, locale, input)),
  };
}
