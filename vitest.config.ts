import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The emulator tests talk gRPC on loopback; never let the client probe the GCE metadata server.
    env: { METADATA_SERVER_DETECTION: 'none' },
    testTimeout: 30_000,
    pool: 'forks',
    // Files share their worker's module cache: importing remark and the stages once per worker instead of once per
    // file is most of the suite's time. Tests restore what they change (cwd, env, streams: test/support).
    isolate: false,
    // Vitest's default is one file at a time on 2 cores (cores - 1); many files wait on child processes, the
    // emulator or the disk, so a second worker keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
