// Entry-level diff of two glossaries: which ids were added or removed, and for the others which fields differ.
import type { Glossary, GlossaryTerm } from '../lock/glossary.ts';
import { LOCALES } from '../types.ts';
import type { EntryDiff, FieldChange, FieldValue, TermChange, TermSummary } from './types.ts';

export function summarizeTerm(term: GlossaryTerm): TermSummary {
  return {
    id: term.id,
    type: term.type,
    status: term.status,
    forms: { ...term.forms },
    variants: { ...term.variants },
    forbidden: { ...term.forbidden },
  };
}

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}

/** Every field of `after` that differs from `before`, per locale for forms, variants and forbidden forms. */
export function termChanges(before: GlossaryTerm, after: GlossaryTerm): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (change: FieldChange) => {
    if (!same(change.before, change.after)) changes.push(change);
  };
  compare({ field: 'type', before: before.type, after: after.type });
  compare({ field: 'status', before: before.status, after: after.status });
  compare({ field: 'case_sensitive', before: before.caseSensitive, after: after.caseSensitive });
  for (const locale of LOCALES) {
    compare({ field: 'form', locale, before: before.forms[locale], after: after.forms[locale] });
    compare({ field: 'variants', locale, before: before.variants[locale] ?? [], after: after.variants[locale] ?? [] });
    compare({
      field: 'forbidden',
      locale,
      before: before.forbidden[locale] ?? [],
      after: after.forbidden[locale] ?? [],
    });
  }
  compare({ field: 'note', before: before.note, after: after.note });
  return changes;
}

/** Entries added, removed and changed, each list in the order of the glossary it comes from. */
export function diffEntries(before: Glossary, after: Glossary): EntryDiff {
  const added = after.terms.filter((term) => !before.byId.has(term.id)).map(summarizeTerm);
  const removed = before.terms.filter((term) => !after.byId.has(term.id)).map(summarizeTerm);
  const changed: TermChange[] = [];
  for (const term of after.terms) {
    const old = before.byId.get(term.id);
    if (!old) continue;
    const changes = termChanges(old, term);
    if (changes.length > 0) changed.push({ id: term.id, changes });
  }
  return { added, removed, changed };
}
