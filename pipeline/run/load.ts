// What every command loads the same way: the glossary (validated and linted), the memory, the input files.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import type { Glossary } from '../lock/glossary.ts';
import { formatFinding } from '../findings.ts';
import type { Finding } from '../types.ts';
import { cachedGlossary } from './glossary-cache.ts';

export interface LoadedGlossary {
  glossary: Glossary;
  warnings: Finding[];
}

/** Loads and lints the glossary; lint errors stop the run. With `env`, a glossary already checked with these
 * bytes by this version of the tool is read back from the cache (./glossary-cache.ts). */
export async function loadCheckedGlossary(file: string, env?: NodeJS.ProcessEnv): Promise<LoadedGlossary> {
  const cached = env && (await cachedGlossary(file, env));
  if (cached?.loaded) return cached.loaded;
  const loaded = await checkGlossary(file);
  await cached?.save(loaded);
  return loaded;
}

async function checkGlossary(file: string): Promise<LoadedGlossary> {
  // Imported here: with the glossary cached, a run never parses YAML.
  const [{ loadGlossary }, { lintGlossary }] = await Promise.all([
    import('../lock/glossary.ts'),
    import('../lock/lint.ts'),
  ]);
  let glossary: Glossary;
  try {
    glossary = await loadGlossary(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError(`glossary not found: ${file} (pass --glossary <file>)`);
    throw error;
  }
  const findings = lintGlossary(glossary);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    throw new UserError(`the glossary has ${errors.length} error(s):\n${errors.map(formatFinding).join('\n')}`);
  }
  return { glossary, warnings: findings.filter((finding) => finding.severity === 'warning') };
}

/** The Markdown files of `input` (a file or a folder, searched recursively), sorted for deterministic runs. */
export async function listMarkdown(cwd: string, input: string): Promise<string[]> {
  const path = resolve(cwd, input);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`input not found: ${input}`);
  }
  if (info.isFile()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
