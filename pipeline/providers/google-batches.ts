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

export { codePointLength } from '../code-points.ts';

/** Items near the head of the queue that may fill the end of a batch. */
const FILL_WINDOW = 64;
/** Items a closing batch gives back before it is filled, so the fill has room to be exact. */
const GIVE_BACK = 2;

/**
 * Packing per locale pair (pairs in order of first appearance), in input order, each batch filled exactly. Items
 * go into the open batch in order; when the next one does not fit, the batch gives back its last two items and
 * is topped up with the subset of the next few items (those two included) whose code points come closest to the
 * limit, usually exactly. Closing a batch as soon as the next item did not fit left a few percent of every request
 * empty, and a cold run sent more requests than its characters need (ceil(characters / maxCodePoints) + one per
 * pair); first-fit packing of the whole list fills as well but mixes releases in every batch, and each batch
 * rewrites the memory files of its releases. Items of a batch keep their input order. An item larger than
 * `maxCodePoints` travels alone, where it stands: no batch takes items from both sides of it.
 */
export function packBatches(
  items: readonly BatchItem[],
  limits: { maxStrings: number; maxCodePoints: number },
): Batch[] {
  const byPair = new Map<string, BatchItem[]>();
  for (const item of items) {
    const pair = `${item.request.from}>${item.request.to}`;
    const list = byPair.get(pair);
    if (list === undefined) byPair.set(pair, [item]);
    else list.push(item);
  }
  const batches: Batch[] = [];
  for (const list of byPair.values()) batches.push(...packPair(list, limits));
  return batches;
}

function packPair(list: readonly BatchItem[], limits: { maxStrings: number; maxCodePoints: number }): Batch[] {
  const max = limits.maxCodePoints;
  const taken = new Uint8Array(list.length);
  const batches: Batch[] = [];
  let current: number[] = [];
  let size = 0;
  const take = (index: number) => {
    current.push(index);
    size += list[index]?.size ?? 0;
    taken[index] = 1;
  };
  const close = () => {
    if (current.length === 0) return;
    const chosen = current.sort((a, b) => a - b).map((index) => list[index] as BatchItem);
    const first = chosen[0] as BatchItem;
    batches.push({ from: first.request.from, to: first.request.to, items: chosen, size });
    current = [];
    size = 0;
  };
  let head = 0;
  while (head < list.length) {
    const item = list[head] as BatchItem;
    if (taken[head]) head++;
    else if (item.size > max) {
      close();
      take(head++);
      close();
    } else if (current.length < limits.maxStrings && size + item.size <= max) take(head++);
    else {
      if (current.length < limits.maxStrings)
        head = fill(list, taken, head, current, size, limits, take, (index) => {
          current = current.filter((i) => i !== index);
          size -= list[index]?.size ?? 0;
          taken[index] = 0;
        });
      close();
    }
  }
  close();
  return batches;
}

/**
 * Tops up a batch that the item at `head` does not fit: gives back its last items, then takes the subset of the
 * next untaken items (at most `FILL_WINDOW`, never past an item over the limit) whose sizes sum closest to the
 * room left (a 0/1 knapsack over code points). Returns the new head.
 */
function fill(
  list: readonly BatchItem[],
  taken: Uint8Array,
  head: number,
  current: readonly number[],
  size: number,
  limits: { maxStrings: number; maxCodePoints: number },
  take: (index: number) => void,
  giveBack: (index: number) => void,
): number {
  let count = current.length;
  let used = size;
  for (const index of current.slice(-GIVE_BACK)) {
    giveBack(index);
    count--;
    used -= list[index]?.size ?? 0;
    head = Math.min(head, index);
  }
  const room = limits.maxCodePoints - used;
  const window: number[] = [];
  const most = Math.min(FILL_WINDOW, limits.maxStrings - count);
  for (let j = head; j < list.length && window.length < most; j++) {
    const size = list[j]?.size ?? 0;
    if (size > limits.maxCodePoints) break;
    if (!taken[j] && size <= room) window.push(j);
  }
  // via[s]: the window item that first made the sum s reachable; earlier items made s - its size reachable.
  const via = new Int32Array(room + 1).fill(-1);
  let best = 0;
  for (let w = 0; w < window.length && best < room; w++) {
    const size = list[window[w] as number]?.size ?? 0;
    for (let s = room; s >= size; s--) {
      if (via[s] === -1 && (s === size || via[s - size] !== -1) && s !== 0) {
        via[s] = w;
        if (s > best) best = s;
      }
    }
  }
  for (let s = best; s > 0; ) {
    const index = window[via[s] as number] as number;
    take(index);
    s -= list[index]?.size ?? 0;
  }
  while (head < list.length && taken[head]) head++;
  return head;
}
