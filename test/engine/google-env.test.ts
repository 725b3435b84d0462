// The environment knob the engine scenarios use for small batches: TRANSLATE_MAX_CODE_POINTS.
import { describe, expect, it } from 'vitest';
import {
  googleOptionsFromEnv,
  GoogleConfigError,
  resolveGoogleOptions,
} from '../../pipeline/providers/google-options.ts';

const EMULATOR = { TRANSLATE_EMULATOR_HOST: '127.0.0.1:8085' };

describe('TRANSLATE_MAX_CODE_POINTS', () => {
  it('sets the code points per request', () => {
    expect(googleOptionsFromEnv({ ...EMULATOR, TRANSLATE_MAX_CODE_POINTS: ' 200 ' })).toMatchObject({
      maxCodePoints: 200,
    });
    expect(googleOptionsFromEnv({ GOOGLE_CLOUD_PROJECT: 'acme', TRANSLATE_MAX_CODE_POINTS: '30000' })).toMatchObject({
      maxCodePoints: 30_000,
    });
    expect(googleOptionsFromEnv({ ...EMULATOR, TRANSLATE_MAX_CODE_POINTS: '' })).not.toHaveProperty('maxCodePoints');
  });

  it("names the variable when it is not a number, and the limit when it is past Google's", () => {
    expect(() => googleOptionsFromEnv({ ...EMULATOR, TRANSLATE_MAX_CODE_POINTS: '5k' })).toThrow(GoogleConfigError);
    expect(() => googleOptionsFromEnv({ ...EMULATOR, TRANSLATE_MAX_CODE_POINTS: '5k' })).toThrow(
      /TRANSLATE_MAX_CODE_POINTS must be an integer from 1 to 30000; got "5k"/,
    );
    const tooBig = googleOptionsFromEnv({ ...EMULATOR, TRANSLATE_MAX_CODE_POINTS: '30001' });
    expect(() => resolveGoogleOptions(tooBig ?? { projectId: 'x' })).toThrow(
      /maxCodePoints must be an integer from 1 to 30000, got 30001/,
    );
  });
});
