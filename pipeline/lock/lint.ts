// Glossary lint: one small check per rule, each returning Finding[]; errors stop a run, warnings are listed.
import { LOCALES } from '../types.ts';
import type { Finding, Locale, Severity } from '../types.ts';
import { GlossaryError, loadGlossary } from './glossary.ts';
import type { Glossary, GlossaryTerm } from './glossary.ts';
import { createScanner, patternsFor } from './matcher.ts';
import { foldCase, scriptsIn } from './script.ts';
import type { ScriptName } from './script.ts';

export const SCHEMA = 'glossary/schema';
export const DUPLICATE_FORM = 'glossary/duplicate-form';
export const NESTED_FORM = 'glossary/nested-form';
export const CASE_CLASH = 'glossary/case-clash';
export const MISSING_FORM = 'glossary/missing-form';
export const WRONG_SCRIPT = 'glossary/wrong-script';
export const FORBIDDEN_ALLOWED = 'glossary/forbidden-allowed';
export const PROPOSED = 'glossary/proposed';

export type GlossaryCheck = (glossary: Glossary) => Finding[];

function finding(
  glossary: Glossary,
  check: string,
  severity: Severity,
  term: GlossaryTerm,
  message: string,
  suggestion?: string,
): Finding {
  const out: Finding = { check, severity, message, file: glossary.file, line: term.line };
  if (suggestion !== undefined) out.suggestion = suggestion;
  return out;
}

/** Every source spelling (form or variant) per locale with the entries that use it, keyed by `keyOf(text)`. */
function spellings(glossary: Glossary, keyOf: (text: string) => string) {
  const byLocale = new Map<Locale, Map<string, Array<{ text: string; term: GlossaryTerm }>>>();
  for (const locale of LOCALES) {
    const map = new Map<string, Array<{ text: string; term: GlossaryTerm }>>();
    for (const pattern of patternsFor(glossary, locale)) {
      const key = keyOf(pattern.text);
      const list = map.get(key) ?? [];
      list.push({ text: pattern.text, term: glossary.byId.get(pattern.term) as GlossaryTerm });
      map.set(key, list);
    }
    byLocale.set(locale, map);
  }
  return byLocale;
}

/** Collects what two entries clash on, so each pair is reported once with every spelling and locale. */
class PairReport {
  private readonly pairs = new Map<string, { a: GlossaryTerm; b: GlossaryTerm; details: Map<string, Locale[]> }>();
  add(a: GlossaryTerm, b: GlossaryTerm, detail: string, locale: Locale): void {
    const key = `${a.id}\u0000${b.id}`;
    const entry = this.pairs.get(key) ?? { a, b, details: new Map<string, Locale[]>() };
    const locales = entry.details.get(detail) ?? [];
    if (!locales.includes(locale)) locales.push(locale);
    entry.details.set(detail, locales);
    this.pairs.set(key, entry);
  }
  /** Each pair with its details rendered by `show` and joined: `"x" (en, th); "y" (zh)`. */
  values(show: (detail: string) => string) {
    return [...this.pairs.values()].map(({ a, b, details }) => ({
      a,
      b,
      text: [...details].map(([detail, locales]) => `${show(detail)} (${locales.join(', ')})`).join('; '),
    }));
  }
}

const laterOf = (a: GlossaryTerm, b: GlossaryTerm): GlossaryTerm => (a.line >= b.line ? a : b);

/** The same source spelling in two entries: the match could lock either, so it is an error. */
export const checkDuplicateForms: GlossaryCheck = (glossary) => {
  const report = new PairReport();
  for (const [locale, map] of spellings(glossary, (t) => t)) {
    for (const [text, users] of map) {
      const first = users[0];
      if (!first) continue;
      for (const other of users.slice(1)) report.add(first.term, other.term, text, locale);
    }
  }
  return report
    .values((text) => `"${text}"`)
    .map(({ a, b, text }) =>
      finding(
        glossary,
        DUPLICATE_FORM,
        'error',
        laterOf(a, b),
        `"${a.id}" (line ${a.line}) and "${b.id}" (line ${b.line}) share the source form ${text}`,
        'merge the two entries, or keep the spelling in one of them',
      ),
    );
};

/** Two entries whose spellings differ only by case: an error when either matches regardless of case. */
export const checkCaseClashes: GlossaryCheck = (glossary) => {
  const report = new PairReport();
  for (const [locale, map] of spellings(glossary, foldCase)) {
    for (const users of map.values()) {
      users.forEach((x, i) => {
        for (const y of users.slice(i + 1)) {
          if (x.term !== y.term && x.text !== y.text) report.add(x.term, y.term, `${x.text}\u0000${y.text}`, locale);
        }
      });
    }
  }
  return report
    .values((d) =>
      d
        .split('\u0000')
        .map((t) => `"${t}"`)
        .join(' vs '),
    )
    .map(({ a, b, text }) => {
      const ambiguous = !a.caseSensitive || !b.caseSensitive;
      const why = ambiguous
        ? 'one of them matches regardless of case, so the same text matches both'
        : 'both are case-sensitive, so each matches only its own spelling; check that this is intended';
      return finding(
        glossary,
        CASE_CLASH,
        ambiguous ? 'error' : 'warning',
        laterOf(a, b),
        `"${a.id}" (line ${a.line}) and "${b.id}" (line ${b.line}) differ only by case: ${text}; ${why}`,
      );
    });
};

/** One entry's spelling inside another's ("Tencent" in "Tencent Cloud"): fine, but said once per pair. */
export const checkNestedForms: GlossaryCheck = (glossary) => {
  const report = new PairReport();
  for (const locale of LOCALES) {
    const patterns = patternsFor(glossary, locale);
    const scanner = createScanner(patterns);
    for (const outer of patterns) {
      for (const inner of scanner.all(outer.text)) {
        const whole = inner.start === 0 && inner.end === outer.text.length;
        if (whole || inner.term === outer.term) continue;
        const a = glossary.byId.get(inner.term) as GlossaryTerm;
        const b = glossary.byId.get(outer.term) as GlossaryTerm;
        report.add(a, b, `${inner.pattern.text}\u0000${outer.text}`, locale);
      }
    }
  }
  return report
    .values((d) =>
      d
        .split('\u0000')
        .map((t) => `"${t}"`)
        .join(' inside '),
    )
    .map(({ a, b, text }) =>
      finding(
        glossary,
        NESTED_FORM,
        'warning',
        laterOf(a, b),
        `"${a.id}" occurs inside "${b.id}": ${text}; the longest match wins, so the text locks as "${b.id}"`,
      ),
    );
};

/** An empty or missing form for a locale (the parser rejects these; glossaries built in code are checked here). */
export const checkMissingForms: GlossaryCheck = (glossary) =>
  glossary.terms.flatMap((term) =>
    LOCALES.filter((locale) => (term.forms[locale] ?? '').trim() === '').map((locale) =>
      finding(
        glossary,
        MISSING_FORM,
        'error',
        term,
        `"${term.id}" has no ${locale} form`,
        `add forms.${locale}, or use keep:`,
      ),
    ),
  );

/** Scripts a locale's forms must not contain: Latin is fine everywhere (brands keep it), Han and Thai are not. */
export const FOREIGN_SCRIPTS: Record<Locale, ScriptName[]> = { en: ['han', 'thai'], th: ['han'], zh: ['thai'] };

export const checkWrongScript: GlossaryCheck = (glossary) =>
  glossary.terms.flatMap((term) =>
    LOCALES.flatMap((locale) => {
      const spellings = [term.forms[locale], ...(term.variants[locale] ?? [])];
      return spellings.flatMap((text) => {
        const wrong = FOREIGN_SCRIPTS[locale].filter((s) => scriptsIn(text ?? '').has(s));
        if (wrong.length === 0) return [];
        return [
          finding(
            glossary,
            WRONG_SCRIPT,
            'error',
            term,
            `"${term.id}": ${locale} spelling "${text}" contains ${wrong.join(' and ')} characters`,
            term.keep ? 'a keep: entry uses one form in every locale; give it forms per locale instead' : undefined,
          ),
        ];
      });
    }),
  );

/** A forbidden form that is also an allowed spelling in the same locale: the output could never pass. */
export const checkForbiddenAllowed: GlossaryCheck = (glossary) => {
  const allowed = spellings(glossary, (t) => t);
  return glossary.terms.flatMap((term) =>
    LOCALES.flatMap((locale) =>
      (term.forbidden[locale] ?? []).flatMap((text) =>
        (allowed.get(locale)?.get(text) ?? []).map(({ term: owner }) =>
          finding(
            glossary,
            FORBIDDEN_ALLOWED,
            'error',
            term,
            owner === term
              ? `"${term.id}": "${text}" is both forbidden and allowed in ${locale}`
              : `"${term.id}": forbidden ${locale} form "${text}" is the ${locale} spelling of "${owner.id}" (line ${owner.line})`,
          ),
        ),
      ),
    ),
  );
};

export const checkProposed: GlossaryCheck = (glossary) =>
  glossary.terms
    .filter((term) => term.status === 'proposed')
    .map((term) => finding(glossary, PROPOSED, 'warning', term, `"${term.id}" is proposed, not yet approved`));

/** Every check in the order findings are listed. Nested forms are not among them: longest match wins is the
 * intended behaviour, and a warning is something to fix. */
export const GLOSSARY_CHECKS: ReadonlyArray<{ id: string; check: GlossaryCheck }> = [
  { id: MISSING_FORM, check: checkMissingForms },
  { id: WRONG_SCRIPT, check: checkWrongScript },
  { id: DUPLICATE_FORM, check: checkDuplicateForms },
  { id: CASE_CLASH, check: checkCaseClashes },
  { id: FORBIDDEN_ALLOWED, check: checkForbiddenAllowed },
  { id: PROPOSED, check: checkProposed },
];

/** All lint findings, sorted by line. */
export function lintGlossary(glossary: Glossary): Finding[] {
  const findings = GLOSSARY_CHECKS.flatMap(({ check }) => check(glossary));
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Load and lint a glossary file; a schema violation becomes one `glossary/schema` error instead of a throw. */
export async function lintGlossaryFile(file: string): Promise<{ glossary: Glossary | undefined; findings: Finding[] }> {
  try {
    const glossary = await loadGlossary(file);
    return { glossary, findings: lintGlossary(glossary) };
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    const message = error.message.slice(`${error.file}:${error.line}: `.length);
    return {
      glossary: undefined,
      findings: [{ check: SCHEMA, severity: 'error', message, file: error.file, line: error.line }],
    };
  }
}
