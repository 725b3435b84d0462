// The command line as a user runs it, in a throwaway project: what the bad-input suite checks is exit status,
// stderr and what was (not) written, so each case runs the real CLI in a subprocess.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../../scripts/cli.ts');
const TSX = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

export const GLOSSARY = `version: 1
terms:
  - id: cafe-lumiere
    type: brand
    forms: { en: Café Lumière, th: คาเฟ่ ลูมิแยร์, zh: 光之咖啡 }
    status: approved
    note: "Brand name as registered."
`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A project folder holding `files` (path → text or bytes) and the glossary above as `glossary.yaml`. */
export function project(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'silkbridge-bad-'));
  for (const [path, content] of Object.entries({ 'glossary.yaml': GLOSSARY, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(join(dir, 'memory'), { recursive: true });
  return dir;
}

/** Runs `silkbridge <args>` in `cwd`, with no Google configuration unless `env` sets it. */
export function cli(cwd: string, args: string[], env: Record<string, string> = {}): CliResult {
  const base = { ...process.env };
  for (const name of ['GOOGLE_APPLICATION_CREDENTIALS', 'GOOGLE_CLOUD_PROJECT', 'TRANSLATE_EMULATOR_HOST'])
    delete base[name];
  const started = Date.now();
  const result = spawnSync(TSX, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...base, METADATA_SERVER_DETECTION: 'none', SILKBRIDGE_CACHE_DIR: 'off', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/** `localize` of `input` to Thai with the identity provider, into `out/`, memory in `memory/`. */
export function localizeIdentity(cwd: string, input: string, ...extra: string[]): CliResult {
  return cli(cwd, [
    'localize',
    '--input',
    input,
    '--to',
    'th',
    '--provider',
    'identity',
    '--out',
    'out',
    '--glossary',
    'glossary.yaml',
    '--memory',
    'memory',
    ...extra,
  ]);
}

/** Every file under `path` in `cwd`, relative (none when it does not exist). */
export function filesUnder(cwd: string, path: string): string[] {
  const root = join(cwd, path);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

/** One line on stderr, no stack trace, no "internal error": how every bad input must end. */
export function expectOneCleanLine(result: CliResult): string {
  const lines = result.stderr.trim().split('\n');
  if (result.status !== 1 || lines.length !== 1 || /^\s+at |internal error/m.test(result.stderr))
    throw new Error(`expected exit 1 with one line on stderr, got ${result.status}:\n${result.stderr}`);
  return lines[0] as string;
}
