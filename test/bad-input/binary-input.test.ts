// #14 item 8: a file that is not UTF-8 text is refused, not "translated"; a few stray bytes are tolerated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INVALID_UTF8 } from '../../pipeline/parse/read.ts';
import { expectOneCleanLine, filesUnder, localizeIdentity, project } from './cli.ts';

/** Deterministic "random" bytes (xorshift32), as `head -c 4096 /dev/urandom` would give. */
function noise(length: number, seed = 2463534242): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('bad input: binary and non-UTF-8 files', () => {
  it('4 KB of random bytes (with NUL bytes) is refused as not text, nothing written', async () => {
    const bytes = noise(4096);
    expect(bytes.includes(0)).toBe(true);
    const dir = project({ 'x.md': bytes });
    const line = expectOneCleanLine(await localizeIdentity(dir, 'x.md'));
    expect(line).toMatch(/x\.md:\d+: not a text file \(it holds NUL bytes\)/);
    expect(filesUnder(dir, 'out')).toEqual([]);
    expect(filesUnder(dir, 'memory')).toEqual([]);
  });

  it('random bytes without any NUL are refused as not UTF-8', async () => {
    const bytes = noise(4096).map((byte) => byte || 0x80);
    const dir = project({ 'x.md': bytes });
    expect(expectOneCleanLine(await localizeIdentity(dir, 'x.md'))).toMatch(
      /x\.md:\d+: not UTF-8 text \(\d+ invalid byte sequences\)/,
    );
  });

  it('a release saved as Latin-1 (many accented letters) is refused as not UTF-8, naming the first bad line', async () => {
    const text = `---\ntitle: Paris\nlang: en\n---\n\n${'Le café près de la gare ouvre à Noël, après l’été. '.repeat(4)}\n`;
    const dir = project({ 'latin1.md': Buffer.from(text.replace('’', "'"), 'latin1') });
    expect(expectOneCleanLine(await localizeIdentity(dir, 'latin1.md'))).toMatch(/latin1\.md:6: not UTF-8 text/);
  });

  it(`up to ${MAX_INVALID_UTF8} stray invalid bytes are read as U+FFFD, and U+FFFD written as text is not counted`, async () => {
    const head = Buffer.from('---\ntitle: Stray\nlang: en\n---\n\nA price of 5 ', 'utf8');
    const stray = Buffer.from([0xa3]);
    const tail = Buffer.from(` and a replacement character \uFFFD${'\uFFFD'.repeat(20)} kept.\n`, 'utf8');
    const parts = [
      head,
      ...Array.from({ length: MAX_INVALID_UTF8 }, () => Buffer.concat([stray, Buffer.from(' ')])),
      tail,
    ];
    const dir = project({ 'stray.md': Buffer.concat(parts) });
    const result = await localizeIdentity(dir, 'stray.md');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/th/stray.md'), 'utf8')).toContain('A price of 5 \uFFFD \uFFFD');
  });
});
