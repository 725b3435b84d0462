// Inline codes (links, emphasis, images …) must survive translation: same codes, each once, properly nested.
// A lost code drops a link or an image from the published page; a badly nested one breaks the Markdown.
import { CHECK_CODES } from './ids.ts';
import type { Run } from '../../types.ts';
import { minus } from '../multiset.ts';
import type { QaCheck, QaInput, QaIssue } from '../types.ts';
import { emphasizedTitle, type TitleKinds } from '../../assemble/book-titles.ts';

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
 * The codes of the source's emphasized work titles (`{1}[[joy-of-life]]{/1}`) that a `zh` target wrote as
 * 《[[joy-of-life]]》 instead, as assembly does: those `{1}` and `{/1}` are not missing. One title per marked lock.
 */
function bookTitleCodes(input: QaInput): string[] {
  const kinds: TitleKinds = {
    isEmphasis: (id) => input.codeType(id) === 'emphasis',
    isWork: (term) => input.termType(term) === 'work',
  };
  const marked: string[] = [];
  input.target.forEach((run, i) => {
    const before = input.target[i - 1];
    const after = input.target[i + 1];
    if (run.type !== 'lock' || before?.type !== 'text' || after?.type !== 'text') return;
    if (before.value.endsWith('《') && after.value.startsWith('》')) marked.push(run.term);
  });
  const names: string[] = [];
  input.source.forEach((run, i) => {
    const title = run.type === 'open' ? emphasizedTitle(input.source, i, kinds) : undefined;
    const at = title ? marked.indexOf(title.term) : -1;
    if (run.type !== 'open' || at < 0) return;
    marked.splice(at, 1);
    names.push(`{${run.id}}`, `{/${run.id}}`);
  });
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
    const missing = minus(source, input.to === 'zh' ? [...target, ...bookTitleCodes(input)] : target);
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
