// The shapes of a glossary diff report: entry changes, then per release and locale the sentences whose output
// changes. Plain data, so `--format json` prints it as it is.
import type { TermStatus, TermType } from '../lock/glossary.ts';
import type { Locale } from '../types.ts';

/** An entry as the report shows it (no line number: it differs between the two files). */
export interface TermSummary {
  id: string;
  type: TermType;
  status: TermStatus;
  forms: Record<Locale, string>;
  variants: Partial<Record<Locale, string[]>>;
  forbidden: Partial<Record<Locale, string[]>>;
}

export type TermField = 'type' | 'status' | 'case_sensitive' | 'form' | 'variants' | 'forbidden' | 'note';
export type FieldValue = string | string[] | boolean;

/** One field of one entry that differs; `locale` is set for per-locale fields (form, variants, forbidden). */
export interface FieldChange {
  field: TermField;
  locale?: Locale;
  before: FieldValue;
  after: FieldValue;
}

export interface TermChange {
  id: string;
  changes: FieldChange[];
}

export interface EntryDiff {
  added: TermSummary[];
  removed: TermSummary[];
  changed: TermChange[];
}

/** A piece of a word diff: text both sides share, text only the old output had, text only the new one has. */
export interface WordPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** Where a sentence sits: its block and the ids of its segments with the new glossary (usually one). */
export interface SentencePlace {
  block: string;
  segments: string[];
  /** The source text of the sentence, as written. */
  source: string;
}

/** A sentence whose output text differs. `before` is null when it had no translation with the old glossary. */
export interface SentenceChange extends SentencePlace {
  before: string | null;
  after: string;
  words: WordPart[];
}

/** A sentence whose masked source changed and that the memory has no translation for under the new key. */
export interface NeedsTranslation extends SentencePlace {
  before: string | null;
  /** The masked source key that has no target (`{t:id}` marks each lock). */
  key: string;
}

export interface LocaleDiff {
  locale: Locale;
  changed: SentenceChange[];
  needsTranslation: NeedsTranslation[];
  /** Sentences without a translation before and after: not a glossary effect, only counted. */
  untranslated: number;
}

export interface ReleaseDiff {
  release: string;
  file: string;
  source: Locale;
  locales: LocaleDiff[];
}

export interface LocaleTotals {
  sentences: number;
  needsTranslation: number;
}

export interface GlossaryDiffReport {
  /** The git ref and path of the old glossary; `exists` is false when the file was absent there. */
  base: { ref: string; file: string; exists: boolean };
  /** The working-tree glossary. */
  head: { file: string };
  entries: EntryDiff;
  /** Only releases with at least one locale that changes; only the locales that change. */
  releases: ReleaseDiff[];
  summary: {
    added: number;
    removed: number;
    changed: number;
    releasesScanned: number;
    releasesAffected: number;
    sentences: number;
    needsTranslation: number;
    byLocale: Partial<Record<Locale, LocaleTotals>>;
  };
}
