// Validating the text of a project file (./config.ts): YAML parsed with lines kept, the settings checked with zod,
// each problem named with file and line. Loaded only when the file is not as a run already checked it: the parser
// and zod are most of a short run's start.
import { isAbsolute, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { UserError } from '../pipeline/errors.ts';
import { PROVIDER_IDS } from '../pipeline/providers/ids.ts';
import { LOCALES } from '../pipeline/types.ts';
import type { ProjectConfig } from './config.ts';

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

const PATH_KEYS = ['input', 'glossary', 'memory', 'out', 'dist'] as const;
/** Keys someone may try for credentials: refused with where credentials go instead. */
const SECRET_KEY = /credential|key|secret|token|password/i;

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
