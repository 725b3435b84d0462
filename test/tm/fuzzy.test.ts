// Fuzzy matches: the close sources of the memory, best first, at least 75 % similar by default, with the source
// difference marked word by word; the trigram index finds exactly what comparing with every key finds.
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { emptyMemory, remember } from '../../pipeline/tm/index.ts';
import { fuzzyMatches } from '../../pipeline/tm/fuzzy.ts';
import type { Target } from '../../pipeline/types.ts';
import { random } from '../random.ts';

const target = (value: string): Target => ({ runs: [{ type: 'text', value }], state: 'reviewed', origin: 'human' });

describe('fuzzyMatches', () => {
  const memory = emptyMemory();
  remember(memory, 'en', 'th', 'The quick brown fox jumps over the lazy dog.', target('A'));
  remember(memory, 'en', 'th', 'A slow red fox sleeps under the tall tree.', target('B'));
  remember(memory, 'en', 'th', 'The quick brown {t:douyin} jumps over the lazy dog.', target('C'));
  remember(memory, 'en', 'zh', 'The quick brown fox jumped over the lazy dog.', target('other pair'));

  it('finds the close source with its similarity and the changed words', () => {
    const matches = fuzzyMatches(memory, 'en', 'th', 'The quick brown fox jumped over the lazy dog.');
    // "jumps" → "jumped": s replaced, d added = 2 edits over 45 characters.
    expect(matches[0]?.similarity).toBeCloseTo(1 - 2 / 45, 10);
    expect(matches[0]?.target.runs).toEqual([{ type: 'text', value: 'A' }]);
    expect(matches[0]?.diff).toEqual([
      { op: 'same', text: 'The quick brown fox ' },
      { op: 'removed', text: 'jumps' },
      { op: 'added', text: 'jumped' },
      { op: 'same', text: ' over the lazy dog.' },
    ]);
    // The lock placeholder counts as its key text: 11 characters for 3, plus the two of "jumped".
    expect(matches.map((m) => m.target.runs[0])).toEqual([
      { type: 'text', value: 'A' },
      { type: 'text', value: 'C' },
    ]);
    expect(matches[1]?.diff.find((d) => d.op === 'added')?.text).toContain('fox');
    expect(matches[1]?.diff.find((d) => d.op === 'removed')?.text).toContain('{t:douyin}');
  });

  it('leaves out the exact match, other locale pairs and what is under the minimum', () => {
    expect(
      fuzzyMatches(memory, 'en', 'th', 'The quick brown fox jumps over the lazy dog.').map((m) => m.sourceKey),
    ).toEqual(['The quick brown {t:douyin} jumps over the lazy dog.']);
    expect(fuzzyMatches(memory, 'en', 'th', 'Something else entirely, nothing alike at all.')).toEqual([]);
    expect(fuzzyMatches(memory, 'th', 'en', 'The quick brown fox jumped over the lazy dog.')).toEqual([]);
    expect(fuzzyMatches(memory, 'en', 'th', 'The quick brown fox jumped over the lazy dog.', { min: 0.99 })).toEqual(
      [],
    );
    expect(
      fuzzyMatches(memory, 'en', 'th', 'The quick brown fox jumped over the lazy dog.', { limit: 1 }),
    ).toHaveLength(1);
  });

  it('marks Thai and Chinese differences by word, not by the whole unspaced sentence', () => {
    const thai = emptyMemory();
    remember(thai, 'th', 'en', 'ประเทศไทยส่งเสริมการแลกเปลี่ยนทางวัฒนธรรม', target('x'));
    const [match] = fuzzyMatches(thai, 'th', 'en', 'ประเทศไทยส่งเสริมการแลกเปลี่ยนทางดิจิทัล');
    expect(match?.diff[0]).toEqual({ op: 'same', text: 'ประเทศไทยส่งเสริมการแลกเปลี่ยนทาง' });
    expect(
      match?.diff
        .slice(1)
        .map((d) => d.op)
        .sort(),
    ).toEqual(['added', 'removed']);
  });

  it('finds with its index what a comparison with every key finds, on a memory of 5,000 sources', () => {
    const next = random(13);
    const vocabulary = 'press release digital silk road culture exchange youth online games drama report city'.split(
      ' ',
    );
    const sentence = () =>
      Array.from(
        { length: 6 + Math.floor(next() * 10) },
        () => vocabulary[Math.floor(next() * vocabulary.length)],
      ).join(' ');
    const big = emptyMemory();
    const keys: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const key = `${sentence()}.`;
      keys.push(key);
      remember(big, 'en', 'zh', key, target(String(i)));
    }
    const started = performance.now();
    for (let round = 0; round < 50; round++) {
      const base = keys[Math.floor(next() * keys.length)] as string;
      const query = base.replace(/ \w+ /, ' youth ');
      const found = fuzzyMatches(big, 'en', 'zh', query, { limit: 10_000 })
        .map((m) => m.sourceKey)
        .sort();
      const naive = [...new Set(keys)]
        .filter((key) => key !== query && 1 - distance(key, query) / Math.max(key.length, query.length) >= 0.75)
        .sort();
      expect(found, `round ${round}`).toEqual(naive);
    }
    process.stderr.write(
      `fuzzy: 50 queries against 5,000 keys with a naive check each in ${Math.round(performance.now() - started)} ms\n`,
    );
  });
});
