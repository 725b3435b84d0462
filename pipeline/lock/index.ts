// The lock stage: glossary terms in each block's text runs become lock runs, before sentence splitting, so a
// sentence never breaks inside a term and segment ids hash the masked text.
import type { Block } from '../types.ts';
import { LockError, maskRuns } from './mask.ts';
import type { TermMatch } from './matcher.ts';

export { GlossaryError, glossaryOf, loadGlossary, parseGlossary } from './glossary.ts';
export type { Glossary, GlossaryTerm, TermStatus, TermType } from './glossary.ts';
export { createMatcher, createScanner, patternsFor } from './matcher.ts';
export type { MatchPattern, PatternMatch, Scanner, TermMatch } from './matcher.ts';
export { LockError, maskRuns, restoreRuns, unmaskRuns } from './mask.ts';
export { GLOSSARY_CHECKS, lintGlossary, lintGlossaryFile } from './lint.ts';

/** One block with its terms locked: `runs` masked, `locks` listing them in order. The input is not changed. */
export function lockBlock(block: Block, match: (text: string) => TermMatch[]): Block {
  // Masking twice would keep the old lock runs but lose their source text from `locks`.
  const locked = block.runs.find((run) => run.type === 'lock');
  if (locked) throw new LockError(locked.term, `block ${block.id} is already locked`);
  const { runs, locks } = maskRuns(block.runs, match);
  return { ...block, runs, locks };
}

/** The stage: every block of a document with its terms locked (`match` from `createMatcher(glossary, locale)`). */
export function lockBlocks(blocks: readonly Block[], match: (text: string) => TermMatch[]): Block[] {
  return blocks.map((block) => lockBlock(block, match));
}
