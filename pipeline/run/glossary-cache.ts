// The checked glossary of the last run, kept beside the re-run manifest (./file-cache.ts): parsing the YAML and
// linting it was a fifth of an unchanged re-run (docs/performance.md). Keyed by the file's bytes and the tool's
// version, so any edit, or changed code, checks it again; only a glossary without errors is kept.
import { readFile } from 'node:fs/promises';
import type { GlossaryTerm } from '../lock/glossary.ts';
import type { Finding } from '../types.ts';
import { fileCache } from './file-cache.ts';
import type { LoadedGlossary } from './load.ts';

interface CachedGlossary {
  terms: GlossaryTerm[];
  warnings: Finding[];
}

/** The glossary as checked before (`loaded`), else a `save` for the one about to be checked. Undefined when caching
 * is off or the file cannot be read (checking it reports why). */
export async function cachedGlossary(
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<{ loaded?: LoadedGlossary; save: (loaded: LoadedGlossary) => Promise<void> } | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  const cache = await fileCache<CachedGlossary>('glossary', file, bytes, '', env);
  if (!cache) return undefined;
  const save = ({ glossary, warnings }: LoadedGlossary) => cache.save({ terms: glossary.terms, warnings });
  const entry = cache.cached;
  if (!entry || !Array.isArray(entry.terms)) return { save };
  const glossary = { file, terms: entry.terms, byId: new Map(entry.terms.map((term) => [term.id, term])) };
  return { loaded: { glossary, warnings: entry.warnings }, save };
}
