// Options of the Google provider: their defaults, their checks, and how they are read from the environment.
import { UserError } from '../errors.ts';
import type { TranslateClient } from './google-client.ts';

/** Google's own per-request ceilings; our configurable limits may only be lower. */
export const GOOGLE_MAX_STRINGS = 1024;
export const GOOGLE_MAX_CODE_POINTS = 30_000;

export interface RetryPolicy {
  /** Attempts per batch, the first included (default 5). */
  maxAttempts: number;
  /** Delay before the second attempt, in ms (default 200). */
  initialDelayMs: number;
  /** Cap of any one delay, in ms (default 10,000). */
  maxDelayMs: number;
  /** Growth of the delay per attempt (default 2). */
  multiplier: number;
  /** Share of each delay drawn at random, 0–1, so parallel workers do not retry in step (default 0.5). */
  jitter: number;
  /** Deadline of one call, in ms (default 30,000); a call past it fails with DEADLINE_EXCEEDED and is retried. */
  deadlineMs: number;
}

export interface GoogleOptions {
  /** Google Cloud project id (`GOOGLE_CLOUD_PROJECT`). */
  projectId: string;
  /** Location of the `parent` (`GOOGLE_CLOUD_LOCATION`, default `global`). */
  location?: string;
  /** A local emulator: plain-text gRPC, no credentials. Absent means Google with Application Default Credentials. */
  endpoint?: { host: string; port: number };
  /** Code points of HTML per request (default 5,000, at most 30,000). A longer single segment goes alone. */
  maxCodePoints?: number;
  /** Strings per request (default and maximum 1,024). */
  maxStrings?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** A client to use instead of building one (tests). */
  client?: TranslateClient;
}

export type ResolvedGoogleOptions = Required<Omit<GoogleOptions, 'endpoint' | 'client' | 'retry'>> &
  Pick<GoogleOptions, 'endpoint' | 'client'> & { retry: RetryPolicy };

export function defaultRetryPolicy(): RetryPolicy {
  return { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 10_000, multiplier: 2, jitter: 0.5, deadlineMs: 30_000 };
}

/** Thrown when the Google provider is asked for but not configured, or configured with values it cannot use. */
export class GoogleConfigError extends UserError {
  override name = 'GoogleConfigError';
}

function checkInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GoogleConfigError(`google provider: ${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function checkNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new GoogleConfigError(`google provider: ${name} must be a number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** Fill in defaults and check every option, naming the one that is wrong. */
export function resolveGoogleOptions(opts: GoogleOptions): ResolvedGoogleOptions {
  if (!/^[a-z0-9][a-z0-9.:-]*$/i.test(opts.projectId)) {
    throw new GoogleConfigError(
      `google provider: projectId "${opts.projectId}" is not a Google Cloud project id (set GOOGLE_CLOUD_PROJECT)`,
    );
  }
  const location = opts.location ?? 'global';
  if (!/^[a-z0-9-]+$/.test(location)) {
    throw new GoogleConfigError(
      `google provider: location "${location}" is not a Cloud location such as global or us-central1 (set GOOGLE_CLOUD_LOCATION)`,
    );
  }
  const r = { ...defaultRetryPolicy(), ...opts.retry };
  return {
    projectId: opts.projectId,
    location,
    endpoint: opts.endpoint,
    client: opts.client,
    maxCodePoints: checkInt('maxCodePoints', opts.maxCodePoints ?? 5_000, 1, GOOGLE_MAX_CODE_POINTS),
    maxStrings: checkInt('maxStrings', opts.maxStrings ?? GOOGLE_MAX_STRINGS, 1, GOOGLE_MAX_STRINGS),
    concurrency: checkInt('concurrency', opts.concurrency ?? 4, 1, 64),
    retry: {
      maxAttempts: checkInt('retry.maxAttempts', r.maxAttempts, 1, 100),
      initialDelayMs: checkNumber('retry.initialDelayMs', r.initialDelayMs, 0, 3_600_000),
      maxDelayMs: checkNumber('retry.maxDelayMs', r.maxDelayMs, 0, 3_600_000),
      multiplier: checkNumber('retry.multiplier', r.multiplier, 1, 10),
      jitter: checkNumber('retry.jitter', r.jitter, 0, 1),
      deadlineMs: checkNumber('retry.deadlineMs', r.deadlineMs, 1, 3_600_000),
    },
  };
}

/** Project id used against the emulator when GOOGLE_CLOUD_PROJECT is unset. */
export const EMULATOR_PROJECT = 'emulator';

/**
 * Google options from `GOOGLE_CLOUD_PROJECT`, `GOOGLE_CLOUD_LOCATION`, `TRANSLATE_EMULATOR_HOST` (`host:port`) and
 * `TRANSLATE_MAX_CODE_POINTS` (code points per request), or undefined when neither a project nor an emulator is
 * configured.
 */
export function googleOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): GoogleOptions | undefined {
  const project = env.GOOGLE_CLOUD_PROJECT?.trim() || undefined;
  const emulator = env.TRANSLATE_EMULATOR_HOST?.trim() || undefined;
  if (project === undefined && emulator === undefined) return undefined;
  const location = env.GOOGLE_CLOUD_LOCATION?.trim() || 'global';
  const opts: GoogleOptions = { projectId: project ?? EMULATOR_PROJECT, location };
  if (emulator !== undefined) {
    const m = /^(.+):(\d{1,5})$/.exec(emulator);
    const port = Number(m?.[2]);
    if (m === null || port < 1 || port > 65_535) {
      throw new GoogleConfigError(
        `TRANSLATE_EMULATOR_HOST must be host:port, such as 127.0.0.1:8085; got "${emulator}"`,
      );
    }
    opts.endpoint = { host: (m[1] ?? '').replace(/^\[(.*)\]$/, '$1'), port };
  }
  const maxCodePoints = env.TRANSLATE_MAX_CODE_POINTS?.trim();
  if (maxCodePoints) {
    // Checked here for the variable's name; resolveGoogleOptions checks the range.
    if (!/^\d+$/.test(maxCodePoints))
      throw new GoogleConfigError(
        `TRANSLATE_MAX_CODE_POINTS must be an integer from 1 to ${GOOGLE_MAX_CODE_POINTS}; got "${maxCodePoints}"`,
      );
    opts.maxCodePoints = Number(maxCodePoints);
  }
  return opts;
}

/** The message for a run that needs Google but has no configuration: it names what to set. */
export const GOOGLE_NOT_CONFIGURED =
  'The google provider is not configured. Set GOOGLE_CLOUD_PROJECT to your Google Cloud project id ' +
  '(credentials come from Application Default Credentials: `gcloud auth application-default login`; ' +
  'GOOGLE_CLOUD_LOCATION defaults to global), or set TRANSLATE_EMULATOR_HOST=127.0.0.1:<port> to use the local ' +
  'emulator started by `npm run emulator`.';

/** `googleOptionsFromEnv`, failing with the variables to set when nothing is configured. */
export function requireGoogleOptions(env: Readonly<Record<string, string | undefined>>): GoogleOptions {
  const opts = googleOptionsFromEnv(env);
  if (opts === undefined) throw new GoogleConfigError(GOOGLE_NOT_CONFIGURED);
  return opts;
}
