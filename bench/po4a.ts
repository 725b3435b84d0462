// The peer: po4a (Debian package `po4a`) extracting the corpus's strings to a PO file and writing them back, for
// one locale, with one `po4a` process per step over a config listing every release. The PO between the two steps
// has msgstr = msgid (gettext's `msgen`), so the reinjection does the full work of a translated run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, measure, type Measurement } from './measure.ts';

export interface Po4aResult {
  extract: Measurement;
  reinject: Measurement;
  /** msgids in the PO. */
  entries: number;
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Installs po4a with apt-get when missing; returns why it cannot be used, or undefined when it can. */
export function ensurePo4a(log: (line: string) => void): string | undefined {
  if (has('po4a') && has('msgen')) return undefined;
  if (!has('apt-get')) return 'po4a is not installed and there is no apt-get to install it';
  log('installing po4a with apt-get (Debian package po4a) …');
  const install = () =>
    execFileSync('apt-get', ['install', '-y', 'po4a'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    install();
  } catch {
    try {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      install();
    } catch (error) {
      return `apt-get install po4a failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run it as root, or install po4a yourself`;
    }
  }
  return has('po4a') && has('msgen') ? undefined : 'po4a or msgen still missing after apt-get install po4a';
}

/** Extract + reinject of every release in `corpus` for `locale`, in `work`. */
export async function runPo4a(corpus: string, work: string, locale: string): Promise<Po4aResult> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'po'), { recursive: true });
  const config = join(work, 'po4a.cfg');
  const lines = [
    `[po4a_langs] ${locale}`,
    `[po4a_paths] ${join(work, 'po', 'bench.pot')} ${locale}:${join(work, 'po', `${locale}.po`)}`,
    '[options] opt:"-o markdown" opt:"-M UTF-8" opt:"-k 0"',
    ...readdirSync(corpus)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `[type: text] ${join(corpus, name)} ${locale}:${join(work, 'out', locale, name)}`),
  ];
  writeFileSync(config, `${lines.join('\n')}\n`);
  const extract = check('po4a (extract)', await measure({ command: 'po4a', args: ['--no-translations', config] }));
  const po = join(work, 'po', `${locale}.po`);
  execFileSync('msgen', ['-o', po, po]);
  const entries = execFileSync('sh', ['-c', `grep -c '^msgid ' ${JSON.stringify(po)}`])
    .toString()
    .trim();
  const reinject = check('po4a (reinject)', await measure({ command: 'po4a', args: ['--no-update', config] }));
  return { extract, reinject, entries: Number(entries) - 1 };
}
