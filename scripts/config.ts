// The project file `silkbridge.config.yaml`: the options a project repeats on every call, validated with their
// file and line (./config-check.ts). Command-line options override it; credentials never belong in it (the
// environment holds them).
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../pipeline/errors.ts';
import { fileCache } from '../pipeline/run/file-cache.ts';
import { sha256 } from '../pipeline/run/manifest.ts';
import type { Locale } from '../pipeline/types.ts';

export const CONFIG_FILE = 'silkbridge.config.yaml';

/** The project settings, paths relative to the working directory. */
export interface ProjectConfig {
  /** The file they were read from; undefined when there is none. */
  file?: string;
  input?: string;
  locales?: Locale[];
  glossary?: string;
  memory?: string;
  out?: string;
  dist?: string;
  /** Provider chain, comma-separated as `--provider` takes it. */
  provider?: string;
  google?: { project?: string; location?: string };
  baseUrl?: string;
}

/**
 * Reads `explicit` (from `--config`, which must exist) or else `<cwd>/silkbridge.config.yaml` when present. A file
 * checked before with the same bytes, from the same folder, by the same code is read back from the cache
 * (../pipeline/run/file-cache.ts); only a valid one is kept.
 */
export async function loadConfig(
  cwd: string,
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProjectConfig> {
  const file = resolve(cwd, explicit ?? CONFIG_FILE);
  const shown = relative(cwd, file) || file;
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError(`config ${shown} is not a file`);
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (explicit !== undefined) throw new UserError(`config not found: ${shown}`);
    return {};
  }
  const cache = await fileCache<ProjectConfig>(
    'config',
    file,
    bytes,
    `${cwd}\u0000${shown}\u0000${checkerHash()}`,
    env,
  );
  if (cache?.cached) return cache.cached;
  const { parseConfig } = await import('./config-check.ts');
  const config = parseConfig(bytes.toString('utf8'), shown, cwd, dirname(file));
  await cache?.save(config);
  return config;
}

/** The checker's own source: a changed schema checks every file again. */
function checkerHash(): string {
  return sha256(readFileSync(fileURLToPath(new URL('./config-check.ts', import.meta.url))));
}

/** Where the config fills a command's option that the command line left at its default. */
export function configValue(config: ProjectConfig, command: string, option: string): unknown {
  switch (option) {
    case 'input':
    case 'glossary':
    case 'memory':
    case 'provider':
    case 'baseUrl':
      return config[option];
    case 'to':
      return config.locales;
    case 'out':
      // review:export's --out is a folder for translators, never localize's output.
      return command === 'publish' ? config.dist : command === 'localize' ? config.out : undefined;
    default:
      return undefined;
  }
}

/** Google settings from the config, for what the environment leaves unset (the environment wins). */
export function googleEnv(config: ProjectConfig, env: NodeJS.ProcessEnv): Record<string, string> {
  const filled: Record<string, string> = {};
  if (config.google?.project && !env.GOOGLE_CLOUD_PROJECT) filled.GOOGLE_CLOUD_PROJECT = config.google.project;
  if (config.google?.location && !env.GOOGLE_CLOUD_LOCATION) filled.GOOGLE_CLOUD_LOCATION = config.google.location;
  return filled;
}
