// `localize --shard i/n`: a deterministic share of the releases per CI machine, and shards whose memory files and
// outputs merge without conflict into what one run writes.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../pipeline/errors.ts';
import type { RunReport } from '../../pipeline/run/report.ts';
import { parseShard, shardFiles } from '../../pipeline/run/shard.ts';
import type { Locale } from '../../pipeline/types.ts';
import { localize, type LocalizeOptions } from '../../scripts/commands/localize.ts';
import { GLOSSARY, RELEASES } from '../engine/project.ts';
import { tempProject } from '../localize/helpers.ts';

let dir: string;

beforeEach(() => {
  const files: Record<string, string> = { 'content/glossary.yaml': GLOSSARY };
  // Each release twice over, under another name: enough releases that both of two shards get some.
  for (const [slug, text] of Object.entries(RELEASES)) {
    files[`content/releases/${slug}.md`] = text;
    files[`content/releases/more/${slug}-2.md`] = text;
  }
  dir = tempProject(files);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(name: string, extra: Partial<LocalizeOptions> = {}): Promise<RunReport> {
  const report = `${name}.json`;
  const code = await localize({
    cwd: dir,
    input: 'content/releases',
    to: ['th', 'zh'],
    provider: 'identity',
    saveMemory: true,
    out: `out-${name}`,
    memory: `memory-${name}`,
    glossary: 'content/glossary.yaml',
    report,
    env: { ...process.env, SILKBRIDGE_CACHE_DIR: join(dir, 'cache') },
    log: () => undefined,
    ...extra,
  });
  expect(code).toBe(0);
  return JSON.parse(readFileSync(join(dir, report), 'utf8')) as RunReport;
}

/** Every file under `path` by relative path, with its content. */
function tree(path: string): Map<string, string> {
  const root = join(dir, path);
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(root.length + 1), readFileSync(file, 'utf8')] as const;
      }),
  );
}

/** The union of trees, failing on a path two of them hold with different content (a merge conflict). */
function merge(...trees: Map<string, string>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of trees)
    for (const [path, content] of t) {
      const other = out.get(path);
      if (other !== undefined) expect(content, `${path} differs between shards`).toBe(other);
      out.set(path, content);
    }
  return out;
}

const sorted = (map: Map<string, string>) => [...map].sort(([a], [b]) => a.localeCompare(b));

describe('--shard i/n', () => {
  it('refuses anything but i/n with 1 ≤ i ≤ n, in one line', () => {
    for (const bad of ['0/2', '3/2', '1/0', '2', 'a/b', '1/2/3', '-1/2'])
      expect(() => parseShard(bad), bad).toThrow(UserError);
    expect(() => parseShard('3/2')).toThrow(/--shard must be i\/n with 1 ≤ i ≤ n.*"3\/2"/);
    expect(parseShard('2/3')).toEqual({ index: 2, total: 3 });
  });

  it('gives every release to exactly one shard, the same on every call', () => {
    const files = Array.from({ length: 60 }, (_, i) => `/repo/content/releases/r${i}.md`);
    const shards = [1, 2, 3].map((index) => shardFiles(files, '/repo/content/releases', { index, total: 3 }));
    expect(shards.flat().sort()).toEqual([...files].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(5);
    // By the path under the input folder, not where the checkout is.
    const elsewhere = files.map((f) => f.replace('/repo/', '/ci/work/'));
    expect(shardFiles(elsewhere, '/ci/work/content/releases', { index: 2, total: 3 })).toEqual(
      shards[1]?.map((f) => f.replace('/repo/', '/ci/work/')),
    );
  });

  it('two shards on two machines write memory and outputs that merge into what one run writes', async () => {
    const single = await run('single');
    const [one, two] = await Promise.all([
      run('s1', { shard: { index: 1, total: 2 } }),
      run('s2', { shard: { index: 2, total: 2 } }),
    ]);
    expect(one.releases.length).toBeGreaterThan(0);
    expect(two.releases.length).toBeGreaterThan(0);
    expect([...one.releases, ...two.releases].map((r) => r.release).sort()).toEqual(
      single.releases.map((r) => r.release).sort(),
    );
    expect(sorted(merge(tree('memory-s1'), tree('memory-s2')))).toEqual(sorted(tree('memory-single')));
    expect(sorted(merge(tree('out-s1'), tree('out-s2')))).toEqual(sorted(tree('out-single')));
  });

  it('runs writing the same releases’ other locales into one memory at once lose nothing', async () => {
    await run('single');
    await Promise.all(
      (['th', 'zh'] as Locale[]).flatMap((locale) =>
        [1, 2].map((index) =>
          run(`shared-${locale}-${index}`, {
            to: [locale],
            shard: { index, total: 2 },
            memory: 'memory-shared',
            out: 'out-shared',
          }),
        ),
      ),
    );
    expect(sorted(tree('memory-shared'))).toEqual(sorted(tree('memory-single')));
    expect(sorted(tree('out-shared'))).toEqual(sorted(tree('out-single')));
  });
});
