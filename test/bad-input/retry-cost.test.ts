// #14 item 14: the characters reported are those the engine received, a retry after a deadline included (the
// server got the call and may have billed it); through the real client library and the emulator's fault injection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { createGoogleProvider } from '../../pipeline/providers/google.ts';
import { runsKey } from '../../pipeline/runs.ts';
import type { ProviderContext, Run, TranslationRequest } from '../../pipeline/types.ts';
import { engineHarness } from '../engine/project.ts';

process.env.METADATA_SERVER_DETECTION = 'none';

const SENTENCES = [
  'The first shop opens on Monday.',
  'A second one follows in the spring, near the station.',
  'Both serve coffee roasted in Chiang Mai.',
];

function requests(): TranslationRequest[] {
  return SENTENCES.map((text, n) => {
    const source: Run[] = [{ type: 'text', value: text }];
    return {
      key: `en>th:${runsKey(source)}`,
      source,
      from: 'en',
      to: 'th',
      lockForms: {},
      release: 'r',
      segment: `s${n}`,
    };
  });
}

describe('bad input: cost after a deadline retry', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    // The first call outlives the client's deadline; its retry is answered.
    emulator = await startEmulator({ port: 0, faults: { 1: { kind: 'latency', ms: 5_000 } } });
  });
  afterAll(async () => {
    await emulator.stop();
  });

  it('the provider counts the call given up at its deadline and its retry', async () => {
    const provider = createGoogleProvider({
      projectId: 'silkbridge-test',
      endpoint: { host: '127.0.0.1', port: emulator.port },
      retry: { initialDelayMs: 1, maxDelayMs: 5, jitter: 0, deadlineMs: 500 },
    });
    const ctx: ProviderContext = { stats: { chars: 0, requests: 0 } };
    try {
      const out = await provider.translate(requests(), ctx);
      expect(out.size).toBe(SENTENCES.length);
    } finally {
      await provider.close?.();
    }
    expect(emulator.stats.calls).toHaveLength(2);
    const [late, answered] = emulator.stats.calls;
    expect(late?.codePoints).toBe(answered?.codePoints);
    expect(ctx.stats.chars).toBe(emulator.stats.codePoints);
  });
});

describe('bad input: cost in the localize report', () => {
  const harness = engineHarness();

  it('chars_sent counts a call the engine answered DEADLINE_EXCEEDED and its retry', async () => {
    let failed = false;
    const emu = await harness.emulator({
      faults: () => {
        if (failed) return undefined;
        failed = true;
        return { kind: 'status', status: 'DEADLINE_EXCEEDED' };
      },
    });
    const { code, report } = await harness.project.localize(emu.port);
    expect(code).toBe(0);
    const statuses = emu.stats.calls.map((call) => call.status);
    expect(statuses.filter((status) => status === 'DEADLINE_EXCEEDED')).toHaveLength(1);
    const billed = emu.stats.calls
      .filter((call) => call.status === 'OK' || call.status === 'DEADLINE_EXCEEDED')
      .reduce((sum, call) => sum + call.codePoints, 0);
    expect(report.totals.chars_sent).toBe(billed);
    expect(report.totals.chars_sent).toBe(emu.stats.codePoints);
  });
});
