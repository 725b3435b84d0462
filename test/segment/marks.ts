// Hand-marked sentence boundaries on ../shared/corpus/thai-dev: the offsets live in marks/, the text in ../shared.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from './corpus.ts';

export const MARKS_DIR = path.resolve(import.meta.dirname, 'marks');

/** One marked paragraph: its line in the corpus file, the line's hash, the offsets where sentences start. */
export interface MarkedParagraph {
  line: number;
  sha: string;
  breaks: number[];
}

export interface MarksFile {
  /** Corpus file, relative to ../shared/corpus. */
  source: string;
  paragraphs: MarkedParagraph[];
}

/** A paragraph ready to score: its text and its hand-marked sentences (trimmed). */
export interface MarkedText {
  id: string;
  text: string;
  expected: string[];
}

/** The held-out files, as the marks folder's README lists them (fixed before the rules changed). */
export function heldOutFiles(corpus = 'thai-dev'): string[] {
  const readme = readFileSync(path.join(MARKS_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('Held out'), readme.indexOf('Tuning:'));
  return [...section.matchAll(/^- (\S+\.txt)$/gm)].map((match) => `${corpus}/${match[1]}`);
}

export function sha12(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function loadMarks(corpus = 'thai-dev'): MarksFile[] {
  const dir = path.join(MARKS_DIR, corpus);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as MarksFile);
}

/** The marked paragraphs of one file with their text; throws when the corpus no longer matches the marks. */
export function markedTexts(marks: MarksFile): MarkedText[] {
  const lines = readFileSync(path.join(CORPUS_DIR, marks.source), 'utf8').split('\n');
  return marks.paragraphs.map((paragraph) => {
    const text = lines[paragraph.line - 1] ?? '';
    if (sha12(text) !== paragraph.sha) {
      throw new Error(`${marks.source}:${paragraph.line}: the corpus line changed since it was marked; mark it again`);
    }
    const edges = [0, ...paragraph.breaks, text.length];
    const expected = edges.slice(0, -1).map((start, i) => text.slice(start, edges[i + 1]).trim());
    return { id: `${marks.source}:L${paragraph.line}`, text, expected };
  });
}
