// What a failed Google call means for the run: retry it, or stop with a message the user can act on.
// The status codes alone: the package's index would load all of gRPC on a thread that never calls it.
import { Status as grpcStatus } from '@grpc/grpc-js/build/src/constants.js';
import { UserError } from '../errors.ts';
import type { Locale } from '../types.ts';

/** Statuses worth another attempt: the service was busy, slow, or briefly broken. */
export const RETRYABLE_STATUSES: ReadonlySet<string> = new Set([
  'UNAVAILABLE',
  'RESOURCE_EXHAUSTED',
  'DEADLINE_EXCEEDED',
  'INTERNAL',
]);

/** The gRPC status name of an error from the client (`UNAVAILABLE` …), or `UNKNOWN`. */
export function statusName(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'number') {
    return grpcStatus[err.code] ?? 'UNKNOWN';
  }
  // The auth library fails before any call is made when Application Default Credentials are missing.
  if (err instanceof Error && /default credentials|could not load the default|invalid_grant/i.test(err.message)) {
    return 'UNAUTHENTICATED';
  }
  return 'UNKNOWN';
}

export function isRetryable(err: unknown): boolean {
  return RETRYABLE_STATUSES.has(statusName(err));
}

function details(err: unknown): string {
  if (
    typeof err === 'object' &&
    err !== null &&
    'details' in err &&
    typeof err.details === 'string' &&
    err.details !== ''
  ) {
    return err.details;
  }
  return err instanceof Error ? err.message : String(err);
}

/** A Google failure that ends the run, with the locale pair it concerned and how many attempts were made. */
export class ProviderError extends UserError {
  override name = 'ProviderError';
  constructor(
    message: string,
    readonly provider: string,
    /** gRPC status name, e.g. `PERMISSION_DENIED`. */
    readonly code: string,
    readonly from: Locale,
    readonly to: Locale,
    readonly attempts: number,
    cause?: unknown,
  ) {
    super(message, { locale: to });
    this.cause = cause;
  }
}

export interface ErrorContext {
  from: Locale;
  to: Locale;
  attempts: number;
  projectId: string;
  location: string;
  emulator: boolean;
}

/** Turn a client error into a ProviderError whose message says what to do next. */
export function toProviderError(err: unknown, c: ErrorContext): ProviderError {
  const code = statusName(err);
  const pair = `${c.from}→${c.to}`;
  const what = `${code}: ${details(err)}`;
  const where = c.emulator ? 'the translation emulator' : `project "${c.projectId}", location "${c.location}"`;
  let message: string;
  switch (code) {
    case 'PERMISSION_DENIED':
      message =
        `Google Cloud Translation refused ${pair} (${what}). Enable the Cloud Translation API for ${where}, ` +
        'give the Application Default Credentials account the role roles/cloudtranslate.user, and check that billing is active.';
      break;
    case 'UNAUTHENTICATED':
      message =
        `Google Cloud Translation could not authenticate for ${pair} (${what}). ` +
        'Run `gcloud auth application-default login`, or run where a service account is attached, then try again.';
      break;
    case 'INVALID_ARGUMENT':
    case 'NOT_FOUND':
    case 'FAILED_PRECONDITION':
      message =
        `Google Cloud Translation rejected the request for ${pair} (${what}). Check GOOGLE_CLOUD_PROJECT ` +
        `and GOOGLE_CLOUD_LOCATION (${where}) and the request limits (maxStrings ≤ 1024, maxCodePoints ≤ 30000).`;
      break;
    default:
      message = RETRYABLE_STATUSES.has(code)
        ? `Google Cloud Translation still failing for ${pair} after ${c.attempts} attempt(s) (${what}). ` +
          (c.emulator && code === 'UNAVAILABLE'
            ? 'Is the emulator running (`npm run emulator`) at TRANSLATE_EMULATOR_HOST? '
            : '') +
          'Completed batches are kept; run again to send only the rest, or raise the retry limit.'
        : `Google Cloud Translation failed for ${pair} (${what}).`;
  }
  return new ProviderError(message, 'google', code, c.from, c.to, c.attempts, err);
}
