// `npm run localize`: every release into every target locale, written to out/<locale>/<slug>.md.
import { relative, resolve } from 'node:path';
import { writeFileAtomic } from '../../pipeline/fs.ts';
import type { Locale } from '../../pipeline/types.ts';
import { formatFinding } from '../../pipeline/findings.ts';
import { addToTotals, emptyReport, setCost, type LocaleReport } from '../../pipeline/run/report.ts';
import { printSummary } from '../summary.ts';
import { runReleases } from '../../pipeline/run/index.ts';

export interface LocalizeOptions {
  cwd: string;
  input: string;
  from?: Locale;
  to: Locale[];
  provider?: string;
  out: string;
  report?: string;
  glossary: string;
  memory: string;
  dryRun?: boolean;
  saveMemory?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Where the summary goes (stdout by default). */
  log?: (line: string) => void;
}

/** Returns the exit code: 0 when every output was written and passed QA, 1 otherwise. */
export async function localize(options: LocalizeOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const report = emptyReport(Boolean(options.dryRun));
  const summary = await runReleases(options, async ({ release, locales }) => {
    const rows: Record<string, LocaleReport> = {};
    for (const [locale, result] of locales) {
      if (result.output !== undefined) result.report.output = relative(options.cwd, result.output);
      rows[locale] = result.report;
      addToTotals(report, result.report);
      for (const finding of result.findings)
        if (finding.severity === 'error') report.problems.push(formatFinding(finding));
      if (result.missing.length > 0 && !options.dryRun) {
        const shown = result.missing.slice(0, 5).join(', ') + (result.missing.length > 5 ? ', …' : '');
        const message = `${result.missing.length} segment(s) have no translation (${shown}); ${locale} not written`;
        report.problems.push(
          formatFinding({ check: 'missing', severity: 'error', message, release: release.doc.slug, locale }),
        );
      }
    }
    report.releases.push({
      release: release.doc.slug,
      file: relative(options.cwd, release.doc.path),
      source: release.doc.locale,
      locales: rows,
    });
  });
  report.totals.requests = summary.requests;
  if (!options.dryRun) {
    report.totals.chars_sent = summary.charsSent;
    setCost(report);
  }
  if (summary.glossaryWarnings.length > 0)
    log(`glossary: ${summary.glossaryWarnings.length} warning(s); \`npm run glossary:lint\` lists them`);
  printSummary(report, log);
  if (options.report)
    await writeFileAtomic(resolve(options.cwd, options.report), `${JSON.stringify(report, null, 2)}\n`);
  if (options.dryRun) return 0;
  return report.totals.missing > 0 || report.totals.qa.errors > 0 ? 1 : 0;
}
