// `node --import tsx bench/reruns.ts [N] [--runs R] [--against DIR] [--glossary]`: only the re-run phases of
// bench/run.ts (nothing changed, one sentence edited; with --glossary also one glossary form changed and, for its
// allowance, a run of the same state with no outputs), against the remark round trip of the same N releases, in
// minutes rather than the whole bench's quarter hour. With --against, the same phases of another checkout (e.g.
// /work/main), alternated with this one's run by run, each on its own copy of the corpus, memory, outputs and
// manifest.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { startEmulator } from '../emulator/server.ts';
import {
  check,
  cliRun,
  measure,
  median,
  nodeScript,
  REPO,
  restoreDirs,
  saveDirs,
  type Measurement,
} from './measure.ts';
import { changeThaiForm, editOneSentence } from './scenarios.ts';

const GEN_CORPUS = resolve(REPO, '../shared/bench/gen-corpus');
const GLOSSARY = join(REPO, 'content/glossary.yaml');
const LOCALES = ['th', 'zh'] as const;

const program = new Command('reruns')
  .argument('[N]', 'releases', '1000')
  .option('--runs <r>', 'runs of each phase', '3')
  .option('--against <dir>', 'another checkout to alternate with')
  .option('--glossary', 'also one glossary form changed, and a run with no outputs (all processed)')
  .parse(process.argv);
const opts = program.opts<{ runs: string; against?: string; glossary?: boolean }>();
const n = Number(program.processedArgs[0]);
const runs = Number(opts.runs);
const log = (line: string) => process.stderr.write(`${line}\n`);
const work = join(REPO, '.bench', `reruns-${n}`);

interface Variant {
  name: string;
  repo: string;
  dir: string;
  env: NodeJS.ProcessEnv;
}

function localize(variant: Variant, extra: NodeJS.ProcessEnv, glossary = GLOSSARY) {
  const args = ['localize', '--to', LOCALES.join(','), '--provider', 'memory,google'];
  args.push('--memory', join(variant.dir, 'memory'), '--input', join(variant.dir, 'corpus'));
  args.push('--out', join(variant.dir, 'out'), '--glossary', glossary, '--report', join(variant.dir, 'report.json'));
  // A checkout without scripts/run.js (before the command line bundle) runs it through tsx.
  const spec = existsSync(join(variant.repo, 'scripts/run.js'))
    ? cliRun(args, { ...variant.env, ...extra })
    : nodeScript('scripts/cli.ts', args, { ...variant.env, ...extra });
  return { ...spec, cwd: variant.repo };
}

function processed(variant: Variant): number {
  const report = JSON.parse(readFileSync(join(variant.dir, 'report.json'), 'utf8')) as {
    releases: { unchanged: boolean }[];
    totals: { chars_sent: number };
  };
  return report.releases.filter((release) => !release.unchanged).length;
}

/** The state a re-run starts from, copied aside once and put back before each run. */
const STATE = ['corpus', 'memory', 'out', 'cache'];
function save(variant: Variant, as: string): void {
  saveDirs(
    STATE.map((part) => join(variant.dir, part)),
    join(variant.dir, `saved-${as}`),
  );
}
function restore(variant: Variant, from: string): void {
  restoreDirs(
    STATE.map((part) => join(variant.dir, part)),
    join(variant.dir, `saved-${from}`),
  );
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const corpus = join(work, 'corpus');
  if (!existsSync(corpus) || readdirSync(corpus).filter((f) => f.endsWith('.md')).length !== n) {
    rmSync(corpus, { recursive: true, force: true });
    execFileSync(process.execPath, [GEN_CORPUS, String(n), corpus], { stdio: 'ignore' });
  }
  const variants: Variant[] = [{ name: 'this', repo: REPO, dir: join(work, 'this'), env: {} }];
  if (opts.against)
    variants.unshift({ name: 'against', repo: resolve(opts.against), dir: join(work, 'against'), env: {} });
  const changedGlossary = join(work, 'glossary-changed.yaml');
  if (opts.glossary) changeThaiForm(GLOSSARY, changedGlossary);
  const emulator = await startEmulator({ port: 0 });
  const env = { TRANSLATE_EMULATOR_HOST: `127.0.0.1:${emulator.port}` };
  const results = new Map<string, Measurement[]>();
  const add = (key: string, m: Measurement) => results.set(key, [...(results.get(key) ?? []), m]);
  try {
    for (const variant of variants) {
      log(`${variant.name}: first run (engine chain, outputs written) …`);
      rmSync(variant.dir, { recursive: true, force: true });
      mkdirSync(variant.dir, { recursive: true });
      cpSync(corpus, join(variant.dir, 'corpus'), { recursive: true });
      variant.env = { ...env, SILKBRIDGE_CACHE_DIR: join(variant.dir, 'cache') };
      check('first run', await measure(localize(variant, {})));
      save(variant, 'base');
      await editOneSentence(corpus, join(variant.dir, 'corpus'), GLOSSARY, LOCALES);
      save(variant, 'edited');
    }
    for (let run = 0; run < runs; run++) {
      const remark = nodeScript('bench/remark-limit.ts', [corpus, join(work, 'out-remark')]);
      add('remark', check('remark', await measure(remark)));
      for (const variant of variants) {
        restore(variant, 'base');
        add(`${variant.name} unchanged`, check('unchanged', await measure(localize(variant, {}))));
        log(`${variant.name} unchanged: ${processed(variant)} processed`);
        if (opts.glossary) {
          restore(variant, 'base');
          add(`${variant.name} glossary`, check('glossary', await measure(localize(variant, {}, changedGlossary))));
          log(`${variant.name} glossary: ${processed(variant)} processed`);
          restore(variant, 'base');
          rmSync(join(variant.dir, 'out'), { recursive: true, force: true });
          add(`${variant.name} no outputs`, check('no outputs', await measure(localize(variant, {}))));
          log(`${variant.name} no outputs: ${processed(variant)} processed`);
        }
        restore(variant, 'edited');
        add(`${variant.name} edit`, check('edit', await measure(localize(variant, {}))));
        log(`${variant.name} edit: ${processed(variant)} processed`);
      }
    }
  } finally {
    await emulator.stop();
  }
  const remark = results.get('remark') ?? [];
  const rw = median(remark.map((m) => m.wall));
  const rc = median(remark.map((m) => m.cpu ?? Number.NaN));
  const fmt = (ms: Measurement[]) =>
    `wall ${ms.map((m) => m.wall.toFixed(2)).join(' ')} s, cpu ${ms.map((m) => (m.cpu ?? Number.NaN).toFixed(2)).join(' ')} s`;
  process.stdout.write(`N = ${n}, ${runs} run(s); remark round trip: ${fmt(remark)}\n`);
  for (const [key, ms] of results) {
    if (key === 'remark') continue;
    const w = median(ms.map((m) => m.wall));
    const c = median(ms.map((m) => m.cpu ?? Number.NaN));
    process.stdout.write(
      `${key.padEnd(18)} ${fmt(ms)}; median / remark: wall ${(w / rw).toFixed(3)}, cpu ${(c / rc).toFixed(3)}\n`,
    );
  }
}

await main();
