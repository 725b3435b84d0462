// The run on worker threads (scripts/release-pool.ts) gives byte for byte what the run in one thread gives: the
// outputs, the report, the translation memory, and the same error, after the same releases, for a bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { localize } from '../../scripts/commands/localize.ts';
import { runReleases } from '../../pipeline/run/index.ts';
import { needsShared } from '../support/needs.ts';

const REPO = resolve(import.meta.dirname, '../..');
const GEN_CORPUS = resolve(REPO, '../shared/bench/gen-corpus');
const HAS_GEN_CORPUS = needsShared('bench/gen-corpus');
const GLOSSARY = join(REPO, 'content/glossary.yaml');
const RELEASES = 36;

let dir: string;
let emulator: Emulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'silkbridge-workers-'));
  if (HAS_GEN_CORPUS) execFileSync(process.execPath, [GEN_CORPUS, String(RELEASES), join(dir, 'releases')]);
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root`, relative path → content. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out.set(
        join(entry.parentPath, entry.name).slice(root.length),
        await readFile(join(entry.parentPath, entry.name), 'utf8'),
      );
  }
  return out;
}

async function run(name: string, jobs: string, provider: string, input = 'releases') {
  const lines: string[] = [];
  const code = await localize({
    cwd: dir,
    input,
    to: ['th', 'zh'],
    provider,
    out: `${name}/out`,
    report: `${name}/report.json`,
    glossary: GLOSSARY,
    memory: `${name}/memory`,
    env: { SILKBRIDGE_JOBS: jobs, TRANSLATE_EMULATOR_HOST: `127.0.0.1:${emulator.port}` },
    log: (line) => lines.push(line),
  });
  const report = (await readFile(join(dir, name, 'report.json'), 'utf8')).replaceAll(`${name}/`, '');
  return {
    code,
    report,
    out: await snapshot(join(dir, name, 'out')),
    memory: await snapshot(join(dir, name, 'memory')).catch(() => new Map()),
  };
}

/** The one-thread pseudo run, made once: two tests compare with it. */
let pseudoOne: ReturnType<typeof run> | undefined;
const onePseudo = () => {
  pseudoOne ??= run('pseudo-1', '1', 'pseudo');
  return pseudoOne;
};

describe.skipIf(!HAS_GEN_CORPUS)('worker threads', () => {
  it('give the outputs, report and memory of one thread (pseudo, saved to the memory)', async () => {
    const one = await onePseudo();
    const two = await run('pseudo-2', '2', 'pseudo');
    expect(one.code).toBe(0);
    expect(one.out.size).toBe(2 * RELEASES);
    expect(two.code).toBe(one.code);
    expect(two.report).toBe(one.report);
    expect(two.out).toEqual(one.out);
  }, 120_000);

  it('give the outputs, report and memory of one thread on the engine path (emulator)', async () => {
    const one = await run('google-1', '1', 'google');
    const two = await run('google-2', '2', 'google');
    expect(one.memory.size).toBe(2 * RELEASES);
    expect(two.report).toBe(one.report);
    expect(two.out).toEqual(one.out);
    expect(two.memory).toEqual(one.memory);
  }, 120_000);

  it("start under the npm scripts' flags (--expose-gc, tsx preloaded), which a worker may not be given", async () => {
    const cli = join(REPO, 'scripts/cli.ts');
    // tsx by its URL: a bare name is resolved from the working folder, here outside the project.
    const args = [
      '--expose-gc',
      '--import',
      import.meta.resolve('tsx'),
      cli,
      'localize',
      '--input',
      'releases',
      '--to',
      'th,zh',
      '--provider',
      'pseudo',
    ];
    args.push('--out', 'flags/out', '--memory', 'flags/memory', '--glossary', GLOSSARY);
    const result = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SILKBRIDGE_JOBS: '2' },
      timeout: 60_000,
    });
    // The summary on stderr has an "errors" column; a failure prints Error or "internal error".
    expect(result.stderr).not.toMatch(/internal error|Error/);
    expect(result.status).toBe(0);
    expect(await snapshot(join(dir, 'flags', 'out'))).toEqual((await onePseudo()).out);
  }, 120_000);

  it('stop at a bad release with the same error, after reporting the same releases before it', async () => {
    execFileSync('cp', ['-r', join(dir, 'releases'), join(dir, 'bad')]);
    await writeFile(join(dir, 'bad', 'release-00020.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
    const attempt = async (jobs: string) => {
      const seen: string[] = [];
      const error = await runReleases(
        {
          cwd: dir,
          input: 'bad',
          to: ['th', 'zh'],
          provider: 'pseudo',
          glossary: GLOSSARY,
          memory: `bad-${jobs}/memory`,
          env: { SILKBRIDGE_JOBS: jobs },
        },
        async ({ release }) => void seen.push(release.doc.slug),
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      return { seen, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    };
    const one = await attempt('1');
    expect(one.seen).toHaveLength(19);
    expect(one.message).toMatch(/^UserError: .*release-00020\.md:2: invalid YAML front matter/);
    expect(await attempt('2')).toEqual(one);
  }, 120_000);
});
