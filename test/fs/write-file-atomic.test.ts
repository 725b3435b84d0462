// writeFileAtomic: the file is replaced whole or not at all, its folder made when missing, and no temp file is
// left behind, whether the write succeeds or fails; the stats it returns are the file's.
import { readdirSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../pipeline/fs.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'silkbridge-fs-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces a file and makes missing folders, leaving only the file', async () => {
    const file = join(dir, 'out', 'th', 'release.md');
    writeFileAtomic(file, 'ก่อน\n');
    writeFileAtomic(file, 'หลัง\n');
    expect(await readFile(file, 'utf8')).toBe('หลัง\n');
    expect(await readdir(join(dir, 'out', 'th'))).toEqual(['release.md']);
  });

  it("returns the written file's size and modification time", () => {
    const files = Array.from({ length: 50 }, (_, i) => join(dir, `f${i}.md`));
    for (const [i, file] of files.entries()) {
      const info = writeFileAtomic(file, `${'ข'.repeat(i)}\n`);
      const onDisk = statSync(file);
      expect([info.size, info.mtimeMs, info.ino]).toEqual([onDisk.size, onDisk.mtimeMs, onDisk.ino]);
      expect(info.size).toBe(Buffer.byteLength(`${'ข'.repeat(i)}\n`));
    }
    expect(readdirSync(dir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });

  it('keeps the old content and leaves no temp file when the rename fails', async () => {
    // A folder where the file should be: the temp file is written, the rename over a folder fails.
    const file = join(dir, 'release.md');
    await mkdir(file);
    await writeFile(join(file, 'keep'), 'old');
    expect(() => writeFileAtomic(file, 'new')).toThrow();
    expect(await readFile(join(file, 'keep'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['release.md']);
  });
});
