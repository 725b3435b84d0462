// Mask glossary terms as lock runs before translation, and render them back in a locale's locked form.
import { type ErrorPlace, UserError } from '../errors.ts';
import { normalizeRuns } from '../runs.ts';
import type { Lock, Locale, Run } from '../types.ts';
import type { Glossary } from './glossary.ts';
import type { TermMatch } from './matcher.ts';

/** A lock run names a term the glossary lacks, or the runs and their locks disagree. */
export class LockError extends UserError {
  readonly term: string;
  constructor(term: string, message: string, place: ErrorPlace = {}) {
    super(message, place);
    this.term = term;
  }
}

/**
 * Replace every match in each text run by `{ type: 'lock', term }`. Each text run is matched on its own, so a
 * term never spans an inline code. Other runs are copied unchanged; empty text pieces are dropped.
 * `locks` lists the terms in order with the source text they replaced.
 */
export function maskRuns(runs: readonly Run[], match: (text: string) => TermMatch[]): { runs: Run[]; locks: Lock[] } {
  const out: Run[] = [];
  const locks: Lock[] = [];
  for (const run of runs) {
    if (run.type !== 'text') {
      out.push(run);
      continue;
    }
    let at = 0;
    for (const { start, end, term } of match(run.value)) {
      if (start > at) out.push({ type: 'text', value: run.value.slice(at, start) });
      out.push({ type: 'lock', term });
      locks.push({ term, matched: run.value.slice(start, end) });
      at = end;
    }
    if (at < run.value.length) out.push({ type: 'text', value: at === 0 ? run.value : run.value.slice(at) });
  }
  return { runs: out, locks };
}

/** Render each lock run as the term's locked form in `locale`; adjacent text is merged. */
export function unmaskRuns(runs: readonly Run[], glossary: Glossary, locale: Locale): Run[] {
  return normalizeRuns(
    runs.map((run): Run => {
      if (run.type !== 'lock') return run;
      const term = glossary.byId.get(run.term);
      if (!term) throw new LockError(run.term, `lock "${run.term}" is not in the glossary ${glossary.file}`);
      return { type: 'text', value: term.forms[locale] };
    }),
  );
}

/**
 * The exact inverse of `maskRuns`: put back the source text each lock replaced (variants and case as written),
 * where `unmaskRuns` writes the locked form. `locks` must be the list `maskRuns` returned for these runs.
 */
export function restoreRuns(runs: readonly Run[], locks: readonly Lock[]): Run[] {
  let next = 0;
  const out = runs.map((run): Run => {
    if (run.type !== 'lock') return run;
    const lock = locks[next++];
    if (!lock || lock.term !== run.term) {
      throw new LockError(run.term, `lock ${next} is "${run.term}" but the lock list has "${lock?.term ?? 'nothing'}"`);
    }
    return { type: 'text', value: lock.matched };
  });
  if (next !== locks.length) throw new LockError(locks[next]?.term ?? '', `${locks.length - next} locks left over`);
  return normalizeRuns(out);
}
