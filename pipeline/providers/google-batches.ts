// Packing segments into TranslateText requests: one locale pair per request, within the string and size limits.
import type { Locale, TranslationRequest } from '../types.ts';

/** One segment ready to send: its request and the HTML that goes over the wire. */
export interface BatchItem {
  request: TranslationRequest;
  html: string;
  /** Code points of `html`: what Google counts against the limit and bills. */
  size: number;
}

export interface Batch {
  from: Locale;
  to: Locale;
  items: BatchItem[];
  size: number;
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Greedy packing in input order, per locale pair (pairs in order of first appearance). A batch closes when the
 * next item would pass `maxStrings` or `maxCodePoints`; an item larger than `maxCodePoints` travels alone.
 */
export function packBatches(items: readonly BatchItem[], limits: { maxStrings: number; maxCodePoints: number }): Batch[] {
  const byPair = new Map<string, BatchItem[]>();
  for (const item of items) {
    const pair = `${item.request.from}>${item.request.to}`;
    const list = byPair.get(pair);
    if (list === undefined) byPair.set(pair, [item]);
    else list.push(item);
  }
  const batches: Batch[] = [];
  for (const list of byPair.values()) {
    let current: Batch | undefined;
    for (const item of list) {
      const fits =
        current !== undefined && current.items.length < limits.maxStrings && current.size + item.size <= limits.maxCodePoints;
      if (current === undefined || !fits) {
        current = { from: item.request.from, to: item.request.to, items: [], size: 0 };
        batches.push(current);
      }
      current.items.push(item);
      current.size += item.size;
    }
  }
  return batches;
}
