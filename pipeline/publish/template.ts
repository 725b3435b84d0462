// The fixed text of a published release (contact labels, "Release ID", the dateline) from locales/<lng>/release.json,
// through i18next. There is no fallback language on purpose: a key missing in Thai must stop the run, not print
// English in a Thai release. Dates are formatted here too, with Intl, so the calendar follows the locale.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { UserError, type ErrorPlace } from '../errors.ts';
import { LOCALES, type Locale } from '../types.ts';

/** The i18next namespace, and the file name under `locales/<lng>/`. */
export const NAMESPACE = 'release';

/** Every key a published release uses. Each locale file must have exactly these (a test pins it). */
export const TEMPLATE_KEYS = [
  'contact.heading',
  'contact.name',
  'contact.organization',
  'contact.email',
  'contact.website',
  'release.id',
  'about.heading',
  'feed.title',
  'dateline.withPlace',
  'dateline.dateOnly',
  'dateline.dash',
  'format.labelEnd',
  'format.space',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/**
 * The Intl locale behind each output locale. Thai is spelled out with the Buddhist calendar (the `th-TH` default
 * today) so that an ICU update cannot silently switch a Thai release to the Gregorian year.
 */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-US', th: 'th-TH-u-ca-buddhist', zh: 'zh-CN' };

/** A template key that is missing, not text, or asks for a value nobody passed. */
export class TemplateError extends UserError {
  readonly locale: Locale;
  readonly key: string;
  constructor(message: string, locale: Locale, key: string, place: ErrorPlace = {}) {
    super(message, { ...place, locale });
    this.name = 'TemplateError';
    this.locale = locale;
    this.key = key;
  }
}

export interface ReleaseTemplates {
  locales: readonly Locale[];
  /** The text of `key` in `locale`, `{{name}}` filled from `values`; throws `TemplateError` when anything is missing. */
  t(locale: Locale, key: TemplateKey, values?: Record<string, string>): string;
}

export type TemplateResources = Partial<Record<Locale, unknown>>;

/** The file a locale's templates are read from. */
export function templateFile(dir: string, locale: Locale): string {
  return join(dir, locale, `${NAMESPACE}.json`);
}

/** Reads `<dir>/<lng>/release.json` for every locale and checks every key is there. */
export async function loadTemplates(dir: string, locales: readonly Locale[] = LOCALES): Promise<ReleaseTemplates> {
  const resources: TemplateResources = {};
  const files: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    const file = templateFile(dir, locale);
    files[locale] = file;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new TemplateError(`template file not found: ${file}`, locale, '*', { file });
      throw error;
    }
    try {
      resources[locale] = JSON.parse(text) as unknown;
    } catch (error) {
      throw new TemplateError(`invalid JSON: ${(error as Error).message}`, locale, '*', { file });
    }
  }
  return createTemplates(resources, locales, files);
}

/** Templates over resources already in memory; every key of `TEMPLATE_KEYS` must be text in every locale. */
export function createTemplates(
  resources: TemplateResources,
  locales: readonly Locale[] = LOCALES,
  files: Partial<Record<Locale, string>> = {},
): ReleaseTemplates {
  for (const locale of locales) {
    const resource = resources[locale];
    for (const key of TEMPLATE_KEYS) {
      if (typeof lookup(resource, key) !== 'string') {
        throw new TemplateError(
          `template key "${key}" is missing in locale ${locale}`,
          locale,
          key,
          placeOf(files, locale),
        );
      }
    }
  }
  // A fresh instance per run: the global i18next singleton would share state between runs and tests.
  const i18n: I18n = i18next.createInstance();
  // i18next reports problems through handlers; they are recorded here and thrown by `t` once i18next returns.
  const failure: { error?: TemplateError; variable?: string } = {};
  void i18n.init({
    resources: Object.fromEntries(
      locales.map((locale) => [locale, { [NAMESPACE]: resources[locale] as Record<string, unknown> }]),
    ),
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    lng: locales[0] ?? 'en',
    supportedLngs: [...locales],
    fallbackLng: false,
    initAsync: false,
    returnNull: false,
    returnEmptyString: true,
    // Values go into Markdown text nodes, which the Markdown and HTML printers escape themselves.
    interpolation: { escapeValue: false },
    // Without this i18next prints an empty string for a value nobody passed.
    missingInterpolationHandler: (_text, match) => {
      failure.variable = String((match as RegExpExecArray)[1] ?? match).trim();
      return '';
    },
    // A second guard behind `exists`: i18next reports a key it could not find instead of printing the key.
    saveMissing: true,
    missingKeyHandler: (lngs, _ns, key) => {
      const locale = lngs.find((lng): lng is Locale => (LOCALES as readonly string[]).includes(lng)) ?? 'en';
      failure.error = new TemplateError(
        `template key "${key}" is missing in locale ${locale}`,
        locale,
        key,
        placeOf(files, locale),
      );
    },
  });
  return {
    locales,
    t(locale, key, values = {}) {
      if (!locales.includes(locale) || !i18n.exists(key, { lng: locale })) {
        throw new TemplateError(
          `template key "${key}" is missing in locale ${locale}`,
          locale,
          key,
          placeOf(files, locale),
        );
      }
      delete failure.error;
      delete failure.variable;
      const text = i18n.t(key, { ...values, lng: locale });
      if (failure.error) throw failure.error;
      if (failure.variable !== undefined) {
        throw new TemplateError(
          `template key "${key}" in locale ${locale} needs a value for {{${failure.variable}}}`,
          locale,
          key,
          placeOf(files, locale),
        );
      }
      return text;
    },
  };
}

/** The dotted keys of a resource object: every leaf, sorted. */
export function resourceKeys(resource: unknown, prefix = ''): string[] {
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) return prefix ? [prefix] : [];
  return Object.entries(resource)
    .flatMap(([key, value]) => resourceKeys(value, prefix ? `${prefix}.${key}` : key))
    .sort();
}

function lookup(resource: unknown, key: string): unknown {
  let node = resource;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function placeOf(files: Partial<Record<Locale, string>>, locale: Locale): ErrorPlace {
  const file = files[locale];
  return file ? { file } : {};
}

/** `YYYY-MM-DD`, a calendar date with no time zone: front matter dates are days, not instants. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A front-matter date in the locale's long form: `November 27, 2025`, `27 พฤศจิกายน 2568`, `2025年11月27日`.
 * Accepts `YYYY-MM-DD` (or a Date, as some YAML schemas give); anything else is an error naming the value.
 */
export function formatDate(value: unknown, locale: Locale): string {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string') {
    const m = ISO_DATE.exec(value.trim());
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const candidate = new Date(Date.UTC(year, month - 1, day));
      // Date.UTC rolls 2025-02-30 over to March: only a date that survives the round trip is real.
      if (
        candidate.getUTCFullYear() === year &&
        candidate.getUTCMonth() === month - 1 &&
        candidate.getUTCDate() === day
      )
        date = candidate;
    }
  }
  if (!date || Number.isNaN(date.getTime()))
    throw new UserError(`date ${JSON.stringify(value)} must be a calendar date written YYYY-MM-DD`, { locale });
  // UTC both ways, so the day printed is the day written whatever the machine's time zone.
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
