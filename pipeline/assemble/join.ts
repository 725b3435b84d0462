// How a block's sentences are put back together: one place for assembly and for glossary:diff, which must show
// what assembly writes.
import type { Locale, Segment } from '../types.ts';

/** The segments of each block, in document order. */
export function segmentsByBlock(segments: readonly Segment[]): Map<string, Segment[]> {
  const byBlock = new Map<string, Segment[]>();
  for (const segment of segments) {
    const list = byBlock.get(segment.blockId);
    if (list) list.push(segment);
    else byBlock.set(segment.blockId, [segment]);
  }
  return byBlock;
}

/**
 * The white space written between two translated sentences, given the source's `space` between them: Chinese
 * joins sentences without a space, English and Thai need one; a line break is the source's and stays.
 */
export function sentenceGap(space: string, from: Locale, to: Locale): string {
  if (from === to || space.includes('\n')) return space;
  if (to === 'zh') return '';
  return space === '' && from === 'zh' ? ' ' : space;
}
