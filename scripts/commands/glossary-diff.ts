// `npm run glossary:diff`: the glossary at a git ref against the working tree: entries added, removed and
// changed, and for every release and locale the sentences whose output changes. Reads the translation memory,
// calls no engine, writes nothing; exits 0 (it is a report), or with `exitCode` 1 when any sentence changes.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../pipeline/errors.ts';
import {
  buildReport,
  diffRelease,
  DIFF_LOCALES,
  formatMarkdown,
  formatText,
  sideOf,
} from '../../pipeline/glossary-diff/index.ts';
import type { ReleaseDiff } from '../../pipeline/glossary-diff/index.ts';
import { glossaryOf, parseGlossary } from '../../pipeline/lock/glossary.ts';
import { loadMemory } from '../../pipeline/tm/index.ts';
import { listMarkdown } from '../../pipeline/run/load.ts';
import { checkPaths } from '../paths.ts';

const run = promisify(execFile);

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface GlossaryDiffOptions {
  cwd: string;
  /** Git ref of the old glossary (default `HEAD`). */
  base?: string;
  format?: string;
  glossary: string;
  input: string;
  memory: string;
  /** CI gate: return 1 when any sentence's output changes. */
  exitCode?: boolean;
  /** Colour the text format; default: stdout is a terminal or FORCE_COLOR is set (and NO_COLOR is not). */
  color?: boolean;
  env?: NodeJS.ProcessEnv;
  log?: (text: string) => void;
}

async function git(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true; stdout: string } | { ok: false; stderr: string }> {
  try {
    const { stdout } = await run('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, stdout };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT')
      throw new UserError('git is not installed or not on PATH; glossary:diff reads the old glossary with `git show`');
    return { ok: false, stderr: (failure.stderr ?? failure.message).trim() };
  }
}

/** The glossary text at `ref`, or undefined when the file does not exist there. A bad ref is a user error. */
export async function glossaryAtRef(
  cwd: string,
  ref: string,
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (ref.startsWith('-')) throw new UserError(`--base ${JSON.stringify(ref)} is not a git ref`);
  const verified = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], env);
  if (!verified.ok) {
    const inRepo = await git(cwd, ['rev-parse', '--git-dir'], env);
    if (!inRepo.ok)
      throw new UserError(`${cwd} is not inside a git repository, so there is no glossary at ${ref} to compare with`);
    throw new UserError(`unknown git ref ${JSON.stringify(ref)} (pass --base <branch, tag or commit>)`);
  }
  // `<rev>:./path` is resolved from git's working directory, so the path needs no repository-root arithmetic.
  const spec = `${ref}:${path.startsWith('..') ? path : `./${path}`}`;
  const exists = await git(cwd, ['cat-file', '-e', spec], env);
  if (!exists.ok) return undefined;
  const shown = await git(cwd, ['show', spec], env);
  if (!shown.ok) throw new UserError(`git show ${spec} failed: ${shown.stderr}`);
  return shown.stdout;
}

function isFormat(value: string): value is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(value);
}

export async function glossaryDiff(options: GlossaryDiffOptions): Promise<number> {
  const { cwd } = options;
  const env = options.env ?? process.env;
  const log = options.log ?? ((text: string) => process.stdout.write(text));
  const format = options.format ?? 'text';
  if (!isFormat(format)) throw new UserError(`unknown format "${format}"; expected one of ${DIFF_FORMATS.join(', ')}`);
  const ref = options.base ?? 'HEAD';
  // Missing is fine: the glossary may have been deleted since the base.
  await checkPaths(cwd, [['--glossary', options.glossary, 'file-or-missing']]);
  const file = resolve(cwd, options.glossary);
  const path = relative(cwd, file);

  const oldText = await glossaryAtRef(cwd, ref, path, env);
  await checkPaths(cwd, [
    ['--input', options.input, 'file-or-dir'],
    ['--memory', options.memory, 'dir-or-missing'],
  ]);
  let newText: string | undefined;
  try {
    newText = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (oldText === undefined && newText === undefined) {
    throw new UserError(
      `glossary not found: ${path} exists neither at ${ref} nor in the working tree (pass --glossary <file>)`,
    );
  }
  // A glossary absent on one side is empty there: every entry of the other side is added (or removed).
  const before = oldText === undefined ? glossaryOf([], `${ref}:${path}`) : parseGlossary(oldText, `${ref}:${path}`);
  const after = newText === undefined ? glossaryOf([], path) : parseGlossary(newText, path);

  const memory = await loadMemory(resolve(cwd, options.memory));
  const files = await listMarkdown(cwd, options.input);
  const beforeSide = sideOf(before);
  const afterSide = sideOf(after);
  const releases: ReleaseDiff[] = [];
  for (const release of files) {
    const text = await readFile(release, 'utf8');
    releases.push(
      diffRelease({
        text,
        file: relative(cwd, release),
        before: beforeSide,
        after: afterSide,
        memory,
        locales: DIFF_LOCALES,
      }),
    );
  }
  const report = buildReport({
    base: { ref, file: path, exists: oldText !== undefined },
    head: { file: path },
    before,
    after,
    releases,
  });

  if (format === 'json') log(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'markdown') log(formatMarkdown(report));
  else {
    const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
    const color = options.color ?? ((Boolean(process.stdout.isTTY) || forced) && env.NO_COLOR === undefined);
    log(formatText(report, { color }));
  }
  return options.exitCode && report.summary.sentences > 0 ? 1 : 0;
}
