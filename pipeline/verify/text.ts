// The texts every check reads, derived once per QaInput: checks ask for views, never re-render runs themselves.
import type { Run } from '../types.ts';
import type { QaInput } from './types.ts';

export interface QaTexts {
  /** Source with locks in their `from` form, codes dropped. */
  source: string;
  /** Target with locks in their `to` form, codes dropped. */
  target: string;
  /**
   * Source text runs only: each lock becomes one space, codes are dropped. This is what a translator or an engine
   * wrote, so checks about wording (numbers, script, forbidden forms) read it and never see a locked form.
   */
  sourceFree: string;
  targetFree: string;
}

// Keyed by the input object: verifySegment passes one object to every check, so each view is built once.
const cache = new WeakMap<QaInput, QaTexts>();

export function textsOf(input: QaInput): QaTexts {
  let texts = cache.get(input);
  if (!texts) {
    texts = {
      source: rendered(input.source, (term) => input.lockForm(term, input.from)),
      target: rendered(input.target, (term) => input.lockForm(term, input.to)),
      sourceFree: free(input.source),
      targetFree: free(input.target),
    };
    cache.set(input, texts);
  }
  return texts;
}

/** Text with locks rendered by `form` and codes dropped; `codeMark` stands in for each code when given. */
export function rendered(runs: readonly Run[], form: (term: string) => string, codeMark = ''): string {
  let out = '';
  for (const run of runs) {
    if (run.type === 'text') out += run.value;
    else if (run.type === 'lock') out += form(run.term);
    else out += codeMark;
  }
  return out;
}

function free(runs: readonly Run[]): string {
  let out = '';
  for (const run of runs) {
    if (run.type === 'text') out += run.value;
    else if (run.type === 'lock') out += ' ';
  }
  return out;
}

const SPACES = /\s+/g;

/** White space collapsed to single spaces and trimmed: reflowing a line changes nothing a check compares. */
export function collapse(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Exactly the white space of the regular expression `\s`, so the fast paths below agree with `collapse`. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `collapse(a) === collapse(b)` without building either string: most pairs differ at their first letter. */
export function sameCollapsed(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && isSpace(a.charCodeAt(i))) i++;
  while (j < b.length && isSpace(b.charCodeAt(j))) j++;
  for (;;) {
    const spaceA = i < a.length && isSpace(a.charCodeAt(i));
    const spaceB = j < b.length && isSpace(b.charCodeAt(j));
    if (spaceA || spaceB) {
      while (i < a.length && isSpace(a.charCodeAt(i))) i++;
      while (j < b.length && isSpace(b.charCodeAt(j))) j++;
      // Trailing white space on one side only still collapses to nothing.
      if (spaceA !== spaceB && !(i === a.length && j === b.length)) return false;
      continue;
    }
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** `collapse(text).length` without building the string. */
export function collapsedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
  }
  return length;
}

/** Lock terms of the runs with how often each occurs, in first-seen order. */
export function lockCounts(runs: readonly Run[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) if (run.type === 'lock') counts.set(run.term, (counts.get(run.term) ?? 0) + 1);
  return counts;
}
