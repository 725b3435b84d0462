// Where a published file goes, and the proof that it stays inside the output folder. The parser already
// validates slugs; this checks again at the point of writing, because a slug is untrusted input and a path
// outside dist/ is the one mistake publishing cannot take back.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.ts';
import type { Locale } from '../types.ts';

/** The same rule the parser applies: one path segment of letters, digits, `.`, `-`, `_`, never `..`. */
const SLUG = /^[a-z0-9][a-z0-9._-]*$/i;

export class PathEscapeError extends UserError {
  readonly path: string;
  constructor(message: string, path: string) {
    super(message);
    this.name = 'PathEscapeError';
    this.path = path;
  }
}

export function assertSlug(slug: string): void {
  if (!SLUG.test(slug) || slug.includes('..')) {
    throw new PathEscapeError(
      `slug ${JSON.stringify(slug)} is not a safe file name (letters, digits, '.', '-', '_')`,
      slug,
    );
  }
}

export interface OutputPaths {
  /** Relative to the output folder, `/`-separated, as the manifest records them. */
  md: string;
  html: string;
}

export function outputPaths(locale: Locale, slug: string): OutputPaths {
  assertSlug(slug);
  return { md: `${locale}/${slug}.md`, html: `${locale}/${slug}.html` };
}

/** The `href` from one locale's page to another's: siblings under dist/. */
export function alternateHref(to: Locale, slug: string): string {
  assertSlug(slug);
  return `../${to}/${slug}.html`;
}

/** `root/path`, or a `PathEscapeError` when it would land anywhere but strictly inside `root`. */
export function resolveInside(root: string, path: string): string {
  const base = resolve(root);
  const target = resolve(base, path);
  const rel = relative(base, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new PathEscapeError(`refusing to write ${JSON.stringify(path)}: it resolves outside ${base}`, path);
  }
  return target;
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(outer: string, inner: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
