// `npm run qa`: the QA checks alone, over the translations in the memory (no engine, nothing written).
import type { Finding, Locale } from '../../pipeline/types.ts';
import { formatFinding } from '../../pipeline/findings.ts';
import { runReleases } from '../../pipeline/run/index.ts';
import { checkPaths } from '../paths.ts';

export interface QaOptions {
  cwd: string;
  input: string;
  from?: Locale;
  to: Locale[];
  glossary: string;
  memory: string;
  json?: boolean;
  /** Where the findings go (stdout by default): they are the command's data. */
  log?: (line: string) => void;
  /** Where the per-release rows and the counts go (stderr by default). */
  info?: (line: string) => void;
}

/** Exit code 1 when a check reports an error or a translation is missing. */
export async function qa(options: QaOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const info = options.info ?? ((line: string) => process.stderr.write(`${line}\n`));
  await checkPaths(options.cwd, [
    ['--input', options.input, 'file-or-dir'],
    ['--glossary', options.glossary, 'file'],
    ['--memory', options.memory, 'dir'],
  ]);
  const findings: Finding[] = [];
  const rows: string[] = [];
  await runReleases({ ...options, provider: 'memory' }, async ({ release, locales }) => {
    for (const [locale, result] of locales) {
      findings.push(...result.findings);
      for (const id of result.missing) {
        findings.push({
          check: 'missing',
          severity: 'error',
          message: 'no translation in the memory',
          release: release.doc.slug,
          locale,
          segment: id,
        });
      }
      rows.push(
        `${release.doc.slug} ${locale}: ${result.report.segments} segments, ${result.report.qa.errors} error(s), ${result.report.qa.warnings} warning(s), ${result.missing.length} missing`,
      );
    }
  });
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (options.json) log(JSON.stringify(findings, null, 2));
  else {
    for (const finding of findings) log(formatFinding(finding));
    for (const row of rows) info(row);
    info(`qa: ${errors} error(s), ${findings.length - errors} warning(s)`);
  }
  return errors > 0 ? 1 : 0;
}
