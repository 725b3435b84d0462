// What goes out to an outside translator and what comes back: the formats, which units, and a file as read.
import type { Locale, Run } from '../types.ts';

export const EXCHANGE_FORMATS = ['xliff2', 'xliff12'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/**
 * Which segments an export holds.
 * - `translated`: every segment not yet approved (engine or human targets awaiting review, and segments without one).
 * - `all`: approved ones too.
 */
export const EXPORT_STATES = ['translated', 'all'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

/** The state an import gives the targets it stores. */
export const IMPORT_STATES = ['reviewed', 'translated'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** One unit of a file that came back. */
export interface ReturnedUnit {
  id: string;
  source: Run[];
  /** Undefined when the translator left the unit without a target (or an empty one). */
  target?: Run[];
  /** The file marks the target approved (XLIFF 2 `reviewed`/`final`; XLIFF 1.2 `approved="yes"`, `signed-off`, `final`). */
  approved: boolean;
}

/** A file that came back, as read: which release and locale it is for and its units. */
export interface ReturnedFile {
  /** As the user named it. */
  path: string;
  format: ExchangeFormat;
  /** The release's slug, when the file names it. */
  release?: string;
  /** The release's Markdown file, relative to the project, when the file names it. */
  original?: string;
  srcLang: Locale;
  trgLang: Locale;
  units: ReturnedUnit[];
}

/** Why one unit (or the whole file, without `unit`) cannot be imported. */
export interface ImportProblem {
  file: string;
  unit?: string;
  reason: string;
}

/** `file: unit <id>: reason`, the one line an import prints per problem. */
export function formatProblem(problem: ImportProblem): string {
  return `${problem.file}: ${problem.unit !== undefined ? `unit ${problem.unit}: ` : ''}${problem.reason}`;
}
