// A verb lexicon induced from unmarked Thai text, for the boundary model's features: a word that follows a modal or
// a negation (จะ, ต้อง, ไม่, กำลัง, ควร, อาจ …) at least twice is taken as a verb. No marks are read.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../test/segment/corpus.ts';
import { heldOutFiles } from '../test/segment/marks.ts';

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });
const MARKERS = new Set([
  'จะ',
  'ต้อง',
  'ไม่',
  'กำลัง',
  'ควร',
  'อาจ',
  'อาจจะ',
  'จะต้อง',
  'ไม่ได้',
  'สามารถ',
  'ได้รับการ',
  'ได้',
  'ยัง',
  'เพื่อ',
  'การ',
  'จึง',
  'ก็',
  'ที่จะ',
  'ร่วม',
]);

/** The Thai corpus files that are not held out (corpus-relative paths), each with its text. */
export function unmarkedThai(): { file: string; text: string }[] {
  const held = new Set(heldOutFiles('thai-dev'));
  const top = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.th.txt'));
  const dev = readdirSync(path.join(CORPUS_DIR, 'thai-dev'))
    .map((name) => `thai-dev/${name}`)
    .filter((name) => !held.has(name));
  return [...top, ...dev].map((file) => ({ file, text: readFileSync(path.join(CORPUS_DIR, file), 'utf8') }));
}

export function induceVerbs(texts: readonly string[], minCount = 2): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = [...WORDS.segment(text)].filter((w) => w.isWordLike).map((w) => w.segment);
    for (let i = 0; i + 1 < words.length; i++) {
      if (!MARKERS.has(words[i] as string)) continue;
      const next = words[i + 1] as string;
      if (MARKERS.has(next) || !/^[\u0E01-\u0E4E]+$/.test(next)) continue;
      counts.set(next, (counts.get(next) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([w]) => w));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbs = induceVerbs(unmarkedThai().map((f) => f.text));
  console.log(verbs.size, [...verbs].join(' '));
}
