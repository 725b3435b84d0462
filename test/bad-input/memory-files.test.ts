// Issue #14 items 9 and 10: faults in the translation memory are one line naming the file (and line), exit 1;
// characters XML 1.0 forbids are never written raw into the memory.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseXliff } from '../../pipeline/tm/xliff.ts';
import { parseXml } from '../../pipeline/tm/xml.ts';
import { REPO } from '../support/needs.ts';
import { runInProcess } from '../support/run-in-process.ts';

const XLF = 'content/translations/digital-silk-road/th.xlf';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-bad-memory-'));
  cpSync(join(REPO, 'content'), join(dir, 'content'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function localize(...args: string[]): Promise<{ code: number; stderr: string }> {
  const result = await runInProcess(dir, ['localize', '--out', 'o', ...args], {
    ...process.env,
    SILKBRIDGE_CACHE_DIR: 'off',
  });
  return { code: result.status, stderr: result.stderr };
}

/** One line, naming `file` (and `line` when given), no stack trace. */
function expectOneLine(stderr: string, file: string, line?: number): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toContain(line === undefined ? file : `${file}:${line}:`);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
}

describe('memory files (#14 items 9, 10)', () => {
  it('an unknown sb:term in a target: one line with file and line, exit 1', async () => {
    const path = join(dir, XLF);
    const text = readFileSync(path, 'utf8');
    const target = text.indexOf('<target>', text.indexOf('<target>') + 1);
    const at = text.indexOf('sb:term="', target) + 'sb:term="'.length;
    writeFileSync(path, `${text.slice(0, at)}no-such-term${text.slice(text.indexOf('"', at))}`);
    const line = text.slice(0, target).split('\n').length;
    const { code, stderr } = await localize('--to', 'th');
    expect(code).toBe(1);
    expectOneLine(stderr, path, line);
    expect(stderr).toContain('no-such-term');
  });

  it('th.xlf being a folder: one line naming it, exit 1', async () => {
    const path = join(dir, XLF);
    rmSync(path);
    mkdirSync(path);
    const { code, stderr } = await localize('--to', 'th');
    expect(code).toBe(1);
    expectOneLine(stderr, path);
    expect(stderr).toContain('folder');
  });

  it('100,000 nested <pc>: one line with file and line, exit 1', async () => {
    const path = join(dir, XLF);
    const text = readFileSync(path, 'utf8');
    const target = text.indexOf('<target>') + '<target>'.length;
    const deep = `${'<pc id="1">'.repeat(100_000)}x${'</pc>'.repeat(100_000)}`;
    writeFileSync(path, text.slice(0, target) + deep + text.slice(target));
    const { code, stderr } = await localize('--to', 'th');
    expect(code).toBe(1);
    expectOneLine(stderr, path, text.slice(0, target).split('\n').length);
    expect(stderr).toContain('nested deeper than 100');
  });

  it('U+0001 in a release run with --save-memory is never written raw', async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/ctl.md'), '---\ntitle: Control\nslug: ctl\nlang: en\n---\n\nA bell\u0001rings here.\n');
    const { code, stderr } = await localize('--input', 'in', '--to', 'th', '--provider', 'pseudo', '--save-memory');
    expect(code, stderr).toBe(0);
    const path = join(dir, 'content/translations/ctl/th.xlf');
    const written = readFileSync(path, 'utf8');
    expect(written).not.toContain('\u0001');
    expect(written).toContain('<cp hex="0001"/>');
    expect(() => parseXml(written)).not.toThrow();
    const source = parseXliff(written, path).units.flatMap((unit) => unit.source);
    expect(source).toContainEqual({ type: 'text', value: 'A bell\u0001rings here.' });
  });
});
