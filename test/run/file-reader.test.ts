// createFileReader (pipeline/run/file-reader.ts): one buffer reused from file to file must still give each file's
// bytes exactly, whatever the order of sizes, including a file larger than the buffer has grown to so far; and the
// manifest check, which reads every release a re-run may leave alone before it starts, leaves no buffer per release behind.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createFileReader } from '../../pipeline/run/file-reader.ts';
import { MANIFEST_VERSION, sha256, type Manifest, type ReleaseRecord } from '../../pipeline/run/manifest.ts';
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

it('reads and hashes every release of the manifest check without a buffer per release', () => {
  // 300 releases of 32 KB: ~9.4 MB of buffers when each is read into its own, which stay until V8 collects them.
  const manifest: Manifest = { version: MANIFEST_VERSION, glossaries: {}, releases: {} };
  const files = Array.from({ length: 300 }, (_, i) => {
    const file = join(dir, `release-${i}.md`);
    writeFileSync(file, `${i}`.padEnd(32 * 1024, 'x'));
    const output = join(dir, `release-${i}.th.md`);
    writeFileSync(output, `${i}`);
    const { size, mtimeMs } = statSync(output);
    const stamp = { path: output, size, mtimeMs, sha256: sha256(readFileSync(output)) };
    // Every other release was edited since its record.
    const sourceHash = i % 2 === 0 ? sha256(readFileSync(file)) : sha256('before');
    manifest.releases[file] = { sourceHash, options: 'k', glossary: 'g', outputs: { th: stamp } } as ReleaseRecord;
    return file;
  });
  const options = { key: 'k', to: ['th' as const], glossary: { terms: [] } as unknown as Glossary };
  const before = process.memoryUsage().arrayBuffers;
  const candidates = checkInputs(files, manifest, { ...options, glossaryKey: 'g', glossaryTerms: {} });
  const grown = process.memoryUsage().arrayBuffers - before;
  expect(candidates.map(({ file }) => file)).toEqual(files.filter((_, i) => i % 2 === 0));
  expect(grown).toBeLessThan(1024 * 1024);
});
