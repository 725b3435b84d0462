// The index cache of a large memory gives the index that parsing every file gives, follows a changed file, and is
// ignored when corrupt; a small memory gets no cache.
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MIN_FILES, cacheFile } from '../../pipeline/tm/index-cache.ts';
import { loadMemory, lookup } from '../../pipeline/tm/memory.ts';
import { stringifyXliff, type TmFile } from '../../pipeline/tm/xliff.ts';

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
      { id: 'a', source: [{ type: 'text', value: `Sentence ${release}.` }], target: [{ type: 'text', value: target }], state: 'translated', origin: 'pseudo' },
      // The same source in every file: the first file read wins the tie, the reviewed one wins outright.
      { id: 'b', source: [{ type: 'text', value: 'Shared.' }], target: [{ type: 'text', value: `shared ${release}` }], state: release === 5 ? 'reviewed' : 'translated' },
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
});
