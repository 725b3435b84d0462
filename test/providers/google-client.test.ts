// Google's client library is loaded on a thread of its own, and there the v3 client alone: the package's index
// would also load v2, v3beta1 and the static protos, which a one-edit re-run pays for on every push
// (docs/performance.md).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/run-cli.ts';

function probe(script: string): unknown {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, METADATA_SERVER_DETECTION: 'none' },
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const LOADED = `createRequire(import.meta.url).cache`;

describe('the Google client thread', () => {
  it('builds the v3 client without v2, v3beta1 or the static protos', { timeout: 60_000 }, () => {
    const { client, loaded } = probe(`
      import { createRequire } from 'node:module';
      import { build } from './pipeline/providers/google-thread.js';
      const client = await build({ host: '127.0.0.1', port: 9 });
      const loaded = Object.keys(${LOADED}).filter((path) => path.includes('@google-cloud/translate/'));
      process.stdout.write(JSON.stringify({ client: typeof client.translateText, loaded }));
      await client.close();
    `) as { client: string; loaded: string[] };
    expect(client).toBe('function');
    expect(loaded.some((path) => path.includes('/build/src/v3/'))).toBe(true);
    expect(loaded.filter((path) => /\/build\/src\/(v2|v3beta1)\/|\/protos\/protos\.js$/.test(path))).toEqual([]);
  });

  it('answers a call with its gRPC status, leaves the library off the calling thread and lets the process end', {
    timeout: 60_000,
  }, () => {
    // Nothing listens on port 9: the call is refused (UNAVAILABLE, 14) by the real client on the thread.
    const { code, message, loaded } = probe(`
      import { createRequire } from 'node:module';
      import { createTranslateClient } from './pipeline/providers/google-client.ts';
      import { statusName } from './pipeline/providers/google-errors.ts';
      const client = createTranslateClient({ host: '127.0.0.1', port: 9 });
      const request = { parent: 'projects/p/locations/global', contents: ['Hello'], mimeType: 'text/html',
        sourceLanguageCode: 'en', targetLanguageCode: 'th' };
      const error = await client.translateText(request, { timeout: 20000 }).then(() => undefined, (e) => e);
      const loaded = Object.keys(${LOADED}).filter((path) => /@google-cloud|google-gax|grpc-js\\/build\\/src\\/index/.test(path));
      process.stdout.write(JSON.stringify({ code: statusName(error), message: error?.message, loaded }));
    `) as { code: string; message: string; loaded: string[] };
    expect(code).toBe('UNAVAILABLE');
    expect(message).toMatch(/UNAVAILABLE|connect/i);
    expect(loaded).toEqual([]);
  });
});
