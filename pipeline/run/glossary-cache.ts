// The checked glossary of the last run, kept beside the re-run manifest: parsing the YAML and linting it was a
// fifth of an unchanged re-run (docs/performance.md). Keyed by the file's bytes and the tool's version, so any
// edit, or changed code, checks it again; only a glossary without errors is kept.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs.ts';
import type { GlossaryTerm } from '../lock/glossary.ts';
import type { Finding } from '../types.ts';
import type { LoadedGlossary } from './load.ts';
import { cacheDir, sha256, toolVersion } from './manifest.ts';

interface CachedGlossary {
  key: string;
  terms: GlossaryTerm[];
  warnings: Finding[];
}

/** The glossary as checked before (`loaded`), else a `save` for the one about to be checked. Undefined when caching
 * is off or the file cannot be read (checking it reports why). */
export async function cachedGlossary(
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<{ loaded?: LoadedGlossary; save: (loaded: LoadedGlossary) => Promise<void> } | undefined> {
  const dir = cacheDir(env);
  if (!dir) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  const key = sha256(Buffer.concat([bytes, Buffer.from(`\u0000${toolVersion()}`)]));
  const path = join(dir, `glossary-${sha256(file).slice(0, 16)}.json`);
  const save = async ({ glossary, warnings }: LoadedGlossary) => {
    const entry: CachedGlossary = { key, terms: glossary.terms, warnings };
    // A cache: when it cannot be written, the next run checks the glossary again.
    await mkdir(dir, { recursive: true })
      .then(() => writeFileAtomic(path, JSON.stringify(entry)))
      .catch(() => undefined);
  };
  try {
    const entry = JSON.parse(await readFile(path, 'utf8')) as CachedGlossary;
    if (entry.key !== key || !Array.isArray(entry.terms)) return { save };
    const glossary = { file, terms: entry.terms, byId: new Map(entry.terms.map((term) => [term.id, term])) };
    return { loaded: { glossary, warnings: entry.warnings }, save };
  } catch {
    return { save };
  }
}
