import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutDir, DIST_MARKER, DIST_MARKER_TEXT, replaceDir } from '../../pipeline/publish/dist.ts';
import { PathEscapeError } from '../../pipeline/publish/paths.ts';
import { snapshot } from './helpers.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'silkbridge-dist-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function previousDist(): Promise<string> {
  const out = join(dir, 'dist');
  await mkdir(join(out, 'th'), { recursive: true });
  await writeFile(join(out, DIST_MARKER), DIST_MARKER_TEXT);
  await writeFile(join(out, 'manifest.json'), '{"releases":{}}\n');
  await writeFile(join(out, 'th', 'old.md'), 'ข่าวเก่า\n');
  return out;
}

describe('replaceDir', () => {
  it('swaps the new folder in and leaves no temp or backup beside it', async () => {
    const out = await previousDist();
    await replaceDir(out, async (writer) => {
      await writer.write('manifest.json', '{}\n');
      await writer.write('zh/new.md', '新\n');
    });
    expect(await snapshot(out)).toEqual({
      [DIST_MARKER]: Buffer.from(DIST_MARKER_TEXT).toString('base64'),
      'manifest.json': Buffer.from('{}\n').toString('base64'),
      'zh/': '',
      'zh/new.md': Buffer.from('新\n').toString('base64'),
    });
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('leaves the previous folder byte for byte when the build fails half-way', async () => {
    const out = await previousDist();
    const before = await snapshot(out);
    await expect(
      replaceDir(out, async (writer) => {
        await writer.write('th/old.md', 'changed\n');
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('refuses a path outside the folder being built, and a file written twice', async () => {
    const out = join(dir, 'dist');
    await expect(replaceDir(out, (writer) => writer.write('../escaped.md', 'x'))).rejects.toThrow(PathEscapeError);
    await expect(replaceDir(out, (writer) => writer.write('/tmp/abs.md', 'x'))).rejects.toThrow(PathEscapeError);
    await expect(
      replaceDir(out, async (writer) => {
        await writer.write('en/a.md', 'x');
        await writer.write('en/a.md', 'y');
      }),
    ).rejects.toThrow(/two outputs/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes a parent folder it created when the build fails', async () => {
    const out = join(dir, 'build', 'dist');
    await expect(
      replaceDir(out, async (writer) => {
        await writer.write('a.md', 'x');
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('checkOutDir', () => {
  it('accepts a new folder or a previous publish', async () => {
    await expect(checkOutDir('dist', dir)).resolves.toBeUndefined();
    await previousDist();
    await expect(checkOutDir('dist', dir)).resolves.toBeUndefined();
  });

  it('refuses folders whose replacement would destroy something else', async () => {
    await mkdir(join(dir, 'content'));
    await writeFile(join(dir, 'content', 'keep.md'), 'x');
    await expect(checkOutDir('.', dir)).rejects.toThrow(/contains the project/);
    await expect(checkOutDir('..', dir)).rejects.toThrow(/contains the project/);
    await expect(checkOutDir('/', dir)).rejects.toThrow(/root/);
    await expect(checkOutDir('content', dir)).rejects.toThrow(/not written by silkbridge publish/);
    await expect(checkOutDir('content/releases/out', dir, [join(dir, 'content/releases')])).rejects.toThrow(/overlaps/);
    expect(await readFile(join(dir, 'content', 'keep.md'), 'utf8')).toBe('x');
  });
});
