// #14 "very large input": a release over the documented size limit is refused before it is read, so it cannot
// exhaust the machine's memory.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RELEASE_BYTES } from '../../pipeline/parse/read.ts';
import { expectOneCleanLine, filesUnder, localizeIdentity, project } from './cli.ts';

const PARAGRAPH = 'The first shop opens on Monday, and a second one follows in the spring. ';

/** A release of ordinary paragraphs, `bytes` long. */
function release(bytes: number): string {
  const head = '---\ntitle: Large\nlang: en\n---\n\n';
  const body = `${PARAGRAPH.repeat(8)}\n\n`.repeat(Math.ceil(bytes / (PARAGRAPH.length * 8 + 2)));
  return (head + body).slice(0, bytes);
}

describe('bad input: very large releases', () => {
  it('a release one byte over the limit is refused with the limit in the message, nothing written', async () => {
    const dir = project({ 'big.md': release(MAX_RELEASE_BYTES + 1), 'small.md': '# Small\n\nFine.\n' });
    const result = await localizeIdentity(dir, '.');
    expect(expectOneCleanLine(result)).toMatch(
      /big\.md: 1,048,577 bytes is over the 1 MiB \(1,048,576 bytes\) a release may have/,
    );
    expect(filesUnder(dir, 'out')).toEqual([]);
  });

  it('the README states the same limit', async () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Input limits'));
    expect(section).toContain(
      `${MAX_RELEASE_BYTES / 1024 / 1024} MiB (${MAX_RELEASE_BYTES.toLocaleString('en')} bytes)`,
    );
  });
});
