// Building the client loads the v3 client alone: the package's index would also load v2, v3beta1 and the static
// protos, which a one-edit re-run pays for on every push (docs/performance.md).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/run-cli.ts';

const PROBE = `
import { createRequire } from 'node:module';
import { createTranslateClient } from './pipeline/providers/google-client.ts';
const client = await createTranslateClient({ host: '127.0.0.1', port: 9 });
const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('@google-cloud/translate/'));
process.stdout.write(JSON.stringify({ client: typeof client.translateText, loaded }));
await client.close();
`;

describe('createTranslateClient', () => {
  it('loads the v3 client without v2, v3beta1 or the static protos', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, METADATA_SERVER_DETECTION: 'none' },
    });
    expect(run.status, run.stderr).toBe(0);
    const { client, loaded } = JSON.parse(run.stdout) as { client: string; loaded: string[] };
    expect(client).toBe('function');
    expect(loaded.some((path) => path.includes('/build/src/v3/'))).toBe(true);
    expect(loaded.filter((path) => /\/build\/src\/(v2|v3beta1)\/|\/protos\/protos\.js$/.test(path))).toEqual([]);
  });
});
