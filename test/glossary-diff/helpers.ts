// A throwaway git repository holding a copy of the project's content/ (seed release, glossary, memory),
// committed, so that a test can edit the glossary and compare it with HEAD.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const GLOSSARY = 'content/glossary.yaml';

/** The environment without GIT_* variables, so git never reaches the repository the tests run in. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: dir,
      env: cleanEnv(),
      encoding: 'utf8',
    },
  );
}

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTempDirs`. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'silkbridge-gdiff-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A git repository with content/ of the project committed as HEAD. */
export function seedRepository(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'seed');
  return dir;
}

/** Edit the working-tree glossary by exact replacement; the text to replace must occur once. */
export function editGlossary(dir: string, from: string, to: string): void {
  const file = join(dir, GLOSSARY);
  const text = readFileSync(file, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`expected exactly one ${JSON.stringify(from)} in the glossary`);
  writeFileSync(file, text.replace(from, to));
}

export function collect(): { text: () => string; log: (chunk: string) => void } {
  const chunks: string[] = [];
  return { text: () => chunks.join(''), log: (chunk) => chunks.push(chunk) };
}
