// Small, pure helpers over Run[]: the one place that knows how runs print, compare and trim.
import type { Run } from './types.ts';

/** Escape the characters the key syntax uses, so text can never be read as a code. */
function escapeKeyText(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`);
}

/** The exact string of a run list: text with codes as `{1}…{/1}`, `{2/}` and locks as `{t:id}`. */
export function runsString(runs: readonly Run[]): string {
  let out = '';
  for (const run of runs) {
    switch (run.type) {
      case 'text':
        out += escapeKeyText(run.value);
        break;
      case 'open':
        out += `{${run.id}}`;
        break;
      case 'close':
        out += `{/${run.id}}`;
        break;
      case 'ph':
        out += `{${run.id}/}`;
        break;
      case 'lock':
        out += `{t:${run.term}}`;
        break;
    }
  }
  return out;
}

/** The canonical string of a run list (`runsString`), white space collapsed so that reflowing a paragraph changes
 * no key. */
export function runsKey(runs: readonly Run[]): string {
  return runsString(runs).replace(/\s+/g, ' ').trim();
}

/** Plain text of the runs, locks rendered by `renderLock` (default: `{id}`), codes dropped. */
export function runsText(runs: readonly Run[], renderLock: (term: string) => string = (t) => `{${t}}`): string {
  let out = '';
  for (const run of runs) {
    if (run.type === 'text') out += run.value;
    else if (run.type === 'lock') out += renderLock(run.term);
  }
  return out;
}

/** Merge adjacent text runs and drop empty ones. */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.type === 'text') {
      if (run.value === '') continue;
      const last = out[out.length - 1];
      if (last && last.type === 'text') {
        out[out.length - 1] = { type: 'text', value: last.value + run.value };
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

/**
 * The runs a `runsKey` was made from, white space as the key has it (collapsed): the inverse of `runsKey` up to
 * white space and text run boundaries.
 */
export function parseRunsKey(key: string): Run[] {
  const runs: Run[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') runs.push({ type: 'text', value: text });
    text = '';
  };
  const code = /^\{(?:t:([^{}\\]+)|\/([^{}\\/]+)|([^{}\\/]+)\/|([^{}\\/]+))\}/;
  for (let at = 0; at < key.length; ) {
    const char = key[at] as string;
    if (char === '\\' && at + 1 < key.length) {
      text += key[at + 1];
      at += 2;
      continue;
    }
    const match = char === '{' ? code.exec(key.slice(at)) : null;
    if (!match) {
      text += char;
      at++;
      continue;
    }
    flush();
    const [whole, term, close, ph, open] = match;
    if (term !== undefined) runs.push({ type: 'lock', term });
    else if (close !== undefined) runs.push({ type: 'close', id: close });
    else if (ph !== undefined) runs.push({ type: 'ph', id: ph });
    else runs.push({ type: 'open', id: open as string });
    at += whole.length;
  }
  flush();
  return runs;
}
