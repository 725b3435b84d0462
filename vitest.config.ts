import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The emulator tests talk gRPC on loopback; never let the client probe the GCE metadata server.
    env: { METADATA_SERVER_DETECTION: 'none' },
    testTimeout: 30_000,
    pool: 'forks',
  },
});
