// A release's "About <organization>" boilerplate from a file of its own, shared by every release of that
// organization: `organization: <id>` in the front matter reads the nearest `organizations/<id>.yaml`.
import { readFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import { UserError } from '../errors.ts';
import { normalizeText } from './normalize.ts';
import { findOrganizationFile } from './organization-file.ts';

const ID = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * The front matter with `about`, and the `contact` keys the release does not give (`organization` from the file's
 * `name`, then the file's `contact`), taken from the organization file, so that the boilerplate is segmented, translated, stored and reviewed as the release's own
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
  const { name, contact: shared } = data as Record<string, unknown>;
  if (shared !== undefined && shared !== null && (typeof shared !== 'object' || Array.isArray(shared)))
    throw new UserError('`contact` in an organization file must be a mapping of name, email, website', {
      file,
      line: keyLine(document.toString(), 'contact'),
    });
  const contact = frontmatter.contact;
  // The release's own contact wins key by key; a contact of the wrong shape is left for publish to name.
  const merged =
    contact === undefined || contact === null || typeof contact === 'object'
      ? {
          contact: {
            ...(name !== undefined ? { organization: name } : {}),
            ...(shared as Record<string, unknown> | null | undefined),
            ...(contact as Record<string, unknown> | null | undefined),
          },
        }
      : {};
  return { ...frontmatter, about: normalizeText(about), ...merged };
}

/** The 1-based line of a top-level `key:` in YAML text. */
function keyLine(text: string, key: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1;
}
