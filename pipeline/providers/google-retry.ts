// The one place engine calls are retried: exponential backoff with jitter and a cap, for retryable errors only.
import type { RetryPolicy } from './google-options.ts';

/** The last error of a call that was not (or no longer) retried, with the number of attempts made. */
export class RetryFailure extends Error {
  override name = 'RetryFailure';
  constructor(
    readonly last: unknown,
    readonly attempts: number,
  ) {
    super(last instanceof Error ? last.message : String(last), { cause: last });
  }
}

export interface RetryHooks {
  isRetryable(err: unknown): boolean;
  /** True when the run is already failing elsewhere: finish this attempt, start no other. */
  shouldStop?(): boolean;
  signal?: AbortSignal;
  /** Source of jitter, 0 ≤ x < 1 (default Math.random). */
  random?: () => number;
}

/** Delay before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.multiplier ** (attempt - 1));
  return base * (1 - policy.jitter * random());
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = (): void => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const abort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Run `call` until it succeeds, fails with a non-retryable error, or uses up `policy.maxAttempts`. */
export async function withRetry<T>(
  call: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> {
  const random = hooks.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    hooks.signal?.throwIfAborted();
    try {
      return await call(attempt);
    } catch (err) {
      const again = attempt < policy.maxAttempts && hooks.isRetryable(err) && !hooks.shouldStop?.();
      if (!again) throw new RetryFailure(err, attempt);
      await sleep(backoffDelay(policy, attempt, random), hooks.signal);
    }
  }
}
