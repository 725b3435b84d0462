// The command line in a throwaway project: what the bad-input suite checks is exit status, stderr and what was
// (not) written, so each case runs the CLI's own `main` (in process: test/support/run-in-process.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CliResult, runInProcess } from '../support/run-in-process.ts';

export type { CliResult };

export const GLOSSARY = `version: 1
terms:
  - id: cafe-lumiere
    type: brand
    forms: { en: Café Lumière, th: คาเฟ่ ลูมิแยร์, zh: 光之咖啡 }
    status: approved
    note: "Brand name as registered."
`;

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
export function cli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const base = { ...process.env };
  for (const name of ['GOOGLE_APPLICATION_CREDENTIALS', 'GOOGLE_CLOUD_PROJECT', 'TRANSLATE_EMULATOR_HOST'])
    delete base[name];
  return runInProcess(cwd, args, { ...base, METADATA_SERVER_DETECTION: 'none', SILKBRIDGE_CACHE_DIR: 'off', ...env });
}

/** `localize` of `input` to Thai with the identity provider, into `out/`, memory in `memory/`. */
export function localizeIdentity(cwd: string, input: string, ...extra: string[]): Promise<CliResult> {
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
