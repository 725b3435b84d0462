import { describe, expect, it } from 'vitest';
import * as publish from '../../pipeline/publish/index.ts';

describe('pipeline/publish public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(publish).sort()).toEqual([
      'DEFAULT_POLICY',
      'DIST_MARKER',
      'DIST_MARKER_TEXT',
      'MANIFEST_FILE',
      'PathEscapeError',
      'TEMPLATE_KEYS',
      'TemplateError',
      'alternateHref',
      'assertSlug',
      'blockers',
      'checkOutDir',
      'countWords',
      'formatBlocker',
      'formatDate',
      'loadTemplates',
      'manifestEntry',
      'outputPaths',
      'provenance',
      'publishRelease',
      'releaseFields',
      'renderHtml',
      'removeStale',
      'renderMarkdown',
      'replaceDir',
      'resolveInside',
      'sha256',
      'stringifyManifest',
    ]);
  });
});
