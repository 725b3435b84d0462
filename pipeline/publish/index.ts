// Stage: publish. An assembled, gated release in all its locales → its published Markdown and HTML pages. The gate
// (policy.ts), the manifest (manifest.ts) and the atomic write (dist.ts) are composed by `npm run publish`.
import type { Locale } from '../types.ts';
import type { ReleaseFields } from './fields.ts';
import { renderHtml, type Alternate } from './html.ts';
import { WEB_LANGUAGE } from './language-tags.ts';
import { writesPages, type Layout } from './layout.ts';
import { alternateHref, outputPaths, type OutputPaths } from './paths.ts';
import { renderMarkdown } from './render.ts';
import { feedUrl, pageUrl } from './site.ts';
import { newsArticle, type ArticleVersion } from './structured-data.ts';
import type { ReleaseTemplates } from './template.ts';

export {
  checkOutDir,
  DIST_MARKER,
  DIST_MARKER_TEXT,
  MANIFEST_FILE,
  removeStale,
  replaceDir,
  type DistWriter,
} from './dist.ts';
export { releaseFields, type ReleaseFields } from './fields.ts';
export { renderHtml, type Alternate, type HtmlInput } from './html.ts';
export {
  countWords,
  manifestEntry,
  sha256,
  stringifyManifest,
  type Manifest,
  type ManifestEntry,
  type SegmentCounts,
} from './manifest.ts';
export { alternateHref, assertSlug, outputPaths, PathEscapeError, resolveInside, type OutputPaths } from './paths.ts';
export {
  blockers,
  DEFAULT_POLICY,
  formatBlocker,
  provenance,
  type Blocker,
  type LocaleOutcome,
  type PublishPolicy,
} from './policy.ts';
export { renderMarkdown, type RenderInput } from './render.ts';
export { atomFeed, type FeedEntry, type FeedInput } from './feed.ts';
export { OG_LOCALE, WEB_LANGUAGE } from './language-tags.ts';
export { LAYOUTS, parseLayout, writesPages, type Layout } from './layout.ts';
export { SITEMAP_FILE, sitemapXml, type SitemapPage } from './sitemap.ts';
export { feedUrl, pageUrl, parseBaseUrl, siteUrl } from './site.ts';
export { newsArticle, type ArticleVersion, type JsonLd, type NewsArticleInput } from './structured-data.ts';
export { formatDate, loadTemplates, TEMPLATE_KEYS, TemplateError, type ReleaseTemplates } from './template.ts';

export interface PublishInput {
  slug: string;
  /** The locale the release was written in: `x-default`, and what translations point at. */
  source: Locale;
  /** The assembled Markdown of every published locale, in publishing order. */
  versions: readonly (readonly [Locale, string])[];
  templates: ReleaseTemplates;
  /** Default `plain`. */
  layout?: Layout;
  /** From `parseBaseUrl`; without it alternates are relative and pages carry no absolute URL. */
  baseUrl?: string;
  /** Locales that have a feed, linked from their pages. */
  feeds?: ReadonlySet<Locale>;
}

export interface PublishedPage {
  locale: Locale;
  paths: OutputPaths;
  markdown: string;
  /** Absent in the hugo and astro layouts: the site generator renders the page. */
  html?: string;
  fields: ReleaseFields;
  /** Absolute, with a base URL. */
  url?: string;
  /** Every version of the release, this one and `x-default` included (absolute with a base URL). */
  alternates: Alternate[];
}

/** Every page of one release: its Markdown, and in the plain layout its HTML. */
export function publishRelease(input: PublishInput): PublishedPage[] {
  const { slug, templates, baseUrl } = input;
  const layout = input.layout ?? 'plain';
  const rendered = input.versions.map(([locale, markdown]) => ({
    locale,
    ...renderMarkdown({ markdown, locale, release: slug, templates, layout }),
  }));
  const href = (to: Locale) => (baseUrl !== undefined ? pageUrl(baseUrl, to, slug) : alternateHref(to, slug));
  const alternates: Alternate[] = rendered.map(({ locale }) => ({
    hreflang: WEB_LANGUAGE[locale],
    href: href(locale),
  }));
  if (rendered.some(({ locale }) => locale === input.source))
    alternates.push({ hreflang: 'x-default', href: href(input.source) });
  const versionOf = (locale: Locale, title: string | undefined): ArticleVersion => ({
    locale,
    ...(baseUrl !== undefined ? { url: pageUrl(baseUrl, locale, slug) } : {}),
    ...(title !== undefined ? { headline: title } : {}),
  });
  const source = rendered.find(({ locale }) => locale === input.source);

  return rendered.map(({ locale, markdown, fields }) => {
    const paths = outputPaths(locale, slug);
    const url = baseUrl !== undefined ? pageUrl(baseUrl, locale, slug) : undefined;
    const page: PublishedPage = { locale, paths, markdown, fields, alternates, ...(url !== undefined ? { url } : {}) };
    if (!writesPages(layout)) return page;
    const organization = fields.contact.organization;
    const jsonLd = newsArticle({
      ...versionOf(locale, fields.title),
      ...(fields.summary !== undefined ? { description: fields.summary } : {}),
      ...(fields.date !== undefined ? { datePublished: fields.date } : {}),
      ...(organization !== undefined
        ? {
            publisher: {
              name: organization,
              ...(fields.contact.website !== undefined ? { url: fields.contact.website } : {}),
            },
          }
        : {}),
      ...(source !== undefined && locale !== input.source
        ? { source: versionOf(source.locale, source.fields.title) }
        : {}),
      translations: rendered
        .filter((other) => other.locale !== locale)
        .map((other) => versionOf(other.locale, other.fields.title)),
    });
    const feed = baseUrl !== undefined && input.feeds?.has(locale) === true ? feedUrl(baseUrl, locale) : undefined;
    page.html = renderHtml({
      markdown,
      locale,
      alternates,
      otherLocales: rendered.map((other) => other.locale).filter((other) => other !== locale),
      jsonLd,
      ...(url !== undefined ? { url } : {}),
      ...(feed !== undefined ? { feed } : {}),
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.summary !== undefined ? { description: fields.summary } : {}),
    });
    return page;
  });
}
