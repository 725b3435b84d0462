// A re-run that processes one edited release of many looks its memory targets up by key (the key table, see
// pipeline/tm/key-table.ts) and never loads the whole index: its cache, made unreadable on purpose, is left as it
// was, where a whole load would have parsed every memory file and written it again. In the real process, as
// `npx silkbridge` starts it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';
import { REPO } from './run-cli.ts';

const RELEASES = 40; // 80 memory files: a memory large enough for a cache, as are the releases for workers

const files: Record<string, string> = {
  'silkbridge.config.yaml': 'input: releases\nlocales: [th, zh]\nglossary: terms.yaml\nmemory: memory\nout: out\n',
  'terms.yaml': TINY_GLOSSARY,
};
for (let i = 0; i < RELEASES; i++)
  files[`releases/r${String(i).padStart(2, '0')}.md`] =
    `---\nlang: en\n---\n\n# Release ${i}\n\nShops in Bangkok take WeChat Pay. Sales rose ${i} percent.\n`;
const dir = tempProject(files);
const cache = join(dir, 'cache');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function localize(): { status: number | null; stderr: string } {
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      join(REPO, 'scripts/run.js'),
      'localize',
      '--provider',
      'memory,pseudo',
      '--save-memory',
      '--report',
      'report.json',
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, SILKBRIDGE_CACHE_DIR: cache, NO_COLOR: '1' },
    },
  );
  return { status: run.status, stderr: run.stderr };
}

function processed(): string[] {
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
    releases: { release: string; unchanged: boolean }[];
  };
  return report.releases.filter((release) => !release.unchanged).map((release) => release.release);
}

describe('a re-run with one edited release', { timeout: 240_000 }, () => {
  it('looks its targets up by key without loading the whole memory index', () => {
    const first = localize();
    expect(first.status, first.stderr).toBe(0);
    const indexCache = readdirSync(cache).find((name) => /^tm-.*\.json$/.test(name));
    expect(indexCache).toBeDefined();
    expect(readdirSync(cache)).toContain(indexCache?.replace(/\.json$/, '.mdb'));

    const release = join(dir, 'releases/r07.md');
    writeFileSync(release, readFileSync(release, 'utf8').replace('Shops in Bangkok', 'Shops in Phuket'));
    const broken = '{"not":"an index"';
    writeFileSync(join(cache, indexCache as string), broken);
    const again = localize();
    expect(again.status, again.stderr).toBe(0);
    expect(processed()).toEqual(['r07']);
    expect(readFileSync(join(dir, 'out/th/r07.md'), 'utf8')).toMatch(/Þĥûûķééţ/); // Phuket, pseudo-translated;
    expect(readFileSync(join(cache, indexCache as string), 'utf8')).toBe(broken);

    // Without the key table the same re-run loads the whole index, which writes the cache again.
    for (const name of readdirSync(cache)) if (name.includes('.mdb')) rmSync(join(cache, name));
    writeFileSync(release, readFileSync(release, 'utf8').replace('Shops in Phuket', 'Shops in Chiang Mai'));
    const whole = localize();
    expect(whole.status, whole.stderr).toBe(0);
    expect(processed()).toEqual(['r07']);
    expect(readFileSync(join(cache, indexCache as string), 'utf8')).not.toBe(broken);
  });
});
