// `node --import tsx bench/rss-scale.ts [N] [--runs R] [--scale M] [--data DIR] [--against DIR]`: only the peak
// memory phases of bench/run.ts (a warm th+zh run on the first M releases and on the corpus twice over, N × 2),
// with wall and CPU seconds, in minutes rather than the whole bench's quarter hour. With --against, the same runs
// of another checkout (e.g. /work/main), alternated with this one's run by run, each writing its own outputs and
// caches; the corpus and the memory (which a warm run only reads) are the bench's, from `npm run bench -- N`.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { check, cliRun, measure, median, REPO, type Measurement } from './measure.ts';

const program = new Command('rss-scale')
  .argument('[N]', 'releases of the bench corpus', '1000')
  .option('--runs <r>', 'runs of each phase and checkout', '3')
  .option('--scale <m>', 'the small run: the first M releases', '200')
  .option('--data <dir>', "the bench's folder with corpus-twice, corpus-M and memory (default .bench/bench-N)")
  .option('--against <dir>', 'another checkout to alternate with')
  .parse(process.argv);
const opts = program.opts<{ runs: string; scale: string; data?: string; against?: string }>();
const n = Number(program.processedArgs[0]);
const runs = Number(opts.runs);
const data = resolve(opts.data ?? join(REPO, '.bench', `bench-${n}`));
const work = join(REPO, '.bench', `rss-scale-${n}`);
const log = (line: string) => process.stderr.write(`${line}\n`);

const corpora = { small: join(data, `corpus-${opts.scale}`), twice: join(data, 'corpus-twice') };
for (const dir of [...Object.values(corpora), join(data, 'memory')])
  if (!existsSync(dir) || readdirSync(dir).length === 0)
    program.error(`${dir} is missing: run \`npm run bench -- ${n}\` first, or pass --data`, { exitCode: 2 });

const checkouts = [{ name: 'this', repo: REPO }];
if (opts.against) checkouts.unshift({ name: 'against', repo: resolve(opts.against) });

/** As the bench runs it: each phase its own outputs, so its own manifest (keyed by the memory and --out). */
function warmRun(repo: string, name: string, phase: string, corpus: string) {
  const dir = join(work, name);
  const out = join(dir, `out-${phase}`);
  rmSync(out, { recursive: true, force: true });
  const args = ['localize', '--to', 'th,zh', '--provider', 'memory', '--memory', join(data, 'memory')];
  args.push('--input', corpus, '--out', out, '--glossary', join(repo, 'content/glossary.yaml'));
  args.push('--report', join(dir, `report-${phase}.json`));
  return { ...cliRun(args, { SILKBRIDGE_CACHE_DIR: join(dir, 'cache') }), cwd: repo };
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const results = new Map<string, Measurement[]>();
  // One run of each first, unmeasured: it builds each checkout's memory index cache and command line bundle, and
  // leaves each phase the manifest of a run like itself, as in the bench.
  for (const { name, repo } of checkouts)
    for (const [phase, corpus] of Object.entries(corpora))
      check('warm-up', await measure(warmRun(repo, name, phase, corpus)));
  for (let run = 0; run < runs; run++)
    for (const [phase, corpus] of Object.entries(corpora))
      for (const { name, repo } of checkouts) {
        const m = check(`${name} ${phase}`, await measure(warmRun(repo, name, phase, corpus)));
        results.set(`${name} ${phase}`, [...(results.get(`${name} ${phase}`) ?? []), m]);
        log(`${name} ${phase}: ${m.rssMb?.toFixed(0)} MB, ${m.cpu?.toFixed(2)} CPU s, ${m.wall.toFixed(2)} s`);
      }
  const list = (ms: Measurement[], f: (m: Measurement) => number | null, digits: number) =>
    ms.map((m) => f(m)?.toFixed(digits) ?? '?').join(' / ');
  const med = (ms: Measurement[], f: (m: Measurement) => number | null) => median(ms.map((m) => f(m) ?? Number.NaN));
  process.stdout.write(`N = ${opts.scale} and ${2 * n} (the corpus twice), ${runs} alternated run(s)\n`);
  for (const [key, ms] of results)
    process.stdout.write(
      `${key.padEnd(14)} peak RSS ${list(ms, (m) => m.rssMb, 0)} MB; CPU ${list(ms, (m) => m.cpu, 2)} s; wall ${list(ms, (m) => m.wall, 2)} s\n`,
    );
  for (const { name } of checkouts) {
    const small = med(results.get(`${name} small`) ?? [], (m) => m.rssMb);
    const twice = med(results.get(`${name} twice`) ?? [], (m) => m.rssMb);
    process.stdout.write(
      `${name}: median peak RSS ${small.toFixed(0)} → ${twice.toFixed(0)} MB: ${(100 * (twice / small - 1)).toFixed(1)} %\n`,
    );
  }
}

await main();
