// The project file `silkbridge.config.yaml`: the options a project repeats on every call, validated with their
// file and line. Command-line options override it; credentials never belong in it (the environment holds them).
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { UserError } from '../pipeline/errors.ts';
import { PROVIDER_IDS } from '../pipeline/providers/ids.ts';
import { LOCALES, type Locale } from '../pipeline/types.ts';

export const CONFIG_FILE = 'silkbridge.config.yaml';

const path = z.string().trim().min(1, 'expected a non-empty path');

const schema = z.strictObject({
  input: path.optional(),
  locales: z.array(z.enum(LOCALES)).min(1, 'expected at least one locale').optional(),
  glossary: path.optional(),
  memory: path.optional(),
  out: path.optional(),
  dist: path.optional(),
  provider: z
    .union([z.enum(PROVIDER_IDS), z.array(z.enum(PROVIDER_IDS)).min(1, 'expected at least one provider')])
    .optional(),
  google: z
    .strictObject({
      project: z.string().trim().min(1).optional(),
      location: z.string().trim().min(1).optional(),
    })
    .optional(),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://press.example.com/' })
    .optional(),
});

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

const PATH_KEYS = ['input', 'glossary', 'memory', 'out', 'dist'] as const;
/** Keys someone may try for credentials: refused with where credentials go instead. */
const SECRET_KEY = /credential|key|secret|token|password/i;

/** Reads `explicit` (from `--config`, which must exist) or else `<cwd>/silkbridge.config.yaml` when present. */
export async function loadConfig(cwd: string, explicit?: string): Promise<ProjectConfig> {
  const file = resolve(cwd, explicit ?? CONFIG_FILE);
  const shown = relative(cwd, file) || file;
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError(`config ${shown} is not a file`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (explicit !== undefined) throw new UserError(`config not found: ${shown}`);
    return {};
  }
  return parseConfig(text, shown, cwd, dirname(file));
}

/** Validates the text of a config file named `shown`; relative paths in it are relative to `baseDir`. */
export function parseConfig(text: string, shown: string, cwd: string, baseDir: string): ProjectConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = lineOf(yamlError.pos[0], lines);
    throw new UserError(`invalid YAML: ${yamlError.message.split('\n')[0]}`, {
      file: shown,
      ...(line ? { line } : {}),
    });
  }
  const data = doc.toJS() ?? {};
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    if (issue) throw configIssue(issue, doc, lines, shown);
  }
  const value = parsed.data ?? {};
  const config: ProjectConfig = { file: shown };
  for (const key of PATH_KEYS) {
    const raw = value[key];
    if (raw !== undefined) config[key] = isAbsolute(raw) ? raw : relative(cwd, resolve(baseDir, raw)) || '.';
  }
  if (value.locales) config.locales = [...new Set(value.locales)];
  if (value.provider) config.provider = typeof value.provider === 'string' ? value.provider : value.provider.join(',');
  if (value.google) config.google = value.google;
  if (value.baseUrl) config.baseUrl = value.baseUrl;
  return config;
}

function configIssue(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, file: string): UserError {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const where = [...path, key].join('.');
    const line = lineOf(keyNode(doc, path, key)?.range?.[0], lines);
    const why = SECRET_KEY.test(key)
      ? 'credentials are never read from the config: set GOOGLE_APPLICATION_CREDENTIALS or use gcloud auth application-default login'
      : `expected one of ${knownKeys(path).join(', ')}`;
    return new UserError(`unknown key "${where}"; ${why}`, { file, ...(line ? { line } : {}) });
  }
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const line = lineOf(node?.range?.[0] ?? keyNode(doc, path.slice(0, -1), path.at(-1) ?? '')?.range?.[0], lines);
  const what = path.length > 0 ? path.join('.') : 'the config';
  return new UserError(`${what}: ${issue.message}`, { file, ...(line ? { line } : {}) });
}

function knownKeys(path: string[]): string[] {
  return path[0] === 'google' ? ['project', 'location'] : Object.keys(schema.shape);
}

function keyNode(doc: Document, path: string[], key: string): { range?: [number, number, number] | null } | undefined {
  const parent = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function lineOf(offset: number | undefined, lines: LineCounter): number | undefined {
  return offset === undefined ? undefined : lines.linePos(offset).line;
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
