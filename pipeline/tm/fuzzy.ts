// Fuzzy matches: the earlier translations whose masked source is close to a new one, for a reviewer to start
// from. Never used as a translation by itself. Similarity is 1 − Levenshtein distance / longer length on the masked
// source key (locks and codes count as their placeholders); candidates come from a character-trigram index, so a
// query compares against the few keys that share enough trigrams, not the whole memory.
import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import type { Locale, Target } from '../types.ts';
import { pairKey, type TranslationMemory } from './index.ts';

export interface FuzzyMatch {
  /** 0–1 on the masked source. */
  similarity: number;
  sourceKey: string;
  target: Target;
  /** From the match's source to the asked source, word level: `removed` is only in the match, `added` only in the asked. */
  diff: { op: 'same' | 'added' | 'removed'; text: string }[];
}

export interface FuzzyOptions {
  /** Lowest similarity returned (default 0.75). */
  min?: number;
  /** Most matches returned (default 5). */
  limit?: number;
}

interface TrigramIndex {
  /** The index map it was built from and its size then: a grown memory is indexed again. */
  size: number;
  keys: string[];
  postings: Map<string, number[]>;
}

/** Keys this short (in characters) are compared with every key. */
const SHORT = 12;

const indexes = new WeakMap<Map<string, Target>, TrigramIndex>();

export function fuzzyMatches(
  memory: TranslationMemory,
  from: Locale,
  to: Locale,
  sourceKey: string,
  options: FuzzyOptions = {},
): FuzzyMatch[] {
  const min = options.min ?? 0.75;
  const limit = options.limit ?? 5;
  if (memory.keyed) throw new Error('fuzzy matches need the whole index (wholeMemory)');
  const entries = memory.index.get(pairKey(from, to));
  if (!entries || sourceKey === '') return [];
  const index = trigramIndex(entries);
  const grams = new Set(trigrams(sourceKey));
  // Shared trigram counts per key: a typed array, as common trigrams ("the") list most of the memory.
  const counts = new Uint32Array(index.keys.length);
  const touched: number[] = [];
  for (const gram of grams) {
    for (const at of index.postings.get(gram) ?? []) {
      if (counts[at] === 0) touched.push(at);
      counts[at] = (counts[at] as number) + 1;
    }
  }
  const length = [...sourceKey].length;
  const matches: FuzzyMatch[] = [];
  const consider = (key: string) => {
    if (key === sourceKey) return;
    const longer = Math.max(length, [...key].length);
    if (Math.min(length, [...key].length) < min * longer) return;
    const similarity = 1 - distance(sourceKey, key) / longer;
    if (similarity < min) return;
    const target = entries.get(key);
    if (target) matches.push({ similarity, sourceKey: key, target, diff: [] });
  };
  if (length <= SHORT) {
    // A short key may be close to one it shares no trigram with.
    for (const key of index.keys) consider(key);
  } else {
    for (const at of touched) {
      const shared = counts[at] as number;
      const key = index.keys[at] as string;
      // One edit removes at most three of the asked key's distinct trigrams.
      const maxEdits = Math.floor((1 - min) * Math.max(length, key.length));
      if (shared >= grams.size - 3 * maxEdits) consider(key);
    }
  }
  matches.sort((a, b) => b.similarity - a.similarity || a.sourceKey.localeCompare(b.sourceKey));
  const best = matches.slice(0, limit);
  for (const match of best) match.diff = wordDiff(match.sourceKey, sourceKey, from);
  return best;
}

function trigramIndex(entries: Map<string, Target>): TrigramIndex {
  let index = indexes.get(entries);
  if (index && index.size === entries.size) return index;
  index = { size: entries.size, keys: [], postings: new Map() };
  for (const key of entries.keys()) {
    const at = index.keys.push(key) - 1;
    for (const gram of new Set(trigrams(key))) {
      const list = index.postings.get(gram);
      if (list) list.push(at);
      else index.postings.set(gram, [at]);
    }
  }
  indexes.set(entries, index);
  return index;
}

function trigrams(key: string): string[] {
  const chars = [...key];
  const out: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) out.push(chars[i] + (chars[i + 1] as string) + (chars[i + 2] as string));
  return out;
}

/** Words of a masked key: placeholders (`{t:id}`, `{1}`, `{/1}`, `{2/}`) whole, text by the locale's word breaks. */
function words(key: string, locale: Locale): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const out: string[] = [];
  for (const part of key.split(/((?<!\\)\{[^{}]*(?<!\\)\})/)) {
    if (part === '') continue;
    if (/^\{[^{}]*\}$/.test(part)) out.push(part);
    else for (const { segment } of segmenter.segment(part)) out.push(segment);
  }
  return out;
}

function wordDiff(from: string, to: string, locale: Locale): FuzzyMatch['diff'] {
  const diff: FuzzyMatch['diff'] = [];
  for (const change of diffArrays(words(from, locale), words(to, locale))) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    const last = diff[diff.length - 1];
    if (last && last.op === op) last.text += text;
    else diff.push({ op, text });
  }
  return diff;
}
