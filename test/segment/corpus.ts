// Reads hand-checked segmentation fixtures and the corpus passages they point at (the texts stay in ../shared).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../pipeline/types.ts';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus');
export const FIXTURES_DIR = path.resolve(import.meta.dirname, 'fixtures');

/** A passage of a corpus file and its hand-checked sentences (trimmed). */
export interface Passage {
  /** 1-based line in the corpus file. */
  line: number;
  /** Last line, when a paragraph spans several lines (joined with "\n", as a Markdown soft break). */
  to?: number;
  /** 0-based cell of a Markdown table row. */
  cell?: number;
  /** The line is Markdown: list markers, emphasis, links and code spans are reduced as the Markdown layer does. */
  markdown?: boolean;
  /** For invented adversarial cases: the text itself, instead of line. */
  text?: string;
  /** Invented cases: the hand-checked sentences (trimmed). */
  expected?: string[];
  /** Corpus cases: UTF-16 offsets into the passage's text where each hand-checked sentence after the first starts. */
  breaks?: number[];
  /** A case the segmenter still gets wrong: what it returns (`actual`, or `breaks` for corpus cases) and why. */
  knownWrong?: { reason: string; actual?: string[]; breaks?: number[] };
}

export interface FixtureFile {
  /** Corpus file name, or "invented" for adversarial cases written for the tests. */
  source: string;
  locale: Locale;
  passages: Passage[];
}

/** A passage ready to segment: plain text, protect ranges, and where it came from. */
export interface Case {
  id: string;
  locale: Locale;
  text: string;
  protect: [number, number][];
  passage: Passage;
  /** The hand-checked sentences, trimmed. */
  expected: string[];
  /** For a known-wrong case: what the segmenter returns today, trimmed. */
  knownWrongActual?: string[];
}

/** `text` cut before each offset, pieces trimmed. */
export function cutAt(text: string, breaks: readonly number[]): string[] {
  const edges = [0, ...breaks, text.length];
  return edges.slice(0, -1).map((start, i) => text.slice(start, edges[i + 1]).trim());
}

const corpusCache = new Map<string, string[]>();

/** The lines of a corpus file (1-based: `lines[n - 1]`), header included so line numbers match the file. */
export function corpusLines(file: string): string[] {
  let lines = corpusCache.get(file);
  if (!lines) {
    lines = readFileSync(path.join(CORPUS_DIR, file), 'utf8').split('\n');
    corpusCache.set(file, lines);
  }
  return lines;
}

/** The body paragraphs of a corpus file: non-empty lines after the header's first blank line. */
export function corpusParagraphs(file: string): string[] {
  const lines = corpusLines(file);
  return lines.slice(lines.indexOf('') + 1).filter((line) => line.trim() !== '');
}

/**
 * Inline Markdown reduced the way the Markdown layer hands text to the segmenter: list markers and emphasis
 * markers dropped, link text kept and protected, code spans replaced by U+FFFC.
 */
export function plainInline(markdown: string): { text: string; protect: [number, number][] } {
  const source = markdown.replace(/^\s*(?:[-*]|\d+\.)\s+/, '');
  const protect: [number, number][] = [];
  let text = '';
  const pattern = /\[([^\]]*)\]\([^)]*\)|`[^`]*`|\*\*/g;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    text += source.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '**') continue;
    if (match[0].startsWith('`')) {
      text += '\uFFFC';
      continue;
    }
    const label = (match[1] ?? '').replaceAll('**', '');
    protect.push([text.length, text.length + label.length]);
    text += label;
  }
  return { text: text + source.slice(last), protect };
}

export function passageText(source: string, passage: Passage): { text: string; protect: [number, number][] } {
  if (passage.text !== undefined) return { text: passage.text, protect: [] };
  const lines = corpusLines(source);
  let raw = lines.slice(passage.line - 1, passage.to ?? passage.line).join('\n');
  if (passage.cell !== undefined) {
    const cells = raw
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    raw = cells[passage.cell] ?? '';
  }
  return passage.markdown ? plainInline(raw) : { text: raw, protect: [] };
}

export function loadFixtures(locale: Locale): FixtureFile[] {
  const dir = path.join(FIXTURES_DIR, locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as FixtureFile);
}

/** The cases of a locale: all, only the invented ones (no ../shared needed), or only the corpus passages. */
export function loadCases(locale: Locale, which: 'all' | 'invented' | 'corpus' = 'all'): Case[] {
  const files = loadFixtures(locale).filter(
    (file) => which === 'all' || (file.source === 'invented') === (which === 'invented'),
  );
  return files.flatMap((file) =>
    file.passages.map((passage, index) => {
      const { text, protect } = passageText(file.source, passage);
      const sentences = (own: string[] | undefined, breaks: number[] | undefined): string[] | undefined =>
        own ?? (breaks && cutAt(text, breaks));
      return {
        id: `${file.source}:${passage.text === undefined ? `L${passage.line}${passage.cell === undefined ? '' : `c${passage.cell}`}` : `#${index}`}`,
        locale,
        text,
        protect,
        passage,
        expected: sentences(passage.expected, passage.breaks) ?? [text.trim()],
        knownWrongActual: passage.knownWrong && sentences(passage.knownWrong.actual, passage.knownWrong.breaks),
      };
    }),
  );
}
