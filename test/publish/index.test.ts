import { describe, expect, it } from 'vitest';
import * as publish from '../../pipeline/publish/index.ts';

describe('pipeline/publish public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(publish).sort()).toEqual([
      'DEFAULT_POLICY',
      'DIST_MARKER',
      'DIST_MARKER_TEXT',
      'LAYOUTS',
      'MANIFEST_FILE',
      'OG_LOCALE',
      'PathEscapeError',
      'SITEMAP_FILE',
      'TEMPLATE_KEYS',
      'TemplateError',
      'WEB_LANGUAGE',
      'alternateHref',
      'assertSlug',
      'atomFeed',
      'blockers',
      'checkOutDir',
      'countWords',
      'feedUrl',
      'formatBlocker',
      'formatDate',
      'loadTemplates',
      'manifestEntry',
      'newsArticle',
      'outputPaths',
      'pageUrl',
      'parseBaseUrl',
      'parseLayout',
      'provenance',
      'publishRelease',
      'releaseFields',
      'removeStale',
      'renderHtml',
      'renderMarkdown',
      'replaceDir',
      'resolveInside',
      'sha256',
      'siteUrl',
      'sitemapXml',
      'stringifyManifest',
      'writesPages',
    ]);
  });
});
