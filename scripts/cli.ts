#!/usr/bin/env node
// The command line: every command declared here, each implemented by a plain async function in commands/.
// One top-level catch: a SilkbridgeError prints one line and exits with its code; anything else is a bug.
// Options left at their default are filled from silkbridge.config.yaml (scripts/config.ts) before the action runs.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { describeError, SilkbridgeError } from '../pipeline/errors.ts';
import { isLocale, LOCALES, type Locale } from '../pipeline/types.ts';
import { parseShard } from '../pipeline/run/shard.ts';
import { CONFIG_FILE, configValue, googleEnv, loadConfig } from './config.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function locale(value: string): Locale {
  if (!isLocale(value))
    throw new InvalidArgumentError(`unknown locale "${value}"; expected one of ${LOCALES.join(', ')}`);
  return value;
}

function locales(value: string): Locale[] {
  return value.split(',').map((part) => locale(part.trim()));
}

/** The options several commands share, declared once. */
const shared = {
  input: () => new Option('--input <path>', 'a Markdown file or a folder of them').default('content/releases'),
  from: () => new Option('--from <locale>', 'source locale when the front matter has no `lang`').argParser(locale),
  to: () =>
    new Option('--to <locales>', 'target locales, comma-separated')
      .argParser(locales)
      .default([...LOCALES], 'th,zh,en'),
  glossary: () => new Option('--glossary <file>', 'glossary file').default('content/glossary.yaml'),
  memory: () =>
    new Option('--memory <dir>', 'translation memory folder (XLIFF per release and locale)').default(
      'content/translations',
    ),
};

const program = new Command('silkbridge')
  .description('Localize press releases into Thai, English and Chinese.')
  .version(version)
  // Commander's own exits (help, version, usage errors) return through `main`, which an in-process caller needs.
  .exitOverride()
  .option('--config <file>', `project settings (default: ${CONFIG_FILE} when present)`)
  .showHelpAfterError()
  .hook('preAction', async (_program, command) => {
    const config = await loadConfig(process.cwd(), program.opts<{ config?: string }>().config);
    for (const option of command.options) {
      const key = option.attributeName();
      const source = command.getOptionValueSource(key);
      if (source === 'cli' || source === 'env') continue;
      const value = configValue(config, command.name(), key);
      if (value !== undefined) command.setOptionValueWithSource(key, value, 'config');
    }
    // The process boundary: the environment wins over the config for Google's project and location.
    Object.assign(process.env, googleEnv(config, process.env));
  });

program
  .command('localize')
  .description('translate every release and write out/<locale>/<slug>.md')
  .addOption(shared.input())
  .addOption(shared.from())
  .addOption(shared.to())
  .option(
    '--provider <ids>',
    'provider chain, comma-separated: memory, google, pseudo, identity (default: memory, or memory,google when Google is configured)',
  )
  .option('--out <dir>', 'output folder', 'out')
  .option('--report <file>', 'write the summary as JSON to <file> (- for standard output)')
  .addOption(shared.glossary())
  .addOption(shared.memory())
  .option('--dry-run', 'send nothing: print what engines would be sent and what it would cost')
  .option('--save-memory', 'also store pseudo/identity targets in the translation memory (engine targets always are)')
  .option(
    '--check',
    'CI gate: send and write nothing; exit 1 when an output under --out is stale or missing or a segment needs an engine',
  )
  .option(
    '--shard <i/n>',
    'only the i-th of n deterministic shares of the releases (a CI matrix of n machines)',
    parseShard,
  )
  .action(async (options) => {
    const { localize } = await import('./commands/localize.ts');
    process.exitCode = await localize({ cwd: process.cwd(), ...options });
  });

program
  .command('segments')
  .description('print the segments of a Markdown file in document order')
  .argument('<file>', 'Markdown file')
  .addOption(shared.from())
  .option('--json', 'print a JSON array of { id, text, block }')
  .addOption(shared.glossary())
  .action(async (file: string, options) => {
    const { segments } = await import('./commands/segments.ts');
    await segments({ cwd: process.cwd(), file, ...options });
  });

program
  .command('glossary:lint')
  .description('validate and lint the glossary: errors stop a run, warnings are listed')
  .addOption(shared.glossary())
  .option('--json', 'print the findings and counts as JSON')
  .action(async (options) => {
    const { glossaryLint } = await import('./commands/glossary-lint.ts');
    process.exitCode = await glossaryLint({ cwd: process.cwd(), ...options });
  });

program
  .command('glossary:diff')
  .description(
    'compare the glossary at a git ref with the working tree: entries, and the sentences whose output changes (no engine)',
  )
  .option('--base <ref>', 'git ref of the old glossary', 'HEAD')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
  .option('--exit-code', 'CI gate: exit 1 when any sentence changes')
  .addOption(shared.glossary())
  .addOption(shared.input())
  .addOption(shared.memory())
  .action(async (options) => {
    const { glossaryDiff } = await import('./commands/glossary-diff.ts');
    process.exitCode = await glossaryDiff({ cwd: process.cwd(), ...options });
  });

program
  .command('glossary:candidates')
  .description('list names and brands in the sources that the glossary lacks, with counts and where they occur')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option(
    '--min-count <n>',
    'only names seen at least this many times',
    (value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
      return n;
    },
    1,
  )
  .addOption(shared.input())
  .addOption(shared.glossary())
  .action(async (options) => {
    const { glossaryCandidates } = await import('./commands/glossary-candidates.ts');
    process.exitCode = await glossaryCandidates({ cwd: process.cwd(), ...options });
  });

program
  .command('qa')
  .description('run the QA checks over the translations in the memory')
  .addOption(shared.input())
  .addOption(shared.from())
  .addOption(shared.to())
  .addOption(shared.glossary())
  .addOption(shared.memory())
  .option('--json', 'print the findings as JSON')
  .action(async (options) => {
    const { qa } = await import('./commands/qa.ts');
    process.exitCode = await qa({ cwd: process.cwd(), ...options });
  });

program
  .command('publish')
  .description(
    'publish every release in every locale to <out>/<locale>/<slug>.{md,html} and <out>/manifest.json, from the memory only',
  )
  .addOption(shared.input())
  .option('--out <dir>', 'output folder, replaced atomically', 'dist')
  .addOption(shared.glossary())
  .addOption(shared.memory())
  .option('--templates <dir>', 'template strings folder (<locale>/release.json)', 'locales')
  .option('--allow-unreviewed', 'also publish engine translations nobody reviewed (refused by default)')
  .option('--base-url <url>', 'where <out> is served from: absolute alternates, sitemap.xml and Atom feeds')
  .option('--layout <name>', 'plain (pages, feeds, sitemap), hugo or astro (content folders)', 'plain')
  .action(async (options) => {
    const { publish } = await import('./commands/publish.ts');
    process.exitCode = await publish({ cwd: process.cwd(), ...options });
  });

program
  .command('review')
  .description('serve the review page on 127.0.0.1: approve, edit and comment on translations in the browser')
  .option(
    '--port <n>',
    'port (0 picks a free one)',
    (value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
      return n;
    },
    4180,
  )
  .option('--reviewer <name>', 'who approves (default: git config user.name)')
  .addOption(shared.input())
  .addOption(shared.memory())
  .addOption(shared.glossary())
  .action(async (options) => {
    const { review } = await import('./commands/review.ts');
    await review({ cwd: process.cwd(), ...options });
  });

program
  .command('review:export')
  .description('write the units to review as XLIFF, one file per release and target locale, for a CAT tool')
  .addOption(shared.to())
  .addOption(
    new Option('--state <state>', 'translated: units not yet approved; all: approved ones too')
      .choices(['translated', 'all'])
      .default('translated'),
  )
  .addOption(
    new Option('--format <format>', 'xliff2 (with mtc matches) or xliff12 (alt-trans)')
      .choices(['xliff2', 'xliff12'])
      .default('xliff2'),
  )
  .requiredOption('--out <dir>', 'folder for <slug>.<locale>.xlf')
  .addOption(shared.input())
  .addOption(shared.memory())
  .addOption(shared.glossary())
  .action(async (options) => {
    const { reviewExport } = await import('./commands/review-export.ts');
    process.exitCode = await reviewExport({ cwd: process.cwd(), ...options });
  });

program
  .command('review:import')
  .description('check translated XLIFF files as a whole and merge them into the memory; any problem refuses the file')
  .argument('<files...>', 'XLIFF 2 or 1.2 files from review:export, translated')
  .option('--reviewer <name>', 'who approves (default: git config user.name)')
  .addOption(
    new Option('--state <state>', 'state of the imported targets')
      .choices(['reviewed', 'translated'])
      .default('reviewed'),
  )
  .addOption(shared.input())
  .addOption(shared.memory())
  .addOption(shared.glossary())
  .action(async (files: string[], options) => {
    const { reviewImport } = await import('./commands/review-import.ts');
    process.exitCode = await reviewImport({ cwd: process.cwd(), files, ...options });
  });

program
  .command('emulator')
  .description(
    'serve a local Cloud Translation v3 emulator on 127.0.0.1 until Ctrl-C (EMULATOR_LATENCY_MS, EMULATOR_FAIL_RATE)',
  )
  .option('--port <n>', 'port (0 picks a free one)', Number, 0)
  .action(async (options: { port: number }) => {
    const { emulator } = await import('./commands/emulator.ts');
    await emulator(options);
  });

/**
 * Runs the command line `args` (what follows `silkbridge`) in this process and returns the exit code. Commands
 * read `process.cwd()` and `process.env` and print on `process.stdout`/`process.stderr`, as when run as a program.
 */
export async function main(args: readonly string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await program.parseAsync([...args], { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof SilkbridgeError) {
      process.stderr.write(`silkbridge: ${describeError(error)}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `silkbridge: internal error — please report it with the command you ran.\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    return 70;
  }
}

// Run as a program (node, tsx, scripts/bin.js), not when imported.
const entry = process.argv[1];
if (entry && existsSync(entry) && realpathSync(entry) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
