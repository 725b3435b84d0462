// Absolute addresses of published files. The base URL is where the output folder is served from; every URL of a
// page, feed or sitemap is resolved against it, so a page and the sitemap can never disagree on an address.
import { UserError } from '../errors.ts';
import type { Locale } from '../types.ts';
import { assertSlug } from './paths.ts';

/** `value` as a base URL ending in `/`; anything but an absolute http(s) URL without query or fragment is refused. */
export function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`--base-url ${JSON.stringify(value)} is not a URL; expected e.g. https://example.com/news/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UserError(`--base-url ${JSON.stringify(value)} must start with https:// (or http://)`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new UserError(`--base-url ${JSON.stringify(value)} must not have a query, fragment or user name`);
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** The address of a file under the output folder (`zh/feed.xml`). */
export function siteUrl(base: string, path: string): string {
  return new URL(path, base).href;
}

/** The page of `slug` in `locale`. */
export function pageUrl(base: string, locale: Locale, slug: string): string {
  assertSlug(slug);
  return siteUrl(base, `${locale}/${slug}.html`);
}

/** The Atom feed of `locale`. */
export function feedUrl(base: string, locale: Locale): string {
  return siteUrl(base, `${locale}/feed.xml`);
}
