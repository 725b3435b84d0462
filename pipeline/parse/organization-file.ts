// Where a release's organization file is (./organization.ts reads it): apart, so that the re-run check, which only
// needs to know which file it is, does not load the YAML parser.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The organization file for `id`: in the release's folder or the nearest folder above it that has one. */
export function findOrganizationFile(id: string, release: string): string | undefined {
  for (let dir = dirname(resolve(release)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'organizations', `${id}.yaml`);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
