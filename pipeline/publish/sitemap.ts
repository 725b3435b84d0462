// dist/sitemap.xml (sitemaps.org 0.9): one <url> per published page, each listing every language version of its
// release, itself included, as <xhtml:link rel="alternate" hreflang>, which is how search engines read alternates.
import { create } from 'xmlbuilder2';
import type { Alternate } from './html.ts';

export const SITEMAP_FILE = 'sitemap.xml';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export interface SitemapPage {
  /** Absolute. */
  url: string;
  /** `YYYY-MM-DD`, when the release has a date. */
  lastmod?: string;
  alternates: readonly Alternate[];
}

export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urlset = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(SITEMAP_NS, 'urlset')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:xhtml', XHTML_NS);
  for (const page of pages) {
    const url = urlset.ele(SITEMAP_NS, 'url');
    url.ele(SITEMAP_NS, 'loc').txt(page.url);
    if (page.lastmod !== undefined) url.ele(SITEMAP_NS, 'lastmod').txt(page.lastmod);
    for (const alternate of page.alternates) {
      url.ele(XHTML_NS, 'xhtml:link', { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href });
    }
  }
  return `${urlset.end({ prettyPrint: true })}\n`;
}
