// The google provider end to end: the real client library over gRPC to the in-process emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type FaultPlan } from '../../emulator/server.ts';
import { dominantScript, unpseudo } from '../../emulator/swap-script.ts';
import { packBatches, codePointLength } from '../../pipeline/providers/google-batches.ts';
import { createGoogleProvider, ProviderError, type GoogleOptions } from '../../pipeline/providers/google.ts';
import { runsToHtml } from '../../pipeline/providers/html-codec.ts';
import { runsText } from '../../pipeline/runs.ts';
import type { Run, TranslationProvider, TranslationRequest } from '../../pipeline/types.ts';
import { FAST_RETRY, recordingContext, request, requestsFor, SEED, SHARED_TEXTS, THAI } from './helpers.ts';

process.env.METADATA_SERVER_DETECTION = 'none';

const faults: { plan: FaultPlan | undefined } = { plan: undefined };
let emulator: Emulator;
const providers: TranslationProvider[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    faults: (call) => (typeof faults.plan === 'function' ? faults.plan(call) : faults.plan?.[call.call - first]),
  });
});

afterAll(async () => {
  for (const p of providers) await p.close?.();
  await emulator.stop();
});

/** Call numbers in a fault plan count from the test's first call (1). */
let first = 0;
function provider(opts: Partial<GoogleOptions> = {}, plan?: FaultPlan): TranslationProvider {
  faults.plan = plan;
  first = emulator.stats.requests;
  const p = createGoogleProvider({
    projectId: 'silkbridge-test',
    endpoint: { host: '127.0.0.1', port: emulator.port },
    retry: FAST_RETRY,
    ...opts,
  });
  providers.push(p);
  return p;
}
const callsOfTest = () => emulator.stats.calls.slice(first);

/** The source text a pseudo-translated target came from (target language `to`), locks shown by term. */
const plain = (runs: readonly Run[], to: string) =>
  runsText(runs.map((r) => (r.type === 'text' ? { ...r, value: unpseudo(r.value, to) } : r)));
/** The target's own text, locks left out. */
const ownText = (runs: readonly Run[]) => runsText(runs, () => '');

const seedTh = requestsFor(SEED, 'en', 'th');
const seedZh = requestsFor(SEED, 'en', 'zh');

describe.skipIf(!SHARED_TEXTS)('google provider', () => {
  it('translates a whole release into Thai and Chinese, codes and locks intact, entities unescaped', async () => {
    const ctx = recordingContext();
    const requests = [...seedTh, ...seedZh];
    const out = await provider().translate(requests, ctx);
    expect(out.size).toBe(requests.length);
    expect(ctx.rejected).toEqual([]);
    for (const r of requests) {
      const target = out.get(r.key);
      expect(target).toMatchObject({ state: 'translated', origin: 'google-emulator' });
      expect(plain(target?.runs ?? [], r.to === 'zh' ? 'zh-CN' : 'th')).toBe(runsText(r.source));
      expect(target?.runs.filter((x) => x.type !== 'text')).toEqual(r.source.filter((x) => x.type !== 'text'));
      expect(dominantScript(ownText(target?.runs ?? []))).toBe(
        dominantScript(ownText(r.source)) && (r.to === 'zh' ? 'han' : 'thai'),
      );
    }
    const quoted = requests.find((r) => runsText(r.source).includes('"'));
    expect(runsText(out.get(quoted?.key ?? '')?.runs ?? [])).toContain('"');
    expect(
      callsOfTest().every(
        (c) =>
          c.mimeType === 'text/html' &&
          c.sourceLanguageCode === 'en' &&
          c.parent === 'projects/silkbridge-test/locations/global',
      ),
    ).toBe(true);
  });

  it('sends locked terms as translate="no" spans holding the target form, and gets the locks back', async () => {
    const withLock = seedZh.filter((r) => r.source.some((x) => x.type === 'lock'));
    expect(withLock.length).toBeGreaterThan(0);
    const out = await provider().translate(withLock, recordingContext());
    const sent = callsOfTest().flatMap((c) => c.contents);
    expect(sent.some((html) => html.includes('<span translate="no" data-t="tencent">腾讯</span>'))).toBe(true);
    for (const r of withLock)
      expect(out.get(r.key)?.runs.filter((x) => x.type === 'lock')).toEqual(r.source.filter((x) => x.type === 'lock'));
  });

  it('packs requests within the string and code point limits, per locale pair, and counts what it sent', async () => {
    const requests = [...seedTh, ...requestsFor(THAI, 'th', 'zh')];
    const limits = { maxStrings: 7, maxCodePoints: 1_500 };
    const ctx = recordingContext();
    const out = await provider({ ...limits, concurrency: 3 }).translate(requests, ctx);
    expect(out.size).toBe(requests.length);
    const calls = callsOfTest();
    const items = requests
      .map((r) => ({ request: r, html: runsToHtml(r.source, r.lockForms), size: 0 }))
      .map((i) => ({ ...i, size: codePointLength(i.html) }));
    expect(calls).toHaveLength(packBatches(items, limits).length);
    for (const c of calls) {
      expect(c.contents.length).toBeLessThanOrEqual(7);
      if (c.contents.length > 1) expect(c.codePoints).toBeLessThanOrEqual(1_500);
      expect(new Set([`${c.sourceLanguageCode}>${c.targetLanguageCode}`]).size).toBe(1);
    }
    expect(new Set(calls.map((c) => c.targetLanguageCode))).toEqual(new Set(['th', 'zh-CN']));
    expect(ctx.stats).toEqual({ chars: calls.reduce((n, c) => n + c.codePoints, 0), requests: calls.length });
  });

  it("sends a segment longer than maxCodePoints alone, and one over Google's 30,000 not at all", async () => {
    const long = request([{ type: 'text', value: 'word '.repeat(2_000) }], 'en', 'th', 1);
    const huge = request([{ type: 'text', value: 'x'.repeat(30_001) }], 'en', 'th', 2);
    const ctx = recordingContext();
    const out = await provider({ maxCodePoints: 5_000 }).translate([seedTh[0] as TranslationRequest, long, huge], ctx);
    expect([...out.keys()].sort()).toEqual([seedTh[0]?.key, long.key].sort());
    expect(callsOfTest().map((c) => c.contents.length)).toEqual([1, 1]);
    expect(ctx.rejected).toEqual([{ key: huge.key, reason: expect.stringContaining('30000') }]);
  });

  it('sends a key once even when it is asked for twice', async () => {
    const ctx = recordingContext();
    const out = await provider().translate([...seedTh.slice(0, 3), ...seedTh.slice(0, 3)], ctx);
    expect(out.size).toBe(3);
    expect(callsOfTest().flatMap((c) => c.contents)).toHaveLength(3);
  });

  it('hands over each batch before sending the next, and reports progress', async () => {
    const requests = seedTh.slice(0, 20);
    const sentWhenPersisted: number[] = [];
    const ctx = recordingContext({
      onTargets: async () => {
        sentWhenPersisted.push(callsOfTest().length);
      },
    });
    const out = await provider({ maxStrings: 6, concurrency: 1 }).translate(requests, ctx);
    expect(out.size).toBe(20);
    expect(sentWhenPersisted).toEqual([1, 2, 3, 4]);
    expect(ctx.progress).toEqual([
      [0, 20],
      [6, 20],
      [12, 20],
      [18, 20],
      [20, 20],
    ]);
  });

  it('passes each completed batch to onTargets as its own map', async () => {
    const ctx = recordingContext();
    await provider({ maxStrings: 5, concurrency: 2 }).translate(seedTh.slice(0, 12), ctx);
    expect(ctx.batches.map((b) => b.size).sort()).toEqual([2, 5, 5]);
  });
});

describe.skipIf(!SHARED_TEXTS)('google provider retries', () => {
  for (const status of ['UNAVAILABLE', 'RESOURCE_EXHAUSTED', 'INTERNAL'] as const) {
    it(`retries ${status} twice, then succeeds`, async () => {
      const ctx = recordingContext();
      const out = await provider({}, { 1: { kind: 'status', status }, 2: { kind: 'status', status } }).translate(
        seedTh.slice(0, 3),
        ctx,
      );
      expect(out.size).toBe(3);
      expect(callsOfTest().map((c) => c.status)).toEqual([status, status, 'OK']);
      expect(ctx.stats.requests).toBe(1);
    });
  }

  it('retries a call that outlives its deadline', async () => {
    const out = await provider(
      { retry: { ...FAST_RETRY, deadlineMs: 300 } },
      { 1: { kind: 'latency', ms: 30_000 } },
    ).translate(seedTh.slice(0, 2), recordingContext());
    expect(out.size).toBe(2);
    expect(callsOfTest()).toHaveLength(2);
  });

  it('gives up after maxAttempts with an error naming the pair and what to do, keeping earlier batches', async () => {
    const ctx = recordingContext();
    const failing: FaultPlan = (call) =>
      call.call - first >= 2 ? { kind: 'status', status: 'UNAVAILABLE' } : undefined;
    const run = provider(
      { maxStrings: 4, concurrency: 1, retry: { ...FAST_RETRY, maxAttempts: 3 } },
      failing,
    ).translate(seedTh.slice(0, 12), ctx);
    const err = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({
      code: 'UNAVAILABLE',
      from: 'en',
      to: 'th',
      attempts: 3,
      message: expect.stringContaining('after 3 attempt'),
    });
    expect(callsOfTest().map((c) => c.status)).toEqual(['OK', 'UNAVAILABLE', 'UNAVAILABLE', 'UNAVAILABLE']);
    expect(ctx.batches.map((b) => b.size)).toEqual([4]);
  });

  it('fails at once on PERMISSION_DENIED, with an actionable message', async () => {
    const plan: FaultPlan = () => ({
      kind: 'status',
      status: 'PERMISSION_DENIED',
      message: 'Cloud Translation API has not been used in project silkbridge-test',
    });
    const err = await provider({ maxStrings: 2, concurrency: 1 }, plan)
      .translate(seedZh.slice(0, 10), recordingContext())
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'PERMISSION_DENIED',
      from: 'en',
      to: 'zh',
      attempts: 1,
      message: expect.stringContaining('roles/cloudtranslate.user'),
    });
    expect(callsOfTest()).toHaveLength(1);
  });

  it('fails fast on INVALID_ARGUMENT and stops the other workers', async () => {
    const plan: FaultPlan = () => ({
      kind: 'status',
      status: 'INVALID_ARGUMENT',
      message: 'Target language is invalid.',
    });
    const err = await provider({ maxStrings: 1, concurrency: 4 }, plan)
      .translate(seedTh.slice(0, 20), recordingContext())
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('GOOGLE_CLOUD_LOCATION') });
    expect(callsOfTest().length).toBeLessThanOrEqual(4);
  });

  it('stops before sending when the run is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('interrupted'));
    const err = await provider()
      .translate(seedTh.slice(0, 3), recordingContext({ signal: controller.signal }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ message: 'interrupted' });
    expect(callsOfTest()).toHaveLength(0);
  });
});

describe.skipIf(!SHARED_TEXTS)('google provider garbage replies', () => {
  const coded = seedTh.filter(
    (r) => r.source.some((x) => x.type === 'open') && r.source.some((x) => x.type === 'lock'),
  );
  const batch = [
    coded[0],
    ...seedTh.filter((r) => r.source.every((x) => x.type === 'text')).slice(0, 2),
  ] as TranslationRequest[];

  for (const garbage of ['drop-tags', 'mangle-no-translate', 'duplicate-tag'] as const) {
    it(`drops a translation with ${garbage} and keeps the rest of the batch`, async () => {
      expect(coded.length).toBeGreaterThan(0);
      const ctx = recordingContext();
      const out = await provider({}, { 1: { kind: 'garbage', garbage, indexes: [0] } }).translate(batch, ctx);
      expect([...out.keys()]).toEqual([batch[1]?.key, batch[2]?.key]);
      expect(ctx.rejected).toEqual([{ key: batch[0]?.key, reason: expect.stringMatching(/^engine output/) }]);
      expect(ctx.batches[0]?.has(batch[0]?.key ?? '')).toBe(false);
    });
  }

  it('drops the whole batch when the count of translations is wrong', async () => {
    const ctx = recordingContext();
    const out = await provider({}, { 1: { kind: 'garbage', garbage: 'wrong-count' } }).translate(batch, ctx);
    expect(out.size).toBe(0);
    expect(ctx.rejected.map((r) => r.reason)).toEqual(Array(3).fill('engine returned 2 translations for 3 strings'));
    expect(ctx.stats.chars).toBeGreaterThan(0);
  });
});
