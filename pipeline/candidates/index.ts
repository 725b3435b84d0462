// Term candidates: names and brands in the sources that the glossary lacks, counted, with where they occur.
import type { Glossary } from '../lock/glossary.ts';
import { createScanner, patternsFor } from '../lock/matcher.ts';
import { parse } from '../parse/index.ts';
import { LOCALES } from '../types.ts';
import { findNames, isTitleCase } from './names.ts';
import type { NameSpan } from './names.ts';
import { findNativeNames } from './native.ts';
import { GAP, proseOf } from './prose.ts';

const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

export { findNames, isTitleCase, type NameMode, type NameSpan } from './names.ts';
export { findNativeNames } from './native.ts';
export { GAP, proseOf, type ProseText } from './prose.ts';

export interface CandidatePlace {
  file: string;
  line: number;
}

export interface Candidate {
  /** The most frequent spelling. */
  name: string;
  /** Other spellings of the same name that differ only in case ("HONG KONG" in datelines), most frequent first. */
  spellings: string[];
  count: number;
  /** Every occurrence, in file and line order (a line holding the name twice is listed twice). */
  places: CandidatePlace[];
}

export interface CandidateSource {
  /** The Markdown text of a release. */
  text: string;
  /** Named in places; also the release's name for parsing. */
  file: string;
}

export interface CandidateOptions {
  /** Only names seen at least this many times (default 1). */
  minCount?: number;
}

/**
 * A masker for every spelling the glossary knows in any locale: a Latin brand in a Thai text ("Tencent" where
 * the Thai form is เทนเซ็นต์) is known all the same. Masked characters become U+FFFC, keeping offsets.
 */
function masker(glossary: Glossary): (text: string) => string {
  const seen = new Set<string>();
  const patterns = LOCALES.flatMap((locale) => patternsFor(glossary, locale)).filter((p) => {
    const key = `${p.term}\u0000${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const scanner = createScanner(patterns);
  return (text) => {
    let out = '';
    let at = 0;
    for (const { start, end } of scanner.longest(text)) {
      out += text.slice(at, start) + GAP.repeat(end - start);
      at = end;
    }
    // Bare URLs and e-mail addresses in the text are not names, however they are capitalised.
    return (out + text.slice(at)).replace(ADDRESS, (address) => GAP.repeat(address.length));
  };
}

/** The candidates of all sources, most frequent first, then by name. */
export function findCandidates(
  sources: readonly CandidateSource[],
  glossary: Glossary,
  options: CandidateOptions = {},
): Candidate[] {
  const mask = masker(glossary);
  // A spelling the glossary knows in other capitals ("SHANGHAI" in a dateline) is no new name either.
  const known = new Set(
    glossary.terms
      .flatMap((t) => [...Object.values(t.forms), ...Object.values(t.variants).flat()])
      .map((f) => f.toLowerCase()),
  );
  // Keyed by lower case, so that "HONG KONG" in a dateline and "Hong Kong" in the text are one name.
  const found = new Map<string, { places: CandidatePlace[]; spellings: Map<string, number> }>();
  for (const source of sources) {
    const doc = parse(source.text, source.file);
    const mode = doc.locale === 'en' ? 'en' : 'embedded';
    for (const prose of proseOf(doc.tree)) {
      const masked = mask(prose.text);
      const names: NameSpan[] = findNames(masked, mode, mode === 'en' && prose.headline && isTitleCase(masked));
      if (doc.locale !== 'en') names.push(...findNativeNames(masked, doc.locale));
      for (const { start, name } of names) {
        const key = name.toLowerCase();
        if (known.has(key)) continue;
        let entry = found.get(key);
        if (!entry) {
          entry = { places: [], spellings: new Map() };
          found.set(key, entry);
        }
        entry.places.push({ file: source.file, line: prose.lines[start] ?? 1 });
        entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      }
    }
  }
  const candidates = [...found.values()].map(({ places, spellings }): Candidate => {
    // Most frequent spelling first; on a tie, the one seen first (Map order).
    const [name = '', ...others] = [...spellings].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
    return { name, spellings: others, count: places.length, places };
  });
  const min = options.minCount ?? 1;
  return candidates
    .filter((candidate) => candidate.count >= min)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}
