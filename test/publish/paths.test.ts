import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alternateHref,
  assertSlug,
  isWithin,
  outputPaths,
  PathEscapeError,
  resolveInside,
} from '../../pipeline/publish/paths.ts';

describe('output paths', () => {
  it('puts a release at <locale>/<slug>.{md,html}', () => {
    expect(outputPaths('th', 'digital-silk-road')).toEqual({
      md: 'th/digital-silk-road.md',
      html: 'th/digital-silk-road.html',
    });
    expect(alternateHref('zh', 'digital-silk-road')).toBe('../zh/digital-silk-road.html');
  });

  it.each(['../escape', '..', 'a/../../b', '/etc/passwd', 'a/b', 'a\\b', '.hidden', '', 'x..y', 'C:evil'])(
    'rejects the slug %j',
    (slug) => {
      expect(() => assertSlug(slug)).toThrow(PathEscapeError);
      expect(() => outputPaths('en', slug)).toThrow(PathEscapeError);
    },
  );

  it('resolves only paths strictly inside the root', () => {
    const root = resolve('/tmp/dist-root');
    expect(resolveInside(root, 'th/a.md')).toBe(join(root, 'th/a.md'));
    for (const path of ['../a.md', 'th/../../a.md', '/etc/passwd', '.', '', 'th/../..']) {
      expect(() => resolveInside(root, path), path).toThrow(PathEscapeError);
    }
  });

  it('knows when one folder holds another', () => {
    expect(isWithin('/a/b', '/a/b/c')).toBe(true);
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/bc')).toBe(false);
    expect(isWithin('/a/b', '/a')).toBe(false);
  });
});
