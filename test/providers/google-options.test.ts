import { describe, expect, it } from 'vitest';
import { UserError } from '../../pipeline/errors.ts';
import {
  googleOptionsFromEnv,
  GoogleConfigError,
  requireGoogleOptions,
  resolveGoogleOptions,
} from '../../pipeline/providers/google-options.ts';

describe('googleOptionsFromEnv', () => {
  it('is undefined when neither a project nor an emulator is set', () => {
    expect(googleOptionsFromEnv({})).toBeUndefined();
    expect(googleOptionsFromEnv({ GOOGLE_CLOUD_PROJECT: '  ', GOOGLE_CLOUD_LOCATION: 'us-central1' })).toBeUndefined();
  });

  it('reads the project and location, location defaulting to global', () => {
    expect(googleOptionsFromEnv({ GOOGLE_CLOUD_PROJECT: 'acme-press' })).toEqual({
      projectId: 'acme-press',
      location: 'global',
    });
    expect(googleOptionsFromEnv({ GOOGLE_CLOUD_PROJECT: 'acme-press', GOOGLE_CLOUD_LOCATION: 'us-central1' })).toEqual({
      projectId: 'acme-press',
      location: 'us-central1',
    });
  });

  it('points at the emulator, with a default project id', () => {
    expect(googleOptionsFromEnv({ TRANSLATE_EMULATOR_HOST: '127.0.0.1:8085' })).toEqual({
      projectId: 'emulator',
      location: 'global',
      endpoint: { host: '127.0.0.1', port: 8085 },
    });
    expect(googleOptionsFromEnv({ TRANSLATE_EMULATOR_HOST: '[::1]:9000', GOOGLE_CLOUD_PROJECT: 'p' })).toMatchObject({
      projectId: 'p',
      endpoint: { host: '::1', port: 9000 },
    });
  });

  it('rejects an emulator address without a port', () => {
    expect(() => googleOptionsFromEnv({ TRANSLATE_EMULATOR_HOST: 'localhost' })).toThrow(/host:port/);
    expect(() => googleOptionsFromEnv({ TRANSLATE_EMULATOR_HOST: 'localhost:99999' })).toThrow(GoogleConfigError);
  });
});

describe('requireGoogleOptions', () => {
  it('names the variables to set, as a user error', () => {
    const attempt = () => requireGoogleOptions({});
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow(/GOOGLE_CLOUD_PROJECT.*application-default login.*TRANSLATE_EMULATOR_HOST/s);
  });
});

describe('resolveGoogleOptions', () => {
  it('fills in the documented defaults', () => {
    expect(resolveGoogleOptions({ projectId: 'p' })).toEqual({
      projectId: 'p',
      location: 'global',
      endpoint: undefined,
      client: undefined,
      maxCodePoints: 5_000,
      maxStrings: 1_024,
      concurrency: 4,
      retry: {
        maxAttempts: 5,
        initialDelayMs: 200,
        maxDelayMs: 10_000,
        multiplier: 2,
        jitter: 0.5,
        deadlineMs: 30_000,
      },
    });
  });

  it('refuses limits beyond what Google accepts, naming the option', () => {
    expect(() => resolveGoogleOptions({ projectId: 'p', maxCodePoints: 30_001 })).toThrow(
      /maxCodePoints .* 1 to 30000/,
    );
    expect(() => resolveGoogleOptions({ projectId: 'p', maxStrings: 1_025 })).toThrow(/maxStrings/);
    expect(() => resolveGoogleOptions({ projectId: 'p', concurrency: 0 })).toThrow(/concurrency/);
    expect(() => resolveGoogleOptions({ projectId: 'p', retry: { jitter: 2 } })).toThrow(/retry.jitter/);
    expect(() => resolveGoogleOptions({ projectId: 'projects/p' })).toThrow(/GOOGLE_CLOUD_PROJECT/);
    expect(() => resolveGoogleOptions({ projectId: 'p', location: 'Global Zone' })).toThrow(/GOOGLE_CLOUD_LOCATION/);
  });
});
