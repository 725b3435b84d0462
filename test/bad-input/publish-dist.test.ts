// Issue #14 items 2 and 12: publish replaces only a folder it wrote itself, and cleans up after a killed publish.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIST_MARKER } from '../../pipeline/publish/dist.ts';
import { UserError } from '../../pipeline/errors.ts';
import { CONTACT_RELEASE, makeProject, REPO, removeProject, runPublish, snapshot } from '../publish/helpers.ts';

let dir: string;
beforeEach(async () => {
  dir = await makeProject([{ name: 'office.md', text: CONTACT_RELEASE }]);
});
afterEach(async () => {
  await removeProject(dir);
});

/** Starts a publish build of `out` in another process that writes a file and then hangs; kills it with SIGKILL. */
async function killMidPublish(out: string): Promise<void> {
  const dist = join(REPO, 'pipeline/publish/dist.ts');
  const script = `const { replaceDir } = await import(${JSON.stringify(dist)});
    await replaceDir(${JSON.stringify(out)}, async (w) => {
      await w.write('en/a.md', 'x'.repeat(100000));
      process.stdout.write('written\\n');
      await new Promise(() => setInterval(() => {}, 1000));
    });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (data: Buffer) => {
      if (data.toString().includes('written')) child.kill('SIGKILL');
    });
    child.on('exit', () => done());
    child.on('error', fail);
  });
}

describe('publish output folder (#14 items 2, 12)', () => {
  it('refuses a folder with its own manifest.json that publish did not write, and deletes nothing', async () => {
    const site = join(dir, 'site');
    await mkdir(site);
    await writeFile(join(site, 'index.html'), 'x\n');
    await writeFile(join(site, 'manifest.json'), '{"name":"pwa"}\n');
    const before = await snapshot(site);
    await expect(runPublish(dir, { out: 'site' })).rejects.toThrow(UserError);
    await expect(runPublish(dir, { out: 'site' })).rejects.toThrow(/not written by silkbridge publish/);
    expect(await snapshot(site)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.startsWith('.site'))).toEqual([]);
  });

  it('refuses a folder whose marker file was written by someone else', async () => {
    const site = join(dir, 'site');
    await mkdir(site);
    await writeFile(join(site, DIST_MARKER), 'not ours\n');
    await writeFile(join(site, 'index.html'), 'x\n');
    await expect(runPublish(dir, { out: 'site' })).rejects.toThrow(/not written by silkbridge publish/);
    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe('x\n');
  });

  it('replaces its own previous output', async () => {
    expect((await runPublish(dir)).code).toBe(0);
    expect((await runPublish(dir)).code).toBe(0);
    expect(await readdir(join(dir, 'dist'))).toContain(DIST_MARKER);
  });

  it('removes the temp folder a publish killed with SIGKILL left behind, at the next publish', async () => {
    await killMidPublish(join(dir, 'dist'));
    const left = (await readdir(dir)).filter((name) => name.startsWith('.dist.tmp-'));
    expect(left).toHaveLength(1);
    const result = await runPublish(dir);
    expect(result.code).toBe(0);
    expect(result.err.join('\n')).toContain(left[0]);
    expect((await readdir(dir)).filter((name) => name.startsWith('.dist.'))).toEqual([]);
  });

  it('removes a backup folder of a killed publish, and keeps one of a publish still running', async () => {
    expect((await runPublish(dir)).code).toBe(0);
    const dead = join(dir, `.dist.old-${2 ** 22 + 1}-abcdef`);
    const running = join(dir, `.dist.old-${process.ppid}-abcdef`);
    for (const folder of [dead, running]) {
      await mkdir(folder);
      await writeFile(join(folder, DIST_MARKER), await readFile(join(dir, 'dist', DIST_MARKER)));
    }
    expect((await runPublish(dir)).code).toBe(0);
    expect((await readdir(dir)).filter((name) => name.startsWith('.dist.'))).toEqual([
      `.dist.old-${process.ppid}-abcdef`,
    ]);
  });

  it('leaves a folder named like a leftover alone when it holds files publish did not write', async () => {
    const foreign = join(dir, `.dist.tmp-${2 ** 22 + 1}-abcdef`);
    await mkdir(foreign);
    await writeFile(join(foreign, 'notes.txt'), 'mine\n');
    expect((await runPublish(dir)).code).toBe(0);
    expect(await readFile(join(foreign, 'notes.txt'), 'utf8')).toBe('mine\n');
  });
});
