// Issue #14 item 3: `--report` writes a JSON file by renaming a temp file over it, so it must never name a device,
// a folder or a link it would replace; `-` is standard output. Every refusal comes before any output is written.
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize } from '../../scripts/commands/localize.ts';
import { runCli, runCommand } from '../cli/run-cli.ts';
import { collect, tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

const RELEASE = '---\nlang: en\n---\n\nPay with WeChat Pay today.\n';

function project(): string {
  return tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'releases/a.md': RELEASE });
}

function localizeTo(dir: string, report: string, stdout?: (text: string) => void) {
  const { log } = collect();
  return localize({
    cwd: dir,
    input: 'releases',
    to: ['th'],
    provider: 'identity',
    out: 'out',
    glossary: 'glossary.yaml',
    memory: 'memory',
    report,
    log,
    ...(stdout ? { stdout } : {}),
  });
}

describe('bad input: --report path', () => {
  it('--report - writes the JSON to standard output and no file named "-"', async () => {
    const dir = project();
    let written = '';
    expect(await localizeTo(dir, '-', (text) => (written += text))).toBe(0);
    expect(existsSync(join(dir, '-'))).toBe(false);
    const report = JSON.parse(written) as { releases: { release: string }[]; totals: { segments: number } };
    expect(report.releases.map((r) => r.release)).toEqual(['a']);
    expect(report.totals.segments).toBe(1);
  });

  it('--report - from the command line: stdout is only the JSON, the summary is on stderr', async () => {
    const dir = project();
    const args = ['--input', 'releases', '--to', 'th', '--provider', 'identity', '--glossary', 'glossary.yaml'];
    const result = await runCommand(dir, 'localize', ...args, '--report', '-');
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { dry_run: boolean }).dry_run).toBe(false);
    expect(result.stderr).toContain('engine: sent 0 characters');
  });

  it('--report naming a folder is refused before any output is written', async () => {
    const dir = project();
    mkdirSync(join(dir, 'reports'));
    await expect(localizeTo(dir, 'reports')).rejects.toThrow('--report reports: is a folder; expected a regular file');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--report naming a device is refused and the device left alone', async () => {
    const dir = project();
    await expect(localizeTo(dir, '/dev/null')).rejects.toThrow('--report /dev/null: is not a regular file or folder');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--report /dev/stdout on a pipe is refused (it would rename a temp file over the device link)', () => {
    const dir = project();
    const args = ['--input', 'releases', '--to', 'th', '--provider', 'identity', '--glossary', 'glossary.yaml'];
    const result = runCli(dir, 'localize', ...args, '--report', '/dev/stdout');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^silkbridge: --report \/dev\/stdout: is not a regular file or folder; .*- for standard output\)\n$/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--report naming a link to a device is refused and the link kept', async () => {
    const dir = project();
    symlinkSync('/dev/null', join(dir, 'report.json'));
    await expect(localizeTo(dir, 'report.json')).rejects.toThrow('is not a regular file or folder');
    expect(readlinkSync(join(dir, 'report.json'))).toBe('/dev/null');
  });

  it('--report naming a link to a file replaces the file and keeps the link', async () => {
    const dir = project();
    writeFileSync(join(dir, 'real.json'), '{}\n');
    symlinkSync('real.json', join(dir, 'report.json'));
    expect(await localizeTo(dir, 'report.json')).toBe(0);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8'))).toHaveProperty('releases');
  });

  it('--report under a path that is a file is refused before any work', async () => {
    const dir = project();
    await expect(localizeTo(dir, 'releases/a.md/report.json')).rejects.toThrow('is a file, not a folder');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
