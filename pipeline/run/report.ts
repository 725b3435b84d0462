// The run summary: one row per release and locale, as a table on the terminal and as JSON for --report.
export interface LocaleReport {
  segments: number;
  /** Targets from the translation memory. */
  memory: number;
  /** Targets from an engine in this run (or, in a dry run, segments an engine would be sent). */
  engine: number;
  /** Targets made locally: the source itself, pseudo or identity, or segments with nothing to translate. */
  local: number;
  missing: number;
  /** Missing segments with a fuzzy match (≥ 75 %) in the memory: a reviewer can start from it. */
  fuzzy: number;
  chars_sent: number;
  qa: { errors: number; warnings: number };
  /** The file written, or null when the locale was not written. */
  output: string | null;
}

export interface ReleaseReport {
  release: string;
  file: string;
  source: string;
  /** Left alone: every input as the re-run manifest recorded, and its outputs the files that run wrote. */
  unchanged: boolean;
  locales: Record<string, LocaleReport>;
}

export interface RunReport {
  dry_run: boolean;
  releases: ReleaseReport[];
  totals: Omit<LocaleReport, 'output'> & { requests: number; cost_usd: number };
  /** One line per error, for the end of the run. */
  problems: string[];
}

/** Google Cloud Translation: $20 per million characters. */
export const USD_PER_CHAR = 20 / 1_000_000;

export function emptyReport(dryRun: boolean): RunReport {
  return {
    dry_run: dryRun,
    releases: [],
    totals: {
      segments: 0,
      memory: 0,
      engine: 0,
      local: 0,
      missing: 0,
      fuzzy: 0,
      chars_sent: 0,
      qa: { errors: 0, warnings: 0 },
      requests: 0,
      cost_usd: 0,
    },
    problems: [],
  };
}

export function addToTotals(report: RunReport, row: LocaleReport): void {
  const t = report.totals;
  t.segments += row.segments;
  t.memory += row.memory;
  t.engine += row.engine;
  t.local += row.local;
  t.missing += row.missing;
  t.fuzzy += row.fuzzy;
  t.chars_sent += row.chars_sent;
  t.qa.errors += row.qa.errors;
  t.qa.warnings += row.qa.warnings;
  setCost(report);
}

export function setCost(report: RunReport): void {
  report.totals.cost_usd = Math.round(report.totals.chars_sent * USD_PER_CHAR * 10_000) / 10_000;
}
