// editTmFile: edits under the writer lock, each on the file as the previous one left it, so concurrent edits
// lose nothing; a lock left by a dead process is taken over; an edit that returns undefined writes nothing.
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editTmFile } from '../../pipeline/tm/edit.ts';
import { readTmFile } from '../../pipeline/tm/index.ts';
import type { TmFile, TmUnit } from '../../pipeline/tm/xliff.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sb-edit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const unit = (id: string): TmUnit => ({
  id,
  source: [{ type: 'text', value: `Source ${id}.` }],
  target: [{ type: 'text', value: `เป้าหมาย ${id}` }],
  state: 'translated',
  origin: 'google',
});
const empty = (): TmFile => ({ release: 'r', srcLang: 'en', trgLang: 'th', units: [] });

describe('editTmFile', () => {
  it('applies 30 concurrent edits one after the other: every unit is there', async () => {
    const path = join(dir, 'r', 'th.xlf');
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        editTmFile(path, (file) => {
          const tm = file ?? empty();
          return { ...tm, units: [...tm.units, unit(`u${i}`)] };
        }),
      ),
    );
    const ids = (await readTmFile(path))?.units.map((u) => u.id).sort();
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `u${i}`).sort());
  });

  it('keeps notes, reviewer and review time', async () => {
    const path = join(dir, 'r', 'th.xlf');
    const reviewed: TmUnit = {
      ...unit('a'),
      state: 'reviewed',
      notes: [{ category: 'comment', text: 'Check the date & the <name>.' }, { text: 'no category' }],
      reviewer: 'Somchai',
      reviewedAt: '2026-12-05T09:30:00.000Z',
    };
    const written = await editTmFile(path, () => ({ ...empty(), units: [reviewed] }));
    expect(written?.units[0]).toEqual(reviewed);
    expect((await readTmFile(path))?.units[0]).toEqual(reviewed);
  });

  it('writes nothing when the edit returns undefined', async () => {
    const path = join(dir, 'r', 'th.xlf');
    await editTmFile(path, () => ({ ...empty(), units: [unit('a')] }));
    const before = await readFile(path, 'utf8');
    const mtime = (await stat(path)).mtimeMs;
    expect(await editTmFile(path, () => undefined)).toBeUndefined();
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await stat(path)).mtimeMs).toBe(mtime);
  });

  it('takes over a lock left by a killed process', async () => {
    const path = join(dir, 'r', 'th.xlf');
    await mkdir(`${path}.lock`, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    await utimes(`${path}.lock`, old, old);
    await editTmFile(path, () => ({ ...empty(), units: [unit('a')] }));
    expect((await readTmFile(path))?.units.map((u) => u.id)).toEqual(['a']);
  });

  it('refuses a file that is not XLIFF with the file named, and writes nothing', async () => {
    const path = join(dir, 'r', 'th.xlf');
    await mkdir(join(dir, 'r'));
    await writeFile(path, '<html/>');
    await expect(editTmFile(path, () => empty())).rejects.toThrow(`${path}: expected an XLIFF 2.x document`);
    expect(await readFile(path, 'utf8')).toBe('<html/>');
  });
});
