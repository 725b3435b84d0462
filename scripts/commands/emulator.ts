// `npm run emulator -- [--port N]`: the local Cloud Translation emulator, until Ctrl-C.
// EMULATOR_FAIL_RATE (0–1) answers that share of calls with UNAVAILABLE; EMULATOR_LATENCY_MS delays every reply.
import { UserError } from '../../pipeline/errors.ts';
import { startEmulator, type FaultPlan } from '../../emulator/server.ts';

function numberFromEnv(name: string, min: number, max: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new UserError(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return value;
}

/** A fixed pseudo-random draw per call number, so a failure pattern repeats from one session to the next. */
function draw(call: number): number {
  let x = Math.imul(call ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}

function failRatePlan(rate: number | undefined): FaultPlan | undefined {
  if (rate === undefined || rate === 0) return undefined;
  return ({ call }) => (draw(call) < rate ? { kind: 'status', status: 'UNAVAILABLE' } : undefined);
}

export async function emulator(opts: { port?: number }): Promise<void> {
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UserError(`--port must be an integer from 0 to 65535, got ${port}`);
  const latencyMs = numberFromEnv('EMULATOR_LATENCY_MS', 0, 600_000);
  const failRate = numberFromEnv('EMULATOR_FAIL_RATE', 0, 1);
  const server = await startEmulator({ port, latencyMs, faults: failRatePlan(failRate) });
  console.log(`Translation emulator listening on 127.0.0.1:${server.port}`);
  console.log(`export TRANSLATE_EMULATOR_HOST=127.0.0.1:${server.port}`);
  if (latencyMs !== undefined || failRate !== undefined) {
    console.log(`(latency ${latencyMs ?? 0} ms, UNAVAILABLE on ${Math.round((failRate ?? 0) * 100)}% of calls)`);
  }
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  await server.stop();
  const { requests, strings, codePoints } = server.stats;
  console.log(`${signal}: stopped after ${requests} request(s), ${strings} string(s), ${codePoints} code point(s)`);
}
