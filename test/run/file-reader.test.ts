// createFileReader (pipeline/run/file-reader.ts): one buffer reused from file to file must still give each file's
// bytes exactly, whatever the order of sizes, including a file larger than the buffer has grown to so far; and the
// manifest check, which reads every release before a run starts, leaves no buffer per release behind.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createFileReader } from '../../pipeline/run/file-reader.ts';
import { MANIFEST_VERSION, sha256 } from '../../pipeline/run/manifest.ts';
import { checkInputs } from '../../pipeline/run/unchanged.ts';
import type { Glossary } from '../../pipeline/lock/glossary.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'silkbridge-reader-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('reads each file whole, larger and smaller ones in turn, into one buffer', () => {
  const sizes = [10, 200_000, 0, 65_536, 3, 1_048_576, 70_000];
  const files = sizes.map((size, i) => {
    const file = join(dir, `f${i}.md`);
    writeFileSync(file, Buffer.from(Array.from({ length: size }, (_, at) => (at * 31 + i) % 251)));
    return file;
  });
  const read = createFileReader();
  for (const file of files) expect(Buffer.compare(read(file), readFileSync(file))).toBe(0);
});

it('throws for a file it cannot open, and reads the next one', () => {
  const read = createFileReader();
  expect(() => read(join(dir, 'missing.md'))).toThrow(/ENOENT/);
  writeFileSync(join(dir, 'a.md'), 'ก่อน');
  expect(read(join(dir, 'a.md')).toString('utf8')).toBe('ก่อน');
});

it('hashes every release of the manifest check without a buffer per release', () => {
  // 300 releases of 32 KB: ~9.4 MB of buffers when each is read into its own, which stay until V8 collects them.
  const files = Array.from({ length: 300 }, (_, i) => {
    const file = join(dir, `release-${i}.md`);
    writeFileSync(file, `${i}`.padEnd(32 * 1024, 'x'));
    return file;
  });
  const manifest = { version: MANIFEST_VERSION, glossaries: {}, releases: {} };
  const options = { key: 'k', to: ['th' as const], glossary: { terms: [] } as unknown as Glossary };
  const before = process.memoryUsage().arrayBuffers;
  const { sourceHashes } = checkInputs(files, manifest, { ...options, glossaryKey: 'g', glossaryTerms: {} });
  const grown = process.memoryUsage().arrayBuffers - before;
  expect(sourceHashes.get(files[7] as string)).toBe(sha256(readFileSync(files[7] as string)));
  expect(sourceHashes.size).toBe(300);
  expect(grown).toBeLessThan(1024 * 1024);
});
