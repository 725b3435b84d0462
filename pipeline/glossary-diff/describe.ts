// Words for the report, shared by the text and Markdown formats: what changed in an entry, and the summary line.
import type { FieldChange, FieldValue, GlossaryDiffReport, TermSummary } from './types.ts';
import { DIFF_LOCALES } from './report.ts';

export function showValue(value: FieldValue): string {
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => JSON.stringify(v)).join(', ');
  return JSON.stringify(value);
}

/** `th form "ไทย" → "ประเทศไทย"`; a note is only said to have changed (it is long prose). */
export function describeChange(change: FieldChange): string {
  const name = change.field === 'case_sensitive' ? 'case sensitive' : change.field;
  if (change.field === 'note') return 'note edited';
  return `${change.locale ? `${change.locale} ` : ''}${name} ${showValue(change.before)} → ${showValue(change.after)}`;
}

/** `brand, approved: en "Foo" · th "ฟู" · zh "福"`. */
export function describeTerm(term: TermSummary): string {
  const forms = DIFF_LOCALES.map((locale) => `${locale} ${JSON.stringify(term.forms[locale])}`).join(' · ');
  return `${term.type}, ${term.status}: ${forms}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One line: entries changed, sentences per locale, sentences that need translation. */
export function summaryLine(report: GlossaryDiffReport): string {
  const { summary } = report;
  const entries = `${plural(summary.changed, 'entry', 'entries')} changed, ${summary.added} added, ${summary.removed} removed`;
  const perLocale = DIFF_LOCALES.map((locale) => `${locale} ${summary.byLocale[locale]?.sentences ?? 0}`).join(', ');
  const sentences = `${plural(summary.sentences, 'sentence')} change in ${summary.releasesAffected} of ${plural(summary.releasesScanned, 'release')} (${perLocale})`;
  const needs = `${summary.needsTranslation} need${summary.needsTranslation === 1 ? 's' : ''} translation`;
  return `${entries} · ${sentences} · ${needs}`;
}

/** Where the old glossary came from, for headings. */
export function baseLabel(report: GlossaryDiffReport): string {
  return `${report.base.ref}:${report.base.file}${report.base.exists ? '' : ' (absent)'}`;
}
