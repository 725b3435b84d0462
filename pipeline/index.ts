// The local front half of a release: parse → lock → segment. The rest of the order (translate → verify → assemble)
// and the run that drives it are in run/release.ts. Locks run before sentence splitting so that a sentence never
// breaks inside a term and segment ids hash the masked text (a glossary form change moves no id).
import { parse, type ParseOptions } from './parse/index.ts';
import { readRelease } from './parse/read.ts';
import type { Glossary } from './lock/glossary.ts';
import { lockBlocks } from './lock/index.ts';
import type { TermMatch } from './lock/matcher.ts';
import { extractBlocks } from './parse/blocks.ts';
import { InlineError } from './parse/inline.ts';
import { segmentBlocks } from './segment/index.ts';
import type { Block, Doc, Locale, Segment } from './types.ts';

export interface PreparedRelease {
  doc: Doc;
  blocks: Block[];
  segments: Segment[];
}

export type Matchers = (locale: Locale) => (text: string) => TermMatch[];

/** parse → lock → segment for one file. */
export function prepareRelease(file: string, matchers: Matchers, options: ParseOptions = {}): PreparedRelease {
  // Read at once: a release is a few kilobytes, and the async read's thread-pool round trips cost more than it.
  return prepareText(readRelease(file), file, matchers, options);
}

export function prepareText(
  text: string,
  file: string,
  matchers: Matchers,
  options: ParseOptions = {},
): PreparedRelease {
  const doc = parse(text, file, options);
  let blocks: Block[];
  try {
    blocks = extractBlocks(doc);
  } catch (error) {
    if (error instanceof InlineError) error.locate({ file });
    throw error;
  }
  const locked = lockBlocks(blocks, matchers(doc.locale));
  return { doc, blocks: locked, segments: segmentBlocks(locked, doc.locale) };
}

/** One matcher per locale, built on first use. */
export function matchersFor(
  glossary: Glossary,
  create: (glossary: Glossary, locale: Locale) => (text: string) => TermMatch[],
): Matchers {
  const cache = new Map<Locale, (text: string) => TermMatch[]>();
  return (locale) => {
    let matcher = cache.get(locale);
    if (!matcher) {
      matcher = create(glossary, locale);
      cache.set(locale, matcher);
    }
    return matcher;
  };
}
