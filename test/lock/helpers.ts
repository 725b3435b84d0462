// Shared fixtures for the lock tests: the fixture glossary, real texts, and a small glossary builder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { needsShared } from '../support/needs.ts';
import path from 'node:path';
import { glossaryOf, parseGlossary } from '../../pipeline/lock/glossary.ts';
import type { Glossary, GlossaryTerm } from '../../pipeline/lock/glossary.ts';
import type { Locale } from '../../pipeline/types.ts';

export const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const SHARED = path.resolve(import.meta.dirname, '../../../shared');

export function fixtureGlossary(): Glossary {
  const file = path.join(FIXTURES, 'glossary.yaml');
  return parseGlossary(readFileSync(file, 'utf8'), file);
}

export interface RealText {
  name: string;
  locale: Locale;
  text: string;
}

/** Whether ../shared holds the seed and the corpus; suites on `realTexts` skip without them. */
export const REAL_TEXTS = needsShared('seed-release.txt') && needsShared('corpus');

/** The seed release and every corpus text, without the corpus header (it ends at the first blank line). */
export function realTexts(): RealText[] {
  if (!existsSync(SHARED)) return [];
  const seed: RealText = {
    name: 'seed-release.txt',
    locale: 'en',
    text: readFileSync(path.join(SHARED, 'seed-release.txt'), 'utf8'),
  };
  const dir = path.join(SHARED, 'corpus');
  const corpus = readdirSync(dir)
    .filter((f) => /\.(en|th|zh)\.txt$/.test(f))
    .map((name): RealText => {
      const raw = readFileSync(path.join(dir, name), 'utf8');
      return { name, locale: name.split('.').at(-2) as Locale, text: raw.slice(raw.indexOf('\n\n') + 2) };
    });
  return [seed, ...corpus];
}

/** A term for glossaries built in code: one form everywhere unless `forms` says otherwise. */
export function term(id: string, form: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return {
    id,
    type: 'brand',
    forms: { en: form, th: form, zh: form },
    variants: {},
    caseSensitive: true,
    forbidden: {},
    status: 'approved',
    note: 'test',
    keep: extra.forms === undefined,
    line: 1,
    ...extra,
  };
}

export function glossary(...terms: GlossaryTerm[]): Glossary {
  return glossaryOf(terms, 'test.yaml');
}
