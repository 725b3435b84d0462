// Features of one Thai candidate space for the boundary model: ICU words around it, the word classes the rules use,
// lengths and the distance to the previous boundary. Binary features named `kind:value`.
import {
  TH_BARE_SUBJECTS,
  TH_CONTINUING,
  TH_DANGLING,
  TH_OPENERS,
  TH_PARTICLES,
  TH_SUBJECTS,
  TH_SUBJECT_VERBS,
} from '../pipeline/segment/rules/th.ts';

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });
const cache = new Map<string, { index: number; segment: string; word: boolean }[]>();

function words(text: string): { index: number; segment: string; word: boolean }[] {
  let found = cache.get(text);
  if (!found) {
    found = [...WORDS.segment(text)].map((s) => ({ index: s.index, segment: s.segment, word: s.isWordLike === true }));
    cache.set(text, found);
  }
  return found;
}

const MODALS = ['จะ', 'ต้อง', 'ก็', 'ยัง', 'ได้', 'มี', 'เป็น', 'คง', 'ไม่', 'ควร', 'อาจ', 'กำลัง', 'ได้รับ'];
const CLOSERS = ['แล้ว', 'ด้วย', 'ได้', 'ไป', 'มา', 'ขึ้น', 'ลง', 'อยู่', 'กัน', 'นี้', 'นั้น', 'ต่อไป', 'เท่านั้น', 'มาก', 'ต่อ'];

function cls(ch: string | undefined): string {
  if (ch === undefined) return 'none';
  if (/[\u0E01-\u0E4E]/.test(ch)) return 'thai';
  if (/[A-Za-z]/.test(ch)) return 'latin';
  if (/\d/.test(ch)) return 'digit';
  return `p${ch}`;
}

function bin(value: number, edges: readonly number[]): string {
  let i = 0;
  while (i < edges.length && value >= (edges[i] as number)) i++;
  return String(i);
}

function inClass(word: string, list: readonly string[]): boolean {
  return list.some((w) => w.trim() === word);
}

/** `offset`: the first character after the space run; `last`: the previous boundary (0 at the start). */
export function features(text: string, offset: number, last: number): string[] {
  const all = words(text);
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1] as string)) start--;
  const at = all.findIndex((w) => w.index >= offset);
  const before = all.filter((w) => w.index < start && w.segment.trim() !== '');
  const after = at < 0 ? [] : all.slice(at).filter((w) => w.segment.trim() !== '');
  const prev = before[before.length - 1]?.segment ?? '^';
  const prev2 = before[before.length - 2]?.segment ?? '^';
  const next = after[0]?.segment ?? '$';
  const next2 = after[1]?.segment ?? '$';
  const prevSpace = text.lastIndexOf(' ', start - 1);
  const nextSpace = text.indexOf(' ', offset);
  const prevChunk = text.slice(prevSpace + 1, start);
  const nextChunk = text.slice(offset, nextSpace < 0 ? text.length : nextSpace);
  const out = [
    'bias',
    `w-1:${prev}`,
    `w-2:${prev2}`,
    `w+1:${next}`,
    `w+2:${next2}`,
    `w+1w+2:${next}|${next2}`,
    `c-1:${cls(text[start - 1])}`,
    `c+1:${cls(text[offset])}`,
    `prevlen:${bin(prevChunk.length, [5, 11, 21, 41])}`,
    `nextlen:${bin(nextChunk.length, [5, 11, 21, 41])}`,
    `since:${bin(start - last, [40, 80, 160, 320])}`,
    `until:${bin(text.length - offset, [20, 60, 160, 320])}`,
    `spaces:${bin(offset - start, [2])}`,
  ];
  if (next.startsWith('การ') || next.startsWith('ความ')) out.push('next:nominal');
  if (inClass(prev, TH_PARTICLES)) out.push('prev:particle');
  if (inClass(prev, TH_DANGLING)) out.push('prev:dangling');
  if (inClass(prev, CLOSERS)) out.push('prev:closer');
  if (inClass(next, TH_CONTINUING)) out.push('next:continuing');
  if (inClass(next, TH_SUBJECTS) || inClass(next, TH_BARE_SUBJECTS)) out.push('next:subject');
  if (TH_OPENERS.some((o) => nextChunk.startsWith(o))) out.push('next:opener');
  const window = after.slice(1, 7).map((w) => w.segment);
  const modal = window.findIndex((w) => MODALS.includes(w) || inClass(w, TH_SUBJECT_VERBS));
  if (modal >= 0) out.push(`modal:${window[modal]}`, `modalat:${bin(modal, [1, 3])}`);
  if (nextChunk.includes('(')) out.push('next:paren');
  if (/ว่า/.test(text.slice(Math.max(last, start - 60), start))) out.push('prev:speech');
  return out;
}

/**
 * Clause-shape features from an induced verb lexicon (bench/thai-verbs.ts): does the clause since the last
 * boundary hold a verb, does the next word start a verb phrase, or a noun phrase with a verb a few words on (a
 * new subject and its predicate)?
 */
export function verbFeatures(text: string, offset: number, last: number, verbs: ReadonlySet<string>): string[] {
  const all = words(text);
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1] as string)) start--;
  const before = all.filter((w) => w.word && w.index >= last && w.index < start);
  const after = all.filter((w) => w.word && w.index >= offset).slice(0, 6);
  const out: string[] = [];
  const prevVerb = before.some((w) => verbs.has(w.segment) || MODALS.includes(w.segment));
  if (prevVerb) out.push('prev:verb');
  const first = after[0]?.segment ?? '';
  if (verbs.has(first)) out.push('next:verb-first');
  else if (after.slice(1).some((w) => verbs.has(w.segment) || MODALS.includes(w.segment))) {
    out.push('next:np-verb');
    if (prevVerb) out.push('prev:verb&next:np-verb');
  }
  return out;
}
