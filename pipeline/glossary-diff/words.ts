// Word diff of two rendered outputs. Text is split into words with Intl.Segmenter (Thai and Chinese have no
// spaces, so a character or space diff would cut a Thai word in half); a locked term is one token whatever its
// length, so a changed form is always marked as a unit.
import { diffArrays } from 'diff';
import type { Locale, Run } from '../types.ts';
import type { WordPart } from './types.ts';

const segmenters = new Map<Locale, Intl.Segmenter>();

function segmenter(locale: Locale): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, found);
  }
  return found;
}

/** Words, spaces and punctuation of `text`, in order; joined they give `text` back. */
export function tokenize(text: string, locale: Locale): string[] {
  return Array.from(segmenter(locale).segment(text), (part) => part.segment);
}

/**
 * The tokens of rendered runs: text runs split into words, each lock one token (its form in `locale`, or
 * `{id}` for a term the glossary lacks). Inline codes print nothing, as in `runsText`.
 */
export function runTokens(runs: readonly Run[], locale: Locale, form: (term: string) => string): string[] {
  const tokens: string[] = [];
  for (const run of runs) {
    if (run.type === 'text') tokens.push(...tokenize(run.value, locale));
    else if (run.type === 'lock') tokens.push(form(run.term));
  }
  return tokens;
}

const BLANK = /^\s*$/;

/**
 * The parts of a word diff, removed before added. A change of several words keeps the spaces between them inside
 * the change ("~~a b~~ **c d**", not "~~a~~ **c** ~~b~~ **d**"); adjacent parts of one kind are merged.
 */
export function diffTokens(before: readonly string[], after: readonly string[]): WordPart[] {
  const raw: WordPart[] = diffArrays([...before], [...after]).map((change) => ({
    op: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }));
  // Fold white space that sits between two changes into both sides of the change.
  const folded: WordPart[] = [];
  raw.forEach((part, i) => {
    const prev = raw[i - 1];
    const next = raw[i + 1];
    if (part.op === 'same' && BLANK.test(part.text) && prev && next && prev.op !== 'same' && next.op !== 'same') {
      folded.push({ op: 'removed', text: part.text }, { op: 'added', text: part.text });
    } else {
      folded.push(part);
    }
  });
  // Group each run of changes: all removed text, then all added text.
  const out: WordPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = added = '';
  };
  for (const part of folded) {
    if (part.op === 'removed') removed += part.text;
    else if (part.op === 'added') added += part.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'same') last.text += part.text;
      else if (part.text) out.push({ ...part });
    }
  }
  flush();
  return out;
}

/** The old text and the new text back from the parts (the inverse of `diffTokens`). */
export function sidesOf(parts: readonly WordPart[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const part of parts) {
    if (part.op !== 'added') before += part.text;
    if (part.op !== 'removed') after += part.text;
  }
  return { before, after };
}
