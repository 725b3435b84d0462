// Properties over every paragraph of the corpus: offsets strictly increasing and inside the text, the pieces
// concatenate back to the text (the inverse of splitting), no break ever falls strictly inside a protect range, and
// U+FFFC stand-ins segment like the words they replace.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceBreaks, splitSentences } from '../../pipeline/segment/sentences.ts';
import type { Locale } from '../../pipeline/types.ts';
import { CORPUS_DIR, corpusParagraphs } from './corpus.ts';
import { random } from '../random.ts';
import { needsShared } from '../support/needs.ts';

const HAVE_CORPUS = needsShared('corpus');
const files = HAVE_CORPUS ? readdirSync(CORPUS_DIR).filter((name) => /\.(en|th|zh)\.txt$/.test(name)) : [];
const localeOf = (file: string): Locale => file.match(/\.(en|th|zh)\.txt$/)?.[1] as Locale;

for (const file of files)
  describe(`sentenceBreaks over ${file}`, () => {
    const locale = localeOf(file);
    const paragraphs = corpusParagraphs(file);

    it('returns strictly increasing offsets in (0, length) whose pieces rebuild the text', () => {
      for (const text of paragraphs) {
        const breaks = sentenceBreaks(text, locale);
        breaks.forEach((offset, index) => {
          expect(offset).toBeGreaterThan(index === 0 ? 0 : (breaks[index - 1] as number));
          expect(offset).toBeLessThan(text.length);
        });
        const pieces = splitSentences(text, locale);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) expect(piece.trim()).not.toBe('');
      }
    });

    it('never breaks strictly inside a protect range', () => {
      const next = random(file.length * 7919);
      for (const text of paragraphs) {
        const free = sentenceBreaks(text, locale);
        // Ranges straddling real boundaries, plus random ones.
        const protect: [number, number][] = free
          .filter((_, index) => index % 2 === 0)
          .map((offset) => [Math.max(0, offset - 4), Math.min(text.length, offset + 4)]);
        for (let i = 0; i < 3; i++) {
          const start = Math.floor(next() * text.length);
          protect.push([start, Math.min(text.length, start + 1 + Math.floor(next() * 60))]);
        }
        const breaks = sentenceBreaks(text, locale, protect);
        for (const offset of breaks) {
          for (const [start, end] of protect) expect(offset > start && offset < end).toBe(false);
        }
        for (let i = 1; i < breaks.length; i++) expect(breaks[i]).toBeGreaterThan(breaks[i - 1] as number);
      }
    });

    it('segments the same when Latin names are locked to U+FFFC', () => {
      if (locale === 'en') return; // in English every word is Latin: masking them all leaves no sentence to find
      // Prose only: in code, HTML and link targets a Latin "word" is a path, not a term.
      for (const text of paragraphs.filter((line) => !/^\s|^[<#!|`[*-]|\]\(|<\w|\.\//.test(line))) {
        // The lock stage replaces a glossary term (a brand, a product) by one U+FFFC.
        const masked = text.replace(/\.?[A-Za-z][\w.&-]*/g, '\uFFFC');
        expect(splitSentences(masked, locale).join('')).toBe(masked);
        expect(sentenceBreaks(masked, locale).length).toBe(sentenceBreaks(text, locale).length);
      }
    });
  });

describe.skipIf(!HAVE_CORPUS)('the corpus the properties run over', () => {
  it('has English, Thai and Chinese files', () => {
    expect(new Set(files.map(localeOf))).toEqual(new Set(['en', 'th', 'zh']));
  });
});
