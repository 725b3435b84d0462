// Stage: masked blocks → segments. Paragraphs and table cells split into sentences; headings and front-matter
// fields are one segment each. Ids hash the masked text, so they survive reflowing and moving paragraphs.
import { createHash } from 'node:crypto';
import { runsKey } from '../runs.ts';
import type { Block, Locale, Run, Segment } from '../types.ts';
import { blockText, sliceRuns } from '../parse/blocks.ts';
import { sentenceBreaks } from './sentences.ts';

const SPLIT_KINDS = new Set<Block['kind']>(['paragraph', 'tableCell']);

export function segmentBlocks(blocks: readonly Block[], locale: Locale): Segment[] {
  const seen = new Map<string, number>();
  const segments: Segment[] = [];
  for (const block of blocks) {
    const text = blockText(block.runs);
    // A line break inside a Markdown paragraph is white space, never a boundary (same length: offsets hold).
    const flowed = text.replace(/\n/g, ' ');
    const starts = SPLIT_KINDS.has(block.kind) ? [0, ...sentenceBreaks(flowed, locale, pairedRanges(block.runs))] : [0];
    const lockOffsets = lockPositions(block.runs);
    for (let i = 0; i < starts.length; i++) {
      const [start, end] = trim(text, starts[i] ?? 0, starts[i + 1] ?? text.length);
      if (start >= end) continue;
      const locks = block.locks.filter((_, index) => {
        const offset = lockOffsets[index] ?? -1;
        return offset >= start && offset < end;
      });
      const source = sliceRuns(block.runs, start, end);
      // Nothing but codes (an image-only paragraph): no segment; assembly copies the codes as the source has them.
      if (!source.some((run) => run.type === 'lock' || (run.type === 'text' && run.value.trim() !== ''))) continue;
      const key = runsKey(source);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      segments.push({ id: segmentId(key, occurrence), blockId: block.id, range: [start, end], source, key, locks });
    }
  }
  return segments;
}

export function segmentId(key: string, occurrence: number): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return occurrence === 1 ? hash : `${hash}-${occurrence}`;
}

/** Whether a segment has anything to translate: a letter outside codes and locks. */
export function needsTranslation(runs: readonly Run[]): boolean {
  return runs.some((run) => run.type === 'text' && /\p{L}/u.test(run.value));
}

/** `[open, close]` spans of paired codes in block-text offsets: no sentence break may fall inside them. */
function pairedRanges(runs: readonly Run[]): [number, number][] {
  const ranges: [number, number][] = [];
  const open = new Map<string, number>();
  let offset = 0;
  for (const run of runs) {
    if (run.type === 'open') open.set(run.id, offset);
    if (run.type === 'close') ranges.push([open.get(run.id) ?? 0, offset + 1]);
    offset += run.type === 'text' ? run.value.length : 1;
  }
  return ranges;
}

function lockPositions(runs: readonly Run[]): number[] {
  const positions: number[] = [];
  let offset = 0;
  for (const run of runs) {
    if (run.type === 'lock') positions.push(offset);
    offset += run.type === 'text' ? run.value.length : 1;
  }
  return positions;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}
