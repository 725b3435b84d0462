// Inline codes (links, emphasis, images …) must survive translation: same codes, each once, properly nested.
// A lost code drops a link or an image from the published page; a badly nested one breaks the Markdown.
import { CHECK_CODES } from './ids.ts';
import type { Run } from '../../types.ts';
import { minus } from '../multiset.ts';
import type { QaCheck, QaIssue } from '../types.ts';

/** How a code is shown to a reviewer: the same notation as segment keys, `{1}…{/1}` and `{2/}`. */
function codeName(run: Run): string | undefined {
  if (run.type === 'open') return `{${run.id}}`;
  if (run.type === 'close') return `{/${run.id}}`;
  if (run.type === 'ph') return `{${run.id}/}`;
  return undefined;
}

function codeNames(runs: readonly Run[]): string[] {
  const names: string[] = [];
  for (const run of runs) {
    const name = codeName(run);
    if (name) names.push(name);
  }
  return names;
}

/** The first nesting fault of `runs`, described, or undefined when every close matches the innermost open. */
export function nestingFault(runs: readonly Run[]): string | undefined {
  const open: string[] = [];
  for (const run of runs) {
    if (run.type === 'open') open.push(run.id);
    else if (run.type === 'close') {
      if (!open.includes(run.id)) return `{/${run.id}} closes a code that is not open`;
      const inner = open.pop();
      if (inner !== run.id) return `{/${run.id}} closes before {/${inner}}, which was opened inside it`;
    }
  }
  if (open.length > 0) return `{${open[open.length - 1]}} is never closed`;
  return undefined;
}

/**
 * Paired codes of the source that wrap exactly one locked term, which a `zh` target may write as 《term》 instead
 * (the title of a work in book-title marks, as assembly does for emphasis): `{1}` and `{/1}` are then not missing.
 */
function bookTitleCodes(source: readonly Run[], target: readonly Run[]): string[] {
  const marked = new Set<string>();
  for (let i = 1; i + 1 < target.length; i++) {
    const before = target[i - 1];
    const lock = target[i];
    const after = target[i + 1];
    if (lock?.type !== 'lock' || before?.type !== 'text' || after?.type !== 'text') continue;
    if (before.value.endsWith('《') && after.value.startsWith('》')) marked.add(lock.term);
  }
  const names: string[] = [];
  for (let i = 0; i + 2 < source.length; i++) {
    const [open, lock, close] = [source[i], source[i + 1], source[i + 2]];
    if (open?.type !== 'open' || lock?.type !== 'lock' || close?.type !== 'close' || close.id !== open.id) continue;
    if (marked.has(lock.term)) names.push(`{${open.id}}`, `{/${open.id}}`);
  }
  return names;
}

export const codesCheck: QaCheck = {
  id: CHECK_CODES,
  severity: 'error',
  description: 'The target has the inline codes of the source (links, emphasis, images), each once, validly nested.',
  check(input): QaIssue[] {
    const source = codeNames(input.source);
    const target = codeNames(input.target);
    if (source.length === 0 && target.length === 0) return [];
    const issues: QaIssue[] = [];
    const missing = minus(source, input.to === 'zh' ? [...target, ...bookTitleCodes(input.source, input.target)] : target);
    const extra = minus(target, source);
    if (missing.length > 0) {
      issues.push({ message: `Inline formatting lost in the target (link, emphasis or image): ${missing.join(' ')}.` });
    }
    if (extra.length > 0) {
      issues.push({ message: `The target has inline formatting the source does not: ${extra.join(' ')}.` });
    }
    const fault = nestingFault(input.target);
    if (fault) issues.push({ message: `Inline formatting is badly nested in the target: ${fault}.` });
    return issues;
  },
};
