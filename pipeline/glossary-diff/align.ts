// Pair the segments of one block prepared with two glossaries. Blocks do not depend on the glossary, but masking
// does: a new entry turns text into a lock, which shifts offsets and can even move a sentence break ("C.P. Group").
// So segments are compared in the coordinates of the source text as written, and overlapping ones are grouped.
import type { Block, Segment } from '../types.ts';

/** A group of segments covering the same source text: usually one old and one new. */
export interface SegmentGroup {
  before: Segment[];
  after: Segment[];
}

/**
 * Offsets of `blockText(block.runs)` (every lock one character) mapped to offsets of the block's source text
 * (every lock as long as the text it replaced). Index `i` holds the source offset of masked offset `i`.
 */
export function sourceOffsets(block: Block): Int32Array {
  let length = 0;
  for (const run of block.runs) length += run.type === 'text' ? run.value.length : 1;
  const map = new Int32Array(length + 1);
  let masked = 0;
  let source = 0;
  let lock = 0;
  for (const run of block.runs) {
    if (run.type === 'text') {
      for (let i = 0; i < run.value.length; i++) map[masked++] = source++;
      continue;
    }
    map[masked++] = source;
    source += run.type === 'lock' ? (block.locks[lock++]?.matched.length ?? 1) : 1;
  }
  map[masked] = source;
  return map;
}

function sourceRange(segment: Segment, map: Int32Array): [number, number] {
  return [map[segment.range[0]] ?? 0, map[segment.range[1]] ?? 0];
}

/**
 * Segments of one block from two preparations, grouped so that a group's old and new segments cover the same
 * source text. `before`/`after` are that block's segments in order.
 */
export function alignSegments(
  beforeBlock: Block,
  before: readonly Segment[],
  afterBlock: Block,
  after: readonly Segment[],
): SegmentGroup[] {
  const beforeMap = sourceOffsets(beforeBlock);
  const afterMap = sourceOffsets(afterBlock);
  const items = [
    ...before.map((segment) => ({ segment, side: 'before' as const, range: sourceRange(segment, beforeMap) })),
    ...after.map((segment) => ({ segment, side: 'after' as const, range: sourceRange(segment, afterMap) })),
  ].sort((a, b) => a.range[0] - b.range[0] || (a.side === b.side ? 0 : a.side === 'before' ? -1 : 1));
  const groups: SegmentGroup[] = [];
  let current: SegmentGroup | undefined;
  let end = -1;
  for (const item of items) {
    if (!current || item.range[0] >= end) {
      current = { before: [], after: [] };
      groups.push(current);
    }
    current[item.side].push(item.segment);
    end = Math.max(end, item.range[1]);
  }
  return groups;
}
