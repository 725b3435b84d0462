// A release's "About <organization>" boilerplate from a file of its own, shared by every release of that
// organization: `organization: <id>` in the front matter reads the nearest `organizations/<id>.yaml`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { UserError } from '../errors.ts';
import { normalizeText } from './normalize.ts';

const ID = /^[a-z0-9][a-z0-9._-]*$/i;

/** The organization file for `id`: in the release's folder or the nearest folder above it that has one. */
export function findOrganizationFile(id: string, release: string): string | undefined {
  for (let dir = dirname(resolve(release)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'organizations', `${id}.yaml`);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The front matter with `about` (and `contact.organization`, when the release does not name it) taken from the
 * organization file, so that the boilerplate is segmented, translated, stored and reviewed as the release's own
 * `about:` is. `line` is the `organization:` line of the release, for errors.
 */
export function withOrganization(
  frontmatter: Record<string, unknown>,
  release: string,
  line: number | undefined,
): Record<string, unknown> {
  const id = frontmatter.organization;
  if (typeof id !== 'string' || !ID.test(id) || id.includes('..'))
    throw new UserError('front-matter field `organization` must be an id: letters, digits, `.`, `-` or `_`', {
      file: release,
      line,
    });
  if (frontmatter.about !== undefined)
    throw new UserError('`about` and `organization` both give the "About" text; keep one of them', {
      file: release,
      line,
    });
  const file = findOrganizationFile(id, release);
  if (file === undefined)
    throw new UserError(
      `organization "${id}": no organizations/${id}.yaml in the release's folder or any folder above it`,
      { file: release, line },
    );
  const document = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
  const error = document.errors[0];
  if (error)
    throw new UserError(`invalid YAML: ${error.message.split('\n')[0]}`, { file, line: error.linePos?.[0].line });
  const data: unknown = isMap(document.contents) ? document.toJSON() : undefined;
  const about = (data as Record<string, unknown> | undefined)?.about;
  if (typeof about !== 'string' || about.trim() === '')
    throw new UserError('an organization file needs `about:`, the text printed under "About <organization>"', {
      file,
      line: 1,
    });
  const name = (data as Record<string, unknown>).name;
  const contact = frontmatter.contact;
  const named =
    name !== undefined && (contact === undefined || contact === null || typeof contact === 'object')
      ? { contact: { organization: name, ...(contact as Record<string, unknown> | null | undefined) } }
      : {};
  return { ...frontmatter, about: normalizeText(about), ...named };
}
