// Stage: publish. An assembled, gated release in one locale → its published Markdown and HTML. The gate
// (policy.ts), the manifest (manifest.ts) and the atomic write (dist.ts) are composed by `npm run publish`.
import type { Locale } from '../types.ts';
import { renderHtml, type Alternate } from './html.ts';
import { alternateHref, outputPaths, type OutputPaths } from './paths.ts';
import { renderMarkdown } from './render.ts';
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
export { formatDate, loadTemplates, TEMPLATE_KEYS, TemplateError, type ReleaseTemplates } from './template.ts';

export interface PublishInput {
  slug: string;
  locale: Locale;
  /** The assembled Markdown of `locale`. */
  markdown: string;
  /** Every locale this release is published in (the page links the others as alternates). */
  published: readonly Locale[];
  templates: ReleaseTemplates;
}

export interface PublishedRelease {
  paths: OutputPaths;
  markdown: string;
  html: string;
}

export function publishRelease(input: PublishInput): PublishedRelease {
  const { slug, locale } = input;
  const paths = outputPaths(locale, slug);
  const { markdown, fields } = renderMarkdown({
    markdown: input.markdown,
    locale,
    release: slug,
    templates: input.templates,
  });
  const alternates: Alternate[] = input.published
    .filter((other) => other !== locale)
    .map((other) => ({ hreflang: other, href: alternateHref(other, slug) }));
  const html = renderHtml({
    markdown,
    locale,
    alternates,
    ...(fields.title !== undefined ? { title: fields.title } : {}),
    ...(fields.summary !== undefined ? { description: fields.summary } : {}),
  });
  return { paths, markdown, html };
}
