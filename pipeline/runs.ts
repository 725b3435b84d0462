// Small, pure helpers over Run[]: the one place that knows how runs print, compare and trim.
import type { Run } from './types.ts';

/** Escape the characters the key syntax uses, so text can never be read as a code. */
function escapeKeyText(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`);
}

/**
 * The canonical string of a run list: text with codes as `{1}…{/1}`, `{2/}` and locks as `{t:id}`.
 * White space is collapsed so that reflowing a paragraph changes no key.
 */
export function runsKey(runs: readonly Run[]): string {
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
  return out.replace(/\s+/g, ' ').trim();
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
