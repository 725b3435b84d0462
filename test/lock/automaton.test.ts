import { describe, expect, it } from 'vitest';
import { Automaton } from '../../pipeline/lock/automaton.ts';
import { patternsFor } from '../../pipeline/lock/matcher.ts';
import { foldCase } from '../../pipeline/lock/script.ts';
import { LOCALES } from '../../pipeline/types.ts';
import { fixtureGlossary, realTexts } from './helpers.ts';

/** Every occurrence by brute force (indexOf at every offset), as `start:end:pattern`. */
function bruteForce(patterns: readonly string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((pattern, p) => {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1))
      out.push(`${at}:${at + pattern.length}:${p}`);
  });
  return out.sort();
}

function scanned(automaton: Automaton, text: string): string[] {
  const out: string[] = [];
  automaton.scan(text, (start, end, p) => out.push(`${start}:${end}:${p}`));
  return out.sort();
}

describe('Automaton', () => {
  it('finds every occurrence of overlapping and nested patterns', () => {
    const patterns = ['a', 'aa', 'aaa', 'ab', 'bab', 'abab', 'b', 'babb'];
    for (const text of ['aaaa', 'ababab', 'babbab', 'xaabx', 'bbbbbb', '']) {
      expect(scanned(new Automaton(patterns, false), text), text).toEqual(bruteForce(patterns, text));
    }
  });

  it('reports repeated patterns once each, in their order', () => {
    const seen: number[] = [];
    new Automaton(['WeTV', 'WeTV'], false).scan('WeTV', (_s, _e, p) => seen.push(p));
    expect(seen).toEqual([0, 1]);
  });

  it('rejects an empty pattern', () => {
    expect(() => new Automaton(['a', ''], false)).toThrow(/empty/);
  });

  it('agrees with brute force on every real text for the fixture patterns of its locale', () => {
    const g = fixtureGlossary();
    for (const { name, locale, text } of realTexts()) {
      const patterns = patternsFor(g, locale).map((p) => p.text);
      expect(scanned(new Automaton(patterns, false), text), name).toEqual(bruteForce(patterns, text));
    }
  });

  it('matches folded text with exact offsets when folding', () => {
    const patterns = LOCALES.flatMap((l) => patternsFor(fixtureGlossary(), l).map((p) => p.text));
    const text = 'WECHAT PAY, wechat pay, Tencent CLOUD; İstanbul WeTV 腾讯云';
    const folded = patterns.map(foldCase);
    expect(scanned(new Automaton(patterns, true), text)).toEqual(bruteForce(folded, foldCase(text)));
  });
});
