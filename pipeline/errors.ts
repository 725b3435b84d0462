// Typed errors. A `UserError` is bad input or configuration: the CLI prints its message and exits 1.
// Anything else is a bug in silkbridge and is reported as such.
import type { Locale } from './types.ts';

export interface ErrorPlace {
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  release?: string;
  locale?: Locale;
  segment?: string;
}

export class UserError extends Error {
  readonly place: ErrorPlace;
  readonly exitCode: number;
  constructor(message: string, place: ErrorPlace = {}, exitCode = 1) {
    const where = place.file ? `${place.file}${place.line ? `:${place.line}` : ''}: ` : '';
    super(where + message);
    this.name = 'UserError';
    this.place = place;
    this.exitCode = exitCode;
  }
}
