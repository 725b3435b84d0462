// `npm run emulator` as a user runs it: a separate process, reached through TRANSLATE_EMULATOR_HOST, stopped by a signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGoogleProvider, requireGoogleOptions } from '../../pipeline/providers/google.ts';
import { recordingContext, requestsFor, SEED, SHARED_TEXTS } from './helpers.ts';

process.env.METADATA_SERVER_DETECTION = 'none';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
});

/** Resolves with all output once `pattern` appears; rejects if the process ends first. */
function waitFor(proc: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) resolve(out);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.once('exit', () => reject(new Error(`emulator exited before printing ${pattern}:\n${out}`)));
  });
}

describe.skipIf(!SHARED_TEXTS)('emulator command', () => {
  it('prints the export line, serves the provider through TRANSLATE_EMULATOR_HOST, and stops on SIGTERM', async () => {
    const script = "import('./scripts/commands/emulator.ts').then((m) => m.emulator({ port: 0 }))";
    child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const banner = await waitFor(child, /export TRANSLATE_EMULATOR_HOST=\S+\n/);
    expect(banner).toMatch(/^Translation emulator listening on 127\.0\.0\.1:\d+\n/);
    const host = /export TRANSLATE_EMULATOR_HOST=(\S+)/.exec(banner)?.[1] ?? '';

    const provider = createGoogleProvider(requireGoogleOptions({ TRANSLATE_EMULATOR_HOST: host }));
    const requests = requestsFor(SEED, 'en', 'zh').slice(0, 5);
    const out = await provider.translate(requests, recordingContext());
    await provider.close?.();
    expect(out.size).toBe(5);

    const stopped = waitFor(child, /SIGTERM: stopped after 1 request\(s\), 5 string\(s\)/);
    child.kill('SIGTERM');
    await stopped;
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 30_000);
});
