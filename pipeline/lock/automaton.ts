// An Aho-Corasick automaton over UTF-16 code units: every occurrence of every pattern in one pass over the text.
import { caseFoldTable } from './script.ts';

/** Called for every occurrence, in order of `end`; `pattern` indexes the patterns the automaton was built from. */
export type OnOccurrence = (start: number, end: number, pattern: number) => void;

/**
 * The trie is stored flat (edges of node n are edgeChar/edgeTo[edgeStart[n] .. edgeStart[n+1]), sorted by char)
 * because a large glossary makes a large trie: one Map per node would cost memory and slow the scan.
 * The root, which has an edge for nearly every first letter, gets a dense table of every UTF-16 unit instead.
 */
export class Automaton {
  readonly size: number;
  private readonly rootGoto: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly fail: Int32Array;
  /** Nearest node on the fail chain (excluding itself) that ends a pattern; 0 when none. */
  private readonly dict: Int32Array;
  /** First pattern ending at a node, -1 when none; further ones through `patternNext`. */
  private readonly firstPattern: Int32Array;
  private readonly patternNext: Int32Array;
  private readonly patternLength: Int32Array;
  private readonly fold: Uint16Array | undefined;

  /** `fold`: match on lower-cased code units (see `caseFoldTable`), for case-insensitive patterns. */
  constructor(patterns: readonly string[], fold: boolean) {
    this.fold = fold ? caseFoldTable() : undefined;
    const children: Array<Map<number, number>> = [new Map()];
    const first: number[] = [-1];
    this.patternNext = new Int32Array(patterns.length).fill(-1);
    this.patternLength = new Int32Array(patterns.length);
    // Insert in reverse and prepend, so patterns ending at one node are listed in their original order.
    for (let p = patterns.length - 1; p >= 0; p--) {
      const pattern = patterns[p] as string;
      if (pattern.length === 0) throw new Error(`automaton: pattern ${p} is empty`);
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = this.unit(pattern, i);
        const map = children[node] as Map<number, number>;
        let next = map.get(c);
        if (next === undefined) {
          next = children.length;
          map.set(c, next);
          children.push(new Map());
          first.push(-1);
        }
        node = next;
      }
      this.patternNext[p] = first[node] as number;
      first[node] = p;
      this.patternLength[p] = pattern.length;
    }

    const size = children.length;
    this.size = size;
    this.firstPattern = Int32Array.from(first);
    this.rootGoto = new Int32Array(0x10000);
    for (const [c, to] of children[0] as Map<number, number>) this.rootGoto[c] = to;
    this.edgeStart = new Int32Array(size + 1);
    let edges = 0;
    for (let n = 0; n < size; n++) {
      this.edgeStart[n] = edges;
      if (n > 0) edges += (children[n] as Map<number, number>).size;
    }
    this.edgeStart[size] = edges;
    this.edgeChar = new Uint16Array(edges);
    this.edgeTo = new Int32Array(edges);
    for (let n = 1; n < size; n++) {
      const sorted = [...(children[n] as Map<number, number>)].sort((a, b) => a[0] - b[0]);
      let at = this.edgeStart[n] as number;
      for (const [c, to] of sorted) {
        this.edgeChar[at] = c;
        this.edgeTo[at++] = to;
      }
    }

    // Breadth-first, so a node's fail target (always shallower) is final before the node is reached.
    this.fail = new Int32Array(size);
    this.dict = new Int32Array(size);
    const queue = new Int32Array(size);
    let head = 0;
    let tail = 0;
    for (const to of (children[0] as Map<number, number>).values()) queue[tail++] = to;
    while (head < tail) {
      const node = queue[head++] as number;
      for (const [c, child] of children[node] as Map<number, number>) {
        let f = this.fail[node] as number;
        let target = this.step(f, c);
        while (target < 0) {
          f = this.fail[f] as number;
          target = this.step(f, c);
        }
        this.fail[child] = target;
        this.dict[child] = (this.firstPattern[target] as number) >= 0 ? target : (this.dict[target] as number);
        queue[tail++] = child;
      }
    }
  }

  private unit(text: string, i: number): number {
    const c = text.charCodeAt(i);
    return this.fold ? (this.fold[c] as number) : c;
  }

  /** Trie edge from `node` on `c`; the root never fails (it loops to itself), other nodes give -1. */
  private step(node: number, c: number): number {
    if (node === 0) return this.rootGoto[c] as number;
    let lo = this.edgeStart[node] as number;
    let hi = (this.edgeStart[node + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.edgeChar[mid] as number;
      if (at === c) return this.edgeTo[mid] as number;
      if (at < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Report every occurrence of every pattern in `text`, in one left-to-right pass. */
  scan(text: string, onOccurrence: OnOccurrence): void {
    const { fail, dict, firstPattern, patternNext, patternLength, rootGoto, fold } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      const c = fold ? (fold[raw] as number) : raw;
      // Most positions sit at the root (no pattern in progress): one table read, no search.
      let next = state === 0 ? (rootGoto[c] as number) : this.step(state, c);
      while (next < 0) {
        state = fail[state] as number;
        next = this.step(state, c);
      }
      state = next;
      let node = (firstPattern[state] as number) >= 0 ? state : (dict[state] as number);
      while (node > 0) {
        for (let p = firstPattern[node] as number; p >= 0; p = patternNext[p] as number) {
          onOccurrence(i + 1 - (patternLength[p] as number), i + 1, p);
        }
        node = dict[node] as number;
      }
    }
  }
}
