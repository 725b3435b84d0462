// The checked glossary kept between runs (pipeline/run/glossary-cache.ts): read back while the file's bytes are the
// same, checked again once they change, and never kept when it has errors.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCheckedGlossary } from '../../pipeline/run/load.ts';

const SEED = join(import.meta.dirname, '../../content/glossary.yaml');
let dir: string;
let file: string;
const env = () => ({ SILKBRIDGE_CACHE_DIR: join(dir, 'cache') });
const cacheEntry = () =>
  join(dir, 'cache', readdirSync(join(dir, 'cache')).find((n) => n.startsWith('glossary-')) ?? '');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'silkbridge-glossary-cache-'));
  file = join(dir, 'glossary.yaml');
  cpSync(SEED, file);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('glossary cache', () => {
  it('gives the same glossary and warnings as checking the file, read back while the file is unchanged', async () => {
    const checked = await loadCheckedGlossary(file);
    const first = await loadCheckedGlossary(file, env());
    expect(first).toEqual(checked);
    // Marked in the cache: the next load must come from it.
    const entry = JSON.parse(readFileSync(cacheEntry(), 'utf8')) as { value: { terms: { note: string }[] } };
    const note = entry.value.terms[0]?.note;
    (entry.value.terms[0] as { note: string }).note = 'from the cache';
    writeFileSync(cacheEntry(), JSON.stringify(entry));
    const second = await loadCheckedGlossary(file, env());
    expect(second.glossary.terms[0]?.note).toBe('from the cache');
    expect(second.glossary.byId.get(second.glossary.terms[0]?.id ?? '')?.note).toBe('from the cache');
    expect(note).not.toBe('from the cache');
  });

  it('checks the file again once it changed', async () => {
    await loadCheckedGlossary(file, env());
    const text = readFileSync(file, 'utf8');
    const id = /^ {2}- id: (\S+)$/m.exec(text)?.[1] ?? '';
    writeFileSync(file, text.replace(`- id: ${id}\n`, `- id: ${id}-renamed\n`));
    const loaded = await loadCheckedGlossary(file, env());
    expect(loaded.glossary.byId.has(`${id}-renamed`)).toBe(true);
    expect(loaded.glossary.byId.has(id)).toBe(false);
  });

  it('keeps no glossary with errors: each run reports them', async () => {
    const text = readFileSync(file, 'utf8');
    const id = /^ {2}- id: (\S+)$/m.exec(text)?.[1] ?? '';
    // The same id twice is an error.
    writeFileSync(
      file,
      `${text.trimEnd()}\n  - id: ${id}\n    type: organization\n    keep: Duplicate\n    status: approved\n`,
    );
    await expect(loadCheckedGlossary(file, env())).rejects.toThrow();
    await expect(loadCheckedGlossary(file, env())).rejects.toThrow();
  });
});
