// Issue #15 §2: a release saved with CRLF line ends gives the segments, ids and outputs of the same release with LF,
// and its outputs keep CRLF.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-in-process.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (...args: string[]) => runInProcess(ROOT, args, process.env);

/** The seed release with every prose line hard-wrapped at 80 columns (front matter, tables, lists left alone). */
function hardWrapped(): string {
  const lines = readFileSync(join(ROOT, 'content/releases/digital-silk-road.md'), 'utf8').split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  const out = lines.slice(0, bodyStart);
  for (const line of lines.slice(bodyStart)) {
    if (line.length <= 80 || /^[|#>*!\-[]/.test(line) || line.includes('|')) {
      out.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > 80) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
  }
  return out.join('\n');
}

describe('CRLF sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'silkbridge-crlf-'));
  const lf = hardWrapped();
  expect(lf).not.toBe(readFileSync(join(ROOT, 'content/releases/digital-silk-road.md'), 'utf8'));
  for (const [name, text] of [
    ['lf', lf],
    ['crlf', lf.replaceAll('\n', '\r\n')],
  ] as const) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'digital-silk-road.md'), text);
  }

  it('gives the same segments and ids as the LF release, and the ids of the unwrapped seed', async () => {
    const segments = async (file: string) => {
      const result = await run('segments', file, '--json');
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as Array<{ id: string; text: string }>;
    };
    const fromLf = await segments(join(dir, 'lf/digital-silk-road.md'));
    const fromCrlf = await segments(join(dir, 'crlf/digital-silk-road.md'));
    const seed = await segments('content/releases/digital-silk-road.md');
    expect(fromCrlf).toEqual(fromLf);
    expect(fromCrlf.map((s) => s.id)).toEqual(seed.map((s) => s.id));
  });

  it('translates every segment from memory and writes the LF outputs with CRLF line ends', async () => {
    for (const name of ['lf', 'crlf']) {
      const result = await run('localize', '--input', join(dir, name), '--out', join(dir, `out-${name}`));
      expect(result.status, result.stderr + result.stdout).toBe(0);
    }
    for (const locale of ['en', 'th', 'zh']) {
      const fromLf = readFileSync(join(dir, `out-lf/${locale}/digital-silk-road.md`), 'utf8');
      const fromCrlf = readFileSync(join(dir, `out-crlf/${locale}/digital-silk-road.md`), 'utf8');
      expect(fromLf).not.toContain('\r');
      expect(fromCrlf.split('\r\n').length).toBe(fromLf.split('\n').length);
      expect(fromCrlf).toBe(fromLf.replaceAll('\n', '\r\n'));
    }
  });
});
