// The run summary on the terminal: one row per release and locale, the totals, the cost and the problems.
import { type RunReport, USD_PER_CHAR } from '../pipeline/run/report.ts';
import type { Finding } from '../pipeline/types.ts';

const COLUMNS = [
  'release',
  'locale',
  'segments',
  'memory',
  'engine',
  'local',
  'missing',
  'fuzzy',
  'chars',
  'errors',
  'warnings',
  'output',
] as const;

export function printSummary(report: RunReport, log: (line: string) => void, maxRows = 200): void {
  const rows: string[][] = [];
  for (const release of report.releases) {
    for (const [locale, r] of Object.entries(release.locales)) {
      rows.push(
        [
          release.release,
          locale,
          r.segments,
          r.memory,
          r.engine,
          r.local,
          r.missing,
          r.fuzzy,
          r.chars_sent,
          r.qa.errors,
          r.qa.warnings,
          release.unchanged && r.output
            ? `${r.output} (unchanged)`
            : (r.output ?? (report.dry_run ? '(dry run)' : 'NOT WRITTEN')),
        ].map(String),
      );
    }
  }
  const t = report.totals;
  const shown = rows.length > maxRows ? rows.slice(0, maxRows) : rows;
  const total = [
    'total',
    '',
    t.segments,
    t.memory,
    t.engine,
    t.local,
    t.missing,
    t.fuzzy,
    t.chars_sent,
    t.qa.errors,
    t.qa.warnings,
    '',
  ].map(String);
  const widths = COLUMNS.map((column, i) =>
    Math.max(column.length, ...[...shown, total].map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i >= 2 && i <= 10 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  log('');
  log(line(COLUMNS));
  for (const row of shown) log(line(row));
  if (rows.length > shown.length) log(`… ${rows.length - shown.length} more rows (see --report)`);
  log(line(total));
  const unchanged = report.releases.filter((release) => release.unchanged).length;
  if (unchanged > 0)
    log(
      `${unchanged} of ${report.releases.length} release(s) unchanged since the run that wrote their outputs: not parsed again`,
    );
  const cost = `$${(t.chars_sent * USD_PER_CHAR).toFixed(4)} at $20 per million characters`;
  if (report.dry_run)
    log(`dry run: engines would be sent ${t.chars_sent} characters, ${cost}; nothing was sent or written`);
  else log(`engine: sent ${t.chars_sent} characters in ${t.requests} request(s), ${cost}`);
  if (report.problems.length > 0) {
    log('');
    log(`${report.problems.length} problem(s):`);
    for (const problem of report.problems.slice(0, 100)) log(problem);
    if (report.problems.length > 100) log(`… ${report.problems.length - 100} more (see --report)`);
  }
}

/** The QA warnings named: per release and locale, which checks fired and how often. */
export function printWarnings(warnings: readonly Finding[], log: (line: string) => void, maxRows = 20): void {
  if (warnings.length === 0) return;
  const groups = new Map<string, Map<string, number>>();
  for (const w of warnings) {
    const where = [w.release, w.locale].filter(Boolean).join(' ');
    const checks = groups.get(where) ?? new Map<string, number>();
    checks.set(w.check, (checks.get(w.check) ?? 0) + 1);
    groups.set(where, checks);
  }
  log('');
  log(`${warnings.length} QA warning(s) (\`silkbridge qa\` lists each):`);
  const rows = [...groups];
  for (const [where, checks] of rows.slice(0, maxRows))
    log(`  ${where}: ${[...checks].map(([check, n]) => `${check} ${n}`).join(', ')}`);
  if (rows.length > maxRows) log(`  … ${rows.length - maxRows} more (see \`silkbridge qa --json\`)`);
}
