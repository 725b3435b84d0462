import { describe, expect, it } from 'vitest';
import { isRetryable, statusName, toProviderError } from '../../pipeline/providers/google-errors.ts';
import { defaultRetryPolicy } from '../../pipeline/providers/google-options.ts';
import { backoffDelay, RetryFailure, withRetry } from '../../pipeline/providers/google-retry.ts';

const grpcError = (code: number, details: string) =>
  Object.assign(new Error(`${code} X: ${details}`), { code, details });

describe('backoffDelay', () => {
  const policy = defaultRetryPolicy();
  it('doubles from the initial delay up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((a) => backoffDelay({ ...policy, jitter: 0 }, a, () => 0.5));
    expect(delays).toEqual([200, 400, 800, 1_600, 3_200, 6_400, 10_000, 10_000]);
  });
  it('draws up to `jitter` of each delay at random', () => {
    expect(backoffDelay(policy, 1, () => 0)).toBe(200);
    expect(backoffDelay(policy, 1, () => 0.999)).toBeCloseTo(100.1);
  });
});

describe('withRetry', () => {
  const policy = { ...defaultRetryPolicy(), initialDelayMs: 0, maxDelayMs: 0, maxAttempts: 4 };
  it('retries retryable errors until success', async () => {
    let calls = 0;
    const value = await withRetry(async () => (++calls < 3 ? Promise.reject(grpcError(14, 'busy')) : 'ok'), policy, {
      isRetryable,
    });
    expect([value, calls]).toEqual(['ok', 3]);
  });
  it('stops after maxAttempts, and at once on a fatal error or when told to stop', async () => {
    const count = async (err: Error, shouldStop?: () => boolean) => {
      let calls = 0;
      const failure = await withRetry(
        async () => {
          calls++;
          throw err;
        },
        policy,
        { isRetryable, shouldStop },
      ).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(RetryFailure);
      return [calls, (failure as RetryFailure).attempts];
    };
    expect(await count(grpcError(14, 'busy'))).toEqual([4, 4]);
    expect(await count(grpcError(7, 'denied'))).toEqual([1, 1]);
    expect(await count(grpcError(4, 'slow'), () => true)).toEqual([1, 1]);
  });
});

describe('error classification', () => {
  it('retries only UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED and INTERNAL', () => {
    const retryable = Array.from({ length: 17 }, (_, code) => code).filter((code) => isRetryable(grpcError(code, '')));
    expect(retryable.map((code) => statusName(grpcError(code, '')))).toEqual([
      'DEADLINE_EXCEEDED',
      'RESOURCE_EXHAUSTED',
      'INTERNAL',
      'UNAVAILABLE',
    ]);
  });
  it('reads missing Application Default Credentials as UNAUTHENTICATED and says how to log in', () => {
    const err = toProviderError(new Error('Could not load the default credentials. Browse to …'), {
      from: 'en',
      to: 'th',
      attempts: 1,
      projectId: 'p',
      location: 'global',
      emulator: false,
    });
    expect(err).toMatchObject({ code: 'UNAUTHENTICATED', place: { locale: 'th' } });
    expect(err.message).toContain('gcloud auth application-default login');
  });
});
