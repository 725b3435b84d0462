// `npm run localize`: every release into every target locale, written to out/<locale>/<slug>.md.
// With `check`, a CI gate: the same run with nothing sent or written, comparing what would be written with --out.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../../pipeline/fs.ts';
import type { Finding, Locale } from '../../pipeline/types.ts';
import { formatFinding } from '../../pipeline/findings.ts';
import { defaultProviderSpec } from '../../pipeline/providers/ids.ts';
import { addToTotals, emptyReport, setCost, type LocaleReport } from '../../pipeline/run/report.ts';
import { printSummary, printWarnings } from '../summary.ts';
import { runReleases } from '../../pipeline/run/index.ts';
import type { Shard } from '../../pipeline/run/shard.ts';
import { checkOutputFile, checkPaths, STDOUT } from '../paths.ts';

export interface LocalizeOptions {
  cwd: string;
  input: string;
  from?: Locale;
  to: Locale[];
  provider?: string;
  out: string;
  /** JSON summary file; `-` is standard output. */
  report?: string;
  glossary: string;
  memory: string;
  dryRun?: boolean;
  saveMemory?: boolean;
  /** Send and write nothing; exit 1 when an output is stale or missing or a segment needs an engine. */
  check?: boolean;
  /** Only this share of the releases (`--shard i/n`). */
  shard?: Shard;
  /** Stands in for the tool's version in the re-run manifest (tests). */
  toolVersion?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the summary and warnings go (stderr by default). */
  log?: (line: string) => void;
  /** Where `--report -` writes (stdout by default). */
  stdout?: (text: string) => void;
}

/** Why `--check` fails for one release and locale. */
export interface CheckProblem {
  release: string;
  locale: Locale;
  output: string;
  reason: 'missing' | 'stale' | 'needs-engine' | 'untranslated' | 'qa';
  detail: string;
}

/** Returns the exit code: 0 when every output was written (or, with `check`, is current) and passed QA, else 1. */
export async function localize(options: LocalizeOptions): Promise<number> {
  const { cwd } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stdout = options.stdout ?? ((text: string) => process.stdout.write(text));
  await checkPaths(cwd, [
    ['--input', options.input, 'file-or-dir'],
    ['--glossary', options.glossary, 'file'],
    ['--memory', options.memory, 'dir-or-missing'],
    ['--out', options.out, 'dir-or-missing'],
  ]);
  const reportFile = options.report === undefined ? undefined : await checkOutputFile(cwd, '--report', options.report);
  const check = Boolean(options.check);
  const dryRun = Boolean(options.dryRun) || check;
  const env = options.env ?? process.env;
  const chain = options.provider ?? defaultProviderSpec(env);
  const report = emptyReport(dryRun);
  const warnings: Finding[] = [];
  const stale: CheckProblem[] = [];
  const summary = await runReleases(
    {
      ...options,
      provider: chain,
      dryRun,
      saveMemory: check ? false : options.saveMemory,
      ...(check ? {} : { out: options.out }),
      manifest: {
        out: options.out,
        ...(options.toolVersion !== undefined ? { toolVersion: options.toolVersion } : {}),
        // Reported from its record: the outputs are the files that record says were written, and still are.
        onUnchanged: async ({ file, record }) => {
          const rows: Record<string, LocaleReport> = {};
          for (const locale of options.to) {
            const row = record.rows[locale];
            if (!row) continue;
            // What a re-run would report: the engine's targets are in the memory now, and nothing is sent.
            rows[locale] = { ...row, memory: row.memory + row.engine, engine: 0, chars_sent: 0 };
            addToTotals(report, rows[locale]);
          }
          warnings.push(...record.warnings);
          report.releases.push({
            release: record.slug,
            file: relative(cwd, file),
            source: record.source,
            unchanged: true,
            locales: rows,
          });
        },
      },
    },
    async ({ release, locales }) => {
      const slug = release.doc.slug;
      const rows: Record<string, LocaleReport> = {};
      for (const [locale, result] of locales) {
        if (result.output !== undefined) result.report.output = relative(cwd, result.output);
        rows[locale] = result.report;
        addToTotals(report, result.report);
        for (const finding of result.findings) {
          if (finding.severity === 'error') report.problems.push(formatFinding(finding));
          else warnings.push(finding);
        }
        if (result.missing.length > 0 && !dryRun) {
          const shown = result.missing.slice(0, 5).join(', ') + (result.missing.length > 5 ? ', …' : '');
          const message = `${result.missing.length} segment(s) have no translation (${shown}); ${locale} not written${fillHint(chain)}`;
          report.problems.push(formatFinding({ check: 'missing', severity: 'error', message, release: slug, locale }));
        }
        if (check) {
          const problem = await checkOutput(cwd, join(options.out, locale, `${slug}.md`), result, chain);
          if (problem) stale.push({ release: slug, locale, ...problem });
        }
      }
      report.releases.push({
        release: slug,
        file: relative(cwd, release.doc.path),
        source: release.doc.locale,
        unchanged: false,
        locales: rows,
      });
    },
  );
  report.totals.requests = summary.requests;
  if (!dryRun) {
    report.totals.chars_sent = summary.charsSent;
    setCost(report);
  }
  if (summary.glossaryWarnings.length > 0)
    log(`glossary: ${summary.glossaryWarnings.length} warning(s); \`silkbridge glossary:lint\` lists them`);
  if (reportFile === STDOUT) stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (reportFile !== undefined) await writeFileAtomic(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  if (check) return printCheck(stale, options.out, log);
  printSummary(report, log);
  printWarnings(warnings, log);
  if (dryRun) return 0;
  return report.totals.missing > 0 || report.totals.qa.errors > 0 ? 1 : 0;
}

/** What would fill segments the chain left without a translation: an engine, when the chain has none. */
export function fillHint(chain: string): string {
  const ids = chain
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.includes('google')) return '';
  return `; \`--provider ${[...ids, 'google'].join(',')}\` would fill them (GOOGLE_CLOUD_PROJECT or TRANSLATE_EMULATOR_HOST)`;
}

async function checkOutput(
  cwd: string,
  output: string,
  result: { report: LocaleReport; missing: string[]; findings: Finding[]; markdown?: string },
  chain: string,
): Promise<Omit<CheckProblem, 'release' | 'locale'> | undefined> {
  if (result.report.engine > 0)
    return { output, reason: 'needs-engine', detail: `${result.report.engine} segment(s) would be sent to an engine` };
  if (result.missing.length > 0)
    return {
      output,
      reason: 'untranslated',
      detail: `${result.missing.length} segment(s) have no translation${fillHint(chain)}`,
    };
  const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.check);
  if (errors.length > 0 || result.markdown === undefined)
    return { output, reason: 'qa', detail: `QA error(s): ${[...new Set(errors)].join(', ') || 'does not assemble'}` };
  let current: string;
  try {
    current = await readFile(resolve(cwd, output), 'utf8');
  } catch {
    return { output, reason: 'missing', detail: 'not written yet' };
  }
  if (current !== result.markdown) return { output, reason: 'stale', detail: 'differs from what localize would write' };
  return undefined;
}

function printCheck(problems: CheckProblem[], out: string, log: (line: string) => void): number {
  for (const p of problems) log(`${p.output}: ${p.reason}: ${p.detail}`);
  if (problems.length === 0) {
    log(`check: every output under ${out} is current; nothing needs an engine`);
    return 0;
  }
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.reason, (counts.get(p.reason) ?? 0) + 1);
  const byReason = [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
  log(`check failed: ${problems.length} output(s) under ${out} not current (${byReason}); run \`silkbridge localize\``);
  return 1;
}
