// The whole report: entry changes plus the release diffs that change anything, and the totals.
import type { Glossary } from '../lock/glossary.ts';
import { createMatcher, patternsFor } from '../lock/matcher.ts';
import { matchersFor } from '../index.ts';
import type { Locale } from '../types.ts';
import { diffEntries } from './entries.ts';
import type { GlossarySide } from './release.ts';
import type { GlossaryDiffReport, LocaleTotals, ReleaseDiff } from './types.ts';

/** The target locales of a diff, in report order. */
export const DIFF_LOCALES: readonly Locale[] = ['th', 'zh', 'en'];

export function sideOf(glossary: Glossary): GlossarySide {
  const matching = new Map<Locale, string>();
  return {
    glossary,
    matchers: matchersFor(glossary, createMatcher),
    matching: (locale) => {
      let key = matching.get(locale);
      if (key === undefined) {
        key = JSON.stringify(patternsFor(glossary, locale));
        matching.set(locale, key);
      }
      return key;
    },
  };
}

export interface ReportInput {
  base: GlossaryDiffReport['base'];
  head: GlossaryDiffReport['head'];
  before: Glossary;
  after: Glossary;
  /** Every release scanned, changed or not. */
  releases: readonly ReleaseDiff[];
}

/** Keeps the releases and locales that change, and counts. */
export function buildReport(input: ReportInput): GlossaryDiffReport {
  const entries = diffEntries(input.before, input.after);
  const byLocale: Partial<Record<Locale, LocaleTotals>> = {};
  let sentences = 0;
  let needsTranslation = 0;
  const releases: ReleaseDiff[] = [];
  for (const release of input.releases) {
    const locales = release.locales.filter((l) => l.changed.length > 0 || l.needsTranslation.length > 0);
    for (const l of release.locales) {
      byLocale[l.locale] ??= { sentences: 0, needsTranslation: 0 };
      const totals = byLocale[l.locale] as LocaleTotals;
      totals.sentences += l.changed.length;
      totals.needsTranslation += l.needsTranslation.length;
      sentences += l.changed.length;
      needsTranslation += l.needsTranslation.length;
    }
    if (locales.length > 0) releases.push({ ...release, locales });
  }
  return {
    base: input.base,
    head: input.head,
    entries,
    releases,
    summary: {
      added: entries.added.length,
      removed: entries.removed.length,
      changed: entries.changed.length,
      releasesScanned: input.releases.length,
      releasesAffected: releases.length,
      sentences,
      needsTranslation,
      byLocale,
    },
  };
}
