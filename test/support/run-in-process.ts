// The command line run inside the test process: the program's own `main` (argument parsing, config file, the
// one top-level catch), with the working folder, the environment and both streams swapped for the call. A
// subprocess costs a second of tsx start-up; keep those for tests whose subject is the process (test/cli/).
import { main } from '../../scripts/cli.ts';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

let busy = false;

/** Runs `silkbridge <args>` in `cwd` with exactly `env` as the environment; one call at a time. */
export async function runInProcess(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  if (busy) throw new Error('runInProcess: one command at a time (the process has one cwd, env and stdout)');
  busy = true;
  const saved = { cwd: process.cwd(), env: { ...process.env }, exitCode: process.exitCode };
  const out = { stdout: '', stderr: '' };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const capture =
    (name: 'stdout' | 'stderr') =>
    (chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), done?: () => void) => {
      out[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const callback = typeof encoding === 'function' ? encoding : done;
      if (callback) queueMicrotask(() => callback());
      return true;
    };
  setEnv(env);
  process.chdir(cwd);
  process.stdout.write = capture('stdout') as typeof process.stdout.write;
  process.stderr.write = capture('stderr') as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, ...out };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.chdir(saved.cwd);
    setEnv(saved.env);
    process.exitCode = saved.exitCode;
    busy = false;
  }
}

/** Replaces the environment in place (workers and child processes read `process.env` itself). */
function setEnv(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env);
}
