// Runs ⇄ the HTML Cloud Translation reads in `text/html` mode. Codes become tags the engine can move with the
// words they wrap; locks become `translate="no"` spans the engine must leave alone. The reply is parsed strictly:
// anything we did not send (a new tag, a lost id, an unbalanced pair) is an error, never a guess.
import { InternalError } from '../errors.ts';
import { HTML_TAG } from '../patterns.ts';
import { decode } from 'html-entities';
import { normalizeRuns } from '../runs.ts';
import type { Run } from '../types.ts';

/** The tag of a paired code: `<b id="1">…</b>`. */
export const PAIR_TAG = 'b';
/** The void tag of a standalone code, and of an open/close whose partner lies outside the segment. */
export const VOID_TAG = 'img';
/** `data-k` on a void tag marks a lone open or close; absent means a standalone code. */
const EDGE_ATTR = 'data-k';
/** `data-t` on a `translate="no"` span names the locked glossary term. */
const TERM_ATTR = 'data-t';

/** The caller broke the codec's contract (a lock without its form): a bug, not bad input. */
export class HtmlCodecError extends InternalError {}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/**
 * Ids of the open/close pairs that nest properly inside `runs`; the others are encoded as lone void tags.
 * Demoting one pair can only simplify the nesting of the rest, so the loop ends after at most one pass per pair.
 */
function nestedPairs(runs: readonly Run[]): Set<string> {
  const opens = new Map<string, number>();
  const pairs = new Set<string>();
  runs.forEach((run, i) => {
    if (run.type === 'open') opens.set(run.id, i);
    else if (run.type === 'close' && (opens.get(run.id) ?? Infinity) < i) pairs.add(run.id);
  });
  for (let pass = 0; pass <= pairs.size; pass++) {
    const stack: string[] = [];
    let crossing: string | undefined;
    for (const run of runs) {
      if ((run.type !== 'open' && run.type !== 'close') || !pairs.has(run.id)) continue;
      if (run.type === 'open') stack.push(run.id);
      else if (stack[stack.length - 1] === run.id) stack.pop();
      else {
        crossing = run.id;
        break;
      }
    }
    if (crossing === undefined) return pairs;
    pairs.delete(crossing);
  }
  return pairs;
}

/** Encode a segment's runs as HTML; `lockForms` gives the locked target form shown inside each lock span. */
export function runsToHtml(runs: readonly Run[], lockForms: Readonly<Record<string, string>>): string {
  const pairs = nestedPairs(runs);
  let out = '';
  for (const run of runs) {
    switch (run.type) {
      case 'text':
        out += escapeText(run.value);
        break;
      case 'ph':
        out += `<${VOID_TAG} id="${escapeAttr(run.id)}">`;
        break;
      case 'open':
        out += pairs.has(run.id)
          ? `<${PAIR_TAG} id="${escapeAttr(run.id)}">`
          : `<${VOID_TAG} id="${escapeAttr(run.id)}" ${EDGE_ATTR}="open">`;
        break;
      case 'close':
        out += pairs.has(run.id) ? `</${PAIR_TAG}>` : `<${VOID_TAG} id="${escapeAttr(run.id)}" ${EDGE_ATTR}="close">`;
        break;
      case 'lock': {
        const form = lockForms[run.term];
        if (form === undefined) throw new HtmlCodecError(`html-codec: no locked form given for term "${run.term}"`);
        out += `<span translate="no" ${TERM_ATTR}="${escapeAttr(run.term)}">${escapeText(form)}</span>`;
        break;
      }
    }
  }
  return out;
}

const ATTR = /([^\s<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?/g;

function parseAttrs(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    attrs.set((m[1] ?? '').toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? '', { level: 'html5', scope: 'strict' }));
  }
  return attrs;
}

/** Decode an engine reply back into runs, or say why it cannot be trusted. */
export function htmlToRuns(html: string): { runs: Run[] } | { error: string } {
  const runs: Run[] = [];
  const pairStack: string[] = [];
  const seen = new Set<string>();
  let inLock = false;
  let last = 0;
  const addCode = (type: 'open' | 'close' | 'ph', id: string | undefined, tag: string): string | undefined => {
    if (id === undefined || id === '') return `${tag} has no id`;
    if (seen.has(`${type}:${id}`)) return `${tag} repeats code ${id}`;
    seen.add(`${type}:${id}`);
    runs.push({ type, id });
    return undefined;
  };
  const text = (raw: string): void => {
    if (!inLock && raw !== '') runs.push({ type: 'text', value: decode(raw, { level: 'html5', scope: 'strict' }) });
  };

  for (const m of html.matchAll(HTML_TAG)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = m[0];
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const attrs = parseAttrs(m[3] ?? '');
    let error: string | undefined;
    if (inLock) {
      if (name !== 'span' || !closing) return { error: `tag ${tag} inside a locked term` };
      inLock = false;
    } else if (name === PAIR_TAG) {
      if (closing) {
        const id = pairStack.pop();
        if (id === undefined) return { error: `${tag} closes nothing` };
        error = addCode('close', id, tag);
      } else {
        const id = attrs.get('id');
        error = addCode('open', id, tag);
        if (id !== undefined) pairStack.push(id);
      }
    } else if (name === VOID_TAG) {
      if (closing) continue; // `</img>` is noise some serializers add; a void tag has no content to lose.
      const edge = attrs.get(EDGE_ATTR);
      if (edge !== undefined && edge !== 'open' && edge !== 'close')
        return { error: `${tag} has an unknown ${EDGE_ATTR}` };
      error = addCode(edge ?? 'ph', attrs.get('id'), tag);
    } else if (name === 'span' && !closing) {
      const term = attrs.get(TERM_ATTR);
      if (attrs.get('translate') !== 'no' || term === undefined || term === '') {
        return { error: `${tag} is not a locked term (translate="no" ${TERM_ATTR}="…" expected)` };
      }
      runs.push({ type: 'lock', term });
      inLock = m[4] !== '/';
    } else {
      return { error: `unexpected tag ${tag}` };
    }
    if (error !== undefined) return { error };
  }
  text(html.slice(last));
  if (inLock) return { error: 'a locked term is never closed' };
  if (pairStack.length > 0) return { error: `<${PAIR_TAG} id="${pairStack.join('">, <b id="')}"> never closed` };
  return { runs: normalizeRuns(runs) };
}

function codeCounts(runs: readonly Run[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    if (run.type === 'text') continue;
    const key = run.type === 'lock' ? `lock ${run.term}` : `${run.type} ${run.id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Why `actual` does not carry exactly the codes and locks of `expected`, or undefined when it does. */
export function codeMismatch(expected: readonly Run[], actual: readonly Run[]): string | undefined {
  const want = codeCounts(expected);
  const got = codeCounts(actual);
  const problems: string[] = [];
  for (const [key, n] of want) {
    const m = got.get(key) ?? 0;
    if (m < n) problems.push(`lost ${key}`);
    else if (m > n) problems.push(`repeated ${key}`);
  }
  for (const key of got.keys()) if (!want.has(key)) problems.push(`unexpected ${key}`);
  return problems.length > 0 ? problems.join(', ') : undefined;
}
