// The front-matter values a published release shows: read, type-checked, never invented. A field that is absent
// or blank is simply left out of the release; a field of the wrong shape is an error naming it.
import { UserError, type ErrorPlace } from '../errors.ts';
import { isLocale, type Locale } from '../types.ts';

export interface ContactFields {
  name?: string;
  organization?: string;
  email?: string;
  website?: string;
}

export interface ReleaseFields {
  title?: string;
  subtitle?: string;
  /** Used for `<meta name="description">`. */
  summary?: string;
  /** The organization's boilerplate, printed under "About <organization>"; translated like the title. */
  about?: string;
  /** As written (`YYYY-MM-DD`); formatted per locale by the template. */
  date?: string;
  /** The place of the dateline: `dateline`, else `city`; either may be text or a map of locale → text. */
  place?: string;
  releaseId?: string;
  contact: ContactFields;
}

const CONTACT_KEYS = ['name', 'organization', 'email', 'website'] as const;

/** The published fields of `frontmatter` in `locale`. `where` names the release in errors. */
export function releaseFields(
  frontmatter: Record<string, unknown> | undefined,
  locale: Locale,
  where: ErrorPlace = {},
): ReleaseFields {
  const data = frontmatter ?? {};
  const fields: ReleaseFields = { contact: {} };
  const set = <K extends keyof Omit<ReleaseFields, 'contact'>>(key: K, value: string | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set('title', text(data, 'title', where));
  set('subtitle', text(data, 'subtitle', where));
  set('summary', text(data, 'summary', where));
  set('about', text(data, 'about', where));
  set('releaseId', text(data, 'release_id', where));
  set('date', dateText(data.date, where));
  set('place', localized(data, 'dateline', locale, where) ?? localized(data, 'city', locale, where));
  const contact = data.contact;
  if (contact !== undefined && contact !== null) {
    if (typeof contact !== 'object' || Array.isArray(contact))
      throw fieldError('contact', 'must be a mapping of name, organization, email, website', where);
    for (const key of CONTACT_KEYS) {
      // The organization's name may differ per locale, as the dateline's place does.
      const value =
        key === 'organization'
          ? localized(contact as Record<string, unknown>, key, locale, where, 'contact.')
          : text(contact as Record<string, unknown>, key, where, `contact.${key}`);
      if (value !== undefined) fields.contact[key] = value;
    }
  }
  return fields;
}

/** A text field: a string, or a number (an unquoted `release_id: 42`). Blank is absent. */
function text(data: Record<string, unknown>, key: string, where: ErrorPlace, name = key): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw fieldError(name, 'must be text', where);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Text, or a per-locale map such as `city: { en: Bangkok, th: กรุงเทพฯ, zh: 曼谷 }`. */
function localized(
  data: Record<string, unknown>,
  key: string,
  locale: Locale,
  where: ErrorPlace,
  prefix = '',
): string | undefined {
  const name = `${prefix}${key}`;
  const value = data[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return text(data, key, where, name);
  const map = value as Record<string, unknown>;
  for (const other of Object.keys(map)) {
    if (!isLocale(other)) throw fieldError(name, `has an unknown locale "${other}"; expected en, th or zh`, where);
  }
  // A map that names other locales but not this one is a gap, not a reason to print another language.
  if (!(locale in map)) throw fieldError(name, `has no value for ${locale}`, where);
  return text(map, locale, where, `${name}.${locale}`);
}

function dateText(value: unknown, where: ErrorPlace): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') throw fieldError('date', 'must be a date written YYYY-MM-DD', where);
  return value.trim();
}

function fieldError(field: string, problem: string, where: ErrorPlace): UserError {
  return new UserError(`front-matter field \`${field}\` ${problem}`, where);
}
