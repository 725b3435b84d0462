// A keyed memory (the key table beside the index cache) gives every key the target the whole index gives —
// highest state first, the first file in index order on a tie — follows files edited, added or removed after the
// table was written, and is not used when the table is corrupt or from another version.
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReleases } from '../../pipeline/run/index.ts';
import { CACHE_MIN_FILES } from '../../pipeline/tm/index-cache.ts';
import {
  loadMemory,
  lookup,
  openKeyedMemory,
  pairKey,
  wholeMemory,
  type TranslationMemory,
} from '../../pipeline/tm/index.ts';
import { keyTableFile } from '../../pipeline/tm/key-table.ts';
import { stringifyXliff, type TmUnit } from '../../pipeline/tm/xliff.ts';
import type { Locale, TargetState } from '../../pipeline/types.ts';
import { needsShared } from '../support/needs.ts';

const REPO = resolve(import.meta.dirname, '../..');
const OFF = { SILKBRIDGE_CACHE_DIR: 'off' };

let dir: string;
let memory: string;
let cache: NodeJS.ProcessEnv;

function unit(id: string, source: string, target: string, state: TargetState = 'translated'): TmUnit {
  return {
    id,
    source: [{ type: 'text', value: source }],
    target: [{ type: 'text', value: target }],
    state,
    origin: 'pseudo',
  };
}

async function writeTm(release: string, units: TmUnit[], trgLang: Locale = 'th'): Promise<void> {
  await mkdir(join(memory, release), { recursive: true });
  await writeFile(join(memory, release, `${trgLang}.xlf`), stringifyXliff({ release, srcLang: 'en', trgLang, units }));
}

/** A memory of enough files for a cache: ranks and ties across files, and a release whose name sorts before the
 * folder of another as a path but after it as a name (`r1-b/` < `r1/`, `r1` < `r1-b`). */
async function writeMemory(): Promise<void> {
  for (let i = 0; i < CACHE_MIN_FILES; i++) {
    await writeTm(`r${i}`, [
      unit('a', `Sentence ${i}.`, `target ${i}`),
      unit('b', 'Shared.', `shared ${i}`, i === 5 ? 'reviewed' : 'translated'),
      unit('c', 'Tie.', `tie ${i}`),
      // The same source twice in one file: the first unit wins.
      unit('d', 'Twice.', `twice ${i} first`),
      unit('e', 'Twice.', `twice ${i} second`, i === 7 ? 'final' : 'translated'),
    ]);
  }
  await writeTm('r1-b', [unit('a', 'Tie.', 'tie r1-b'), unit('b', 'Only b.', 'only b')]);
  await writeTm('r1', [unit('a', 'Tie.', 'tie r1 zh'), unit('b', 'Shared.', 'shared zh', 'final')], 'zh');
  // Every directory of the shared project's memory, for targets with locks and codes.
  await cp(join(REPO, 'content/translations'), memory, { recursive: true });
}

/** Every key of the whole index, as the keyed memory answers it. */
function keyedIndex(whole: TranslationMemory, keyed: TranslationMemory): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const [pair, entries] of whole.index) {
    const [from, to] = pair.split('>') as [Locale, Locale];
    const answers = new Map<string, unknown>();
    for (const key of entries.keys()) answers.set(key, lookup(keyed, from, to, key));
    out.set(pair, answers);
  }
  return out;
}

async function keyedOrFail(): Promise<TranslationMemory> {
  const keyed = await openKeyedMemory(memory, cache);
  if (!keyed) throw new Error('no keyed memory');
  return keyed;
}

/** A time later than the last write, so a rewrite of the same size still shows. */
async function touch(file: string, seconds: number): Promise<void> {
  const later = new Date(Date.now() + seconds * 1_000);
  await utimes(file, later, later);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'silkbridge-keys-'));
  memory = join(dir, 'memory');
  cache = { SILKBRIDGE_CACHE_DIR: join(dir, 'cache') };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a keyed memory', () => {
  it('gives every key the target of the whole index', async () => {
    await writeMemory();
    expect(await openKeyedMemory(memory, cache)).toBeUndefined(); // no table yet
    const whole = await loadMemory(memory, cache, undefined, true);
    expect(whole.index).toEqual((await loadMemory(memory, OFF)).index);
    const keyed = await keyedOrFail();
    const runs = (from: Locale, to: Locale, key: string) => lookup(keyed, from, to, key)?.runs;
    expect(runs('en', 'th', 'Shared.')).toEqual([{ type: 'text', value: 'shared 5' }]);
    expect(runs('en', 'th', 'Tie.')).toEqual([{ type: 'text', value: 'tie 0' }]);
    expect(runs('en', 'zh', 'Tie.')).toEqual([{ type: 'text', value: 'tie r1 zh' }]);
    expect(runs('en', 'th', 'Twice.')).toEqual([{ type: 'text', value: 'twice 7 second' }]);
    expect(runs('en', 'th', 'Not in the memory.')).toBeUndefined();
    // Looked up key by key: nothing is held but what was asked.
    expect(keyed.index.get(pairKey('en', 'th'))?.size).toBe(3);
    expect(keyedIndex(whole, keyed)).toEqual(whole.index);
  });

  it('follows files edited, added and removed after the table was written', async () => {
    await writeMemory();
    await loadMemory(memory, cache, undefined, true);
    // r0 loses its lead on the tie to r1, which now sorts first (`r1/` after `r1-b/` as a path, before as a name).
    await writeTm('r0', [unit('a', 'Sentence 0.', 'edited 0')]);
    await touch(join(memory, 'r0', 'th.xlf'), 5);
    await writeTm('r1-b', [unit('a', 'Tie.', 'tie r1-b, edited'), unit('b', 'Only b.', 'only b', 'reviewed')]);
    await touch(join(memory, 'r1-b', 'th.xlf'), 5);
    // The reviewed `Shared.` goes; a final one comes in a new file.
    await rm(join(memory, 'r5'), { recursive: true });
    await writeTm('r9-new', [unit('a', 'Shared.', 'shared new', 'final'), unit('b', 'New.', 'new')]);
    const keyed = await keyedOrFail();
    const whole = await loadMemory(memory, OFF);
    expect(keyedIndex(whole, keyed)).toEqual(whole.index);
    const runs = (key: string) => lookup(keyed, 'en', 'th', key)?.runs;
    expect(runs('Sentence 0.')).toEqual([{ type: 'text', value: 'edited 0' }]);
    expect(runs('Tie.')).toEqual([{ type: 'text', value: 'tie 1' }]);
    expect(runs('Shared.')).toEqual([{ type: 'text', value: 'shared new' }]);
    expect(runs('Sentence 5.')).toBeUndefined();
    // The table was brought up to date: the next keyed memory, with nothing to parse, gives the same.
    expect(keyedIndex(whole, await keyedOrFail())).toEqual(whole.index);
    await rm(join(memory, 'r9-new'), { recursive: true });
    const after = await loadMemory(memory, OFF);
    expect(keyedIndex(after, await keyedOrFail())).toEqual(after.index);
    expect(lookup(await keyedOrFail(), 'en', 'th', 'Shared.')?.runs).toEqual([{ type: 'text', value: 'shared 1' }]);
  });

  it('loads the whole index when asked for more than keys, keeping what the run stored', async () => {
    await writeMemory();
    await loadMemory(memory, cache, undefined, true);
    const keyed = await keyedOrFail();
    expect(lookup(keyed, 'en', 'th', 'Sentence 3.')).toBeDefined();
    keyed.index.get(pairKey('en', 'th'))?.set('Stored now.', { runs: [], state: 'translated', origin: 'pseudo' });
    await wholeMemory(keyed);
    expect(keyed.keyed).toBeUndefined();
    expect(keyed.index.get(pairKey('en', 'th'))?.has('Stored now.')).toBe(true);
    expect(keyed.index.get(pairKey('en', 'th'))?.size).toBe(
      ((await loadMemory(memory, OFF)).index.get(pairKey('en', 'th'))?.size ?? 0) + 1,
    );
  });

  it('is not used when its table is corrupt, missing or of another memory; a whole load writes it again', async () => {
    await writeMemory();
    await loadMemory(memory, cache, undefined, true);
    const table = keyTableFile(memory, cache) ?? '';
    // Cut short (a full disk, a cache restored in part): LMDB would die of a bus error reading past its end.
    const whole = await readFile(table);
    await writeFile(table, whole.subarray(0, 3 * 4096));
    expect(await openKeyedMemory(memory, cache)).toBeUndefined();
    // Not LMDB at all: LMDB would die of a segmentation fault.
    await writeFile(table, 'not a table');
    expect(await openKeyedMemory(memory, cache)).toBeUndefined();
    await rm(table);
    await rm(`${table}-lock`, { force: true });
    expect(await openKeyedMemory(memory, cache)).toBeUndefined();
    await loadMemory(memory, cache, undefined, true);
    const index = await loadMemory(memory, OFF);
    expect(keyedIndex(index, await keyedOrFail())).toEqual(index.index);
    // The same cache folder for a memory elsewhere: its table is another file.
    expect(keyTableFile(join(dir, 'other'), cache)).not.toBe(table);
  });

  it('refuses a target that locks a term the glossary does not have, as a whole load does', async () => {
    await writeMemory();
    await writeTm('r2', [
      {
        id: 'a',
        source: [{ type: 'text', value: 'Locked.' }],
        target: [{ type: 'lock', term: 'gone' }],
        state: 'translated',
      },
    ]);
    await loadMemory(memory, cache, undefined, true);
    const keyed = await openKeyedMemory(memory, cache, new Set(['other']));
    expect(() => lookup(keyed as TranslationMemory, 'en', 'th', 'Locked.')).toThrow(/locks the term "gone"/);
    await expect(loadMemory(memory, cache, new Set(['other']))).rejects.toThrow(/locks the term "gone"/);
  });

  it('stays whole when two processes bring it up to date at once (two shards)', async () => {
    await writeMemory();
    await loadMemory(memory, cache, undefined, true);
    for (let i = 0; i < 20; i++) {
      await writeTm(`r${i}`, [unit('a', `Sentence ${i}.`, `again ${i}`), unit('b', 'Shared.', `shared again ${i}`)]);
      await touch(join(memory, `r${i}`, 'th.xlf'), 5);
    }
    const script = `const { openKeyedMemory, lookup } = await import(${JSON.stringify(join(REPO, 'pipeline/tm/index.ts'))});
for (let round = 0; round < 5; round++) {
  const keyed = await openKeyedMemory(${JSON.stringify(memory)}, ${JSON.stringify(cache)});
  if (!keyed || lookup(keyed, 'en', 'th', 'Sentence 3.')?.runs[0]?.value !== 'again 3') process.exit(2);
}`;
    const run = () =>
      new Promise<number | null>((done) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: REPO,
          stdio: 'inherit',
        });
        child.on('exit', done);
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const whole = await loadMemory(memory, OFF);
    expect(keyedIndex(whole, await keyedOrFail())).toEqual(whole.index);
  }, 60_000);

  it.skipIf(!needsShared('bench/gen-corpus'))(
    'gives the targets of a memory a run wrote, as the whole index does',
    async () => {
      execFileSync(process.execPath, [resolve(REPO, '../shared/bench/gen-corpus'), '40', join(dir, 'releases')]);
      await runReleases(
        {
          cwd: dir,
          input: 'releases',
          to: ['th', 'zh'],
          provider: 'pseudo',
          saveMemory: true,
          glossary: join(REPO, 'content/glossary.yaml'),
          memory: 'memory',
          env: { ...cache, SILKBRIDGE_JOBS: '1' },
        },
        async () => undefined,
      );
      const whole = await loadMemory(memory, OFF);
      expect(whole.index.get('en>th')?.size).toBeGreaterThan(CACHE_MIN_FILES);
      // The run wrote 80 files: the table was written from them, as the index cache was.
      expect(keyedIndex(whole, await keyedOrFail())).toEqual(whole.index);
    },
    60_000,
  );
});
