// The index cache of a large memory gives the index that parsing every file gives, follows a changed file, and is
// ignored when corrupt; a small memory gets no cache. A run that writes the memory leaves the cache current, from
// the files as it wrote them, so that the next run parses none of them.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MIN_FILES, cacheFile } from '../../pipeline/tm/index-cache.ts';
import { loadMemory, lookup, markWritten, refreshIndexCache } from '../../pipeline/tm/index.ts';
import { runReleases } from '../../pipeline/run/index.ts';
import { stringifyXliff, type TmFile } from '../../pipeline/tm/xliff.ts';
import { needsShared } from '../support/needs.ts';

const REPO = resolve(import.meta.dirname, '../..');

let dir: string;
let memory: string;
let cache: NodeJS.ProcessEnv;
const OFF = { SILKBRIDGE_CACHE_DIR: 'off' };

function tm(release: number, target: string): TmFile {
  return {
    release: `r${release}`,
    srcLang: 'en',
    trgLang: 'th',
    units: [
      {
        id: 'a',
        source: [{ type: 'text', value: `Sentence ${release}.` }],
        target: [{ type: 'text', value: target }],
        state: 'translated',
        origin: 'pseudo',
      },
      // The same source in every file: the first file read wins the tie, the reviewed one wins outright.
      {
        id: 'b',
        source: [{ type: 'text', value: 'Shared.' }],
        target: [{ type: 'text', value: `shared ${release}` }],
        state: release === 5 ? 'reviewed' : 'translated',
      },
    ],
  };
}

async function writeMemory(files: number): Promise<void> {
  for (let i = 0; i < files; i++) {
    await mkdir(join(memory, `r${i}`), { recursive: true });
    await writeFile(join(memory, `r${i}`, 'th.xlf'), stringifyXliff(tm(i, `target ${i}`)));
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'silkbridge-cache-'));
  memory = join(dir, 'memory');
  cache = { SILKBRIDGE_CACHE_DIR: join(dir, 'cache') };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the memory index cache', () => {
  it('gives the index of the files, written once and read back', async () => {
    await writeMemory(CACHE_MIN_FILES + 6);
    const parsed = await loadMemory(memory, OFF);
    expect(lookup(parsed, 'en', 'th', 'Shared.')?.runs).toEqual([{ type: 'text', value: 'shared 5' }]);
    expect((await loadMemory(memory, cache)).index).toEqual(parsed.index);
    expect(await readdir(join(dir, 'cache'))).toEqual([cacheFile(memory, cache)?.split('/').pop()]);
    // `Shared.` is in every file but stored once; each file's own sentence once.
    const stored = JSON.parse(await readFile(cacheFile(memory, cache) ?? '', 'utf8')) as { keys: string[] };
    expect(stored.keys.filter((key) => key === 'Shared.')).toHaveLength(1);
    expect(stored.keys).toHaveLength(CACHE_MIN_FILES + 6 + 1);
    expect((await loadMemory(memory, cache)).index).toEqual(parsed.index);
  });

  it('parses a file again when it changed, and ignores a corrupt cache', async () => {
    await writeMemory(CACHE_MIN_FILES);
    await loadMemory(memory, cache);
    const file = join(memory, 'r3', 'th.xlf');
    await writeFile(file, stringifyXliff(tm(3, 'changed target')));
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const changed = await loadMemory(memory, cache);
    expect(lookup(changed, 'en', 'th', 'Sentence 3.')?.runs).toEqual([{ type: 'text', value: 'changed target' }]);
    expect(changed.index).toEqual((await loadMemory(memory, OFF)).index);
    await writeFile(cacheFile(memory, cache) ?? '', '{"version":1,"dir":');
    expect((await loadMemory(memory, cache)).index).toEqual(changed.index);
  });

  it('is not written for a small memory', async () => {
    await writeMemory(3);
    await loadMemory(memory, cache);
    await expect(readdir(join(dir, 'cache'))).rejects.toThrow();
  });

  it('is refreshed from the files a run wrote, as written, when they are many', async () => {
    await writeMemory(CACHE_MIN_FILES);
    await loadMemory(memory, cache);
    const path = cacheFile(memory, cache) ?? '';
    const later = new Date(Date.now() + 5_000);
    const written = new Map<string, TmFile>();
    for (let i = 0; i < CACHE_MIN_FILES; i++) {
      const file = join(memory, `r${i}`, 'th.xlf');
      await writeFile(file, stringifyXliff(tm(i, `written ${i}`)));
      await utimes(file, later, later);
      // What the run holds for the stamp it wrote is what the cache takes, not a parse of the file: here the two
      // differ on purpose.
      const held = tm(i, `held ${i}`);
      markWritten(held, await stat(file));
      written.set(file, held);
    }
    // Another writer rewrote r5 after this run: its file, not what the run holds, goes into the cache.
    const other = join(memory, 'r5', 'th.xlf');
    await writeFile(other, stringifyXliff(tm(5, `other writer ${5}`)));
    await utimes(other, new Date(Date.now() + 9_000), new Date(Date.now() + 9_000));
    const few = new Map([...written].slice(0, CACHE_MIN_FILES - 1));
    const untouched = await readFile(path, 'utf8');
    await refreshIndexCache(memory, few, cache);
    expect(await readFile(path, 'utf8')).toBe(untouched);

    await refreshIndexCache(memory, written, cache);
    const stored = JSON.parse(await readFile(path, 'utf8')) as {
      files: { path: string; size: number; mtimeMs: number }[];
    };
    const file = join(memory, 'r3', 'th.xlf');
    const stamp = await stat(file);
    expect(stored.files.find((cached) => cached.path === relative(memory, file))).toMatchObject({
      size: stamp.size,
      mtimeMs: stamp.mtimeMs,
    });
    const reloaded = await loadMemory(memory, cache);
    expect(lookup(reloaded, 'en', 'th', 'Sentence 3.')?.runs).toEqual([{ type: 'text', value: 'held 3' }]);
    expect(lookup(reloaded, 'en', 'th', 'Sentence 5.')?.runs).toEqual([{ type: 'text', value: 'other writer 5' }]);
  });

  it.skipIf(!needsShared('bench/gen-corpus'))(
    'is current after a run that wrote the memory: the next load rewrites nothing and gives the parsed index',
    async () => {
      execFileSync(process.execPath, [
        resolve(REPO, '../shared/bench/gen-corpus'),
        String(CACHE_MIN_FILES / 2),
        join(dir, 'releases'),
      ]);
      const env = { ...cache, SILKBRIDGE_JOBS: '1' };
      await runReleases(
        {
          cwd: dir,
          input: 'releases',
          to: ['th', 'zh'],
          provider: 'pseudo',
          saveMemory: true,
          glossary: join(REPO, 'content/glossary.yaml'),
          memory: 'memory',
          env,
        },
        async () => undefined,
      );
      const path = cacheFile(memory, cache) ?? '';
      const before = await stat(path);
      const loaded = await loadMemory(memory, cache);
      expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
      expect(loaded.index).toEqual((await loadMemory(memory, OFF)).index);
      expect(loaded.index.get('en>th')?.size).toBeGreaterThan(CACHE_MIN_FILES);
    },
    60_000,
  );
});
