// Typed errors, one base. A `UserError` is bad input or configuration: the CLI prints one line and exits 1. An
// `InternalError` is a bug silkbridge found in itself; anything that is not a `SilkbridgeError` is a bug too.
// They are turned into output once, by `describeError` at the top-level catch of scripts/cli.ts.
import type { Locale } from './types.ts';

export interface ErrorPlace {
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  release?: string;
  locale?: Locale;
  segment?: string;
}

function fileAndLine(place: ErrorPlace): string {
  return place.file ? `${place.file}${place.line ? `:${place.line}` : ''}: ` : '';
}

/** What went wrong and where; `message` starts with `file:line: ` when the file is known. */
export class SilkbridgeError extends Error {
  readonly place: ErrorPlace;
  readonly exitCode: number;
  /** The message without its place. */
  readonly detail: string;
  constructor(message: string, place: ErrorPlace = {}, exitCode = 1) {
    super(fileAndLine(place) + message);
    this.name = new.target.name;
    this.detail = message;
    this.place = { ...place };
    this.exitCode = exitCode;
  }

  /** Adds what a caller knows of the place and the thrower did not (a parser knows the line, not the file). */
  locate(place: ErrorPlace): this {
    for (const key of Object.keys(place) as (keyof ErrorPlace)[])
      if (this.place[key] === undefined) Object.assign(this.place, { [key]: place[key] });
    this.message = fileAndLine(this.place) + this.detail;
    return this;
  }
}

/** Bad input or configuration: the user can fix it. */
export class UserError extends SilkbridgeError {}

/** A broken invariant inside silkbridge: worth a bug report, not a stack trace for the user to read. */
export class InternalError extends SilkbridgeError {
  constructor(message: string, place: ErrorPlace = {}) {
    super(message, place, 70);
  }
}

/** The one line the CLI prints: the message, then the release, locale and segment the message does not name. */
export function describeError(error: SilkbridgeError): string {
  const { release, locale, segment } = error.place;
  const context = [
    release !== undefined && !error.message.includes(release) ? `release ${release}` : '',
    locale !== undefined && !error.message.includes(`(${locale})`) && !/\blocale\b/.test(error.message)
      ? `locale ${locale}`
      : '',
    segment !== undefined && !error.message.includes(segment) ? `segment ${segment}` : '',
  ].filter(Boolean);
  const line = context.length > 0 ? `${error.message} (${context.join(', ')})` : error.message;
  return error instanceof InternalError ? `internal error — please report it with the command you ran: ${line}` : line;
}
