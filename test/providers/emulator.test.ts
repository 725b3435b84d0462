// The emulator through the real client library over real gRPC: translation, limits, faults, statistics.
import { decode } from 'html-entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type FaultPlan } from '../../emulator/server.ts';
import {
  dominantScript,
  pseudoTranslate,
  pseudoTranslateHtml,
  unpseudo,
  unpseudoHtml,
} from '../../emulator/swap-script.ts';
import { createTranslateClient, type TranslateClient } from '../../pipeline/providers/google-client.ts';
import { statusName } from '../../pipeline/providers/google-errors.ts';
import { SEED, sentences, SHARED_TEXTS, THAI } from './helpers.ts';

process.env.METADATA_SERVER_DETECTION = 'none';

const PARENT = 'projects/p/locations/global';
const faults: { plan: FaultPlan | undefined } = { plan: undefined };
let emulator: Emulator;
let client: TranslateClient;

beforeAll(async () => {
  // The plan is read per call, so each test can install its own.
  emulator = await startEmulator({
    port: 0,
    faults: (call) => (typeof faults.plan === 'function' ? faults.plan(call) : faults.plan?.[call.call]),
  });
  client = await createTranslateClient({ host: '127.0.0.1', port: emulator.port });
});

afterAll(async () => {
  await client.close();
  await emulator.stop();
});

async function translate(
  contents: string[],
  extra: { mimeType?: string; targetLanguageCode?: string; parent?: string } = {},
): Promise<string[]> {
  const [res] = await client.translateText(
    { parent: PARENT, contents, mimeType: 'text/html', sourceLanguageCode: 'en', targetLanguageCode: 'th', ...extra },
    { timeout: 10_000 },
  );
  return (res.translations ?? []).map((x) => x.translatedText ?? '');
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return { code: statusName(err), message: err instanceof Error ? err.message : String(err) };
  }
  throw new Error('expected the call to fail');
}

describe('pseudo-translation', () => {
  it.skipIf(!SHARED_TEXTS)('is reversible and tells target languages apart (../shared texts)', () => {
    for (const s of [...sentences(SEED), ...sentences(THAI)]) {
      expect(unpseudo(pseudoTranslate(s, 'th'), 'th')).toBe(s);
      expect(unpseudo(pseudoTranslate(s, 'zh-CN'), 'zh-CN')).toBe(s);
      expect(dominantScript(pseudoTranslate(s, 'zh-CN'))).toBe(dominantScript(s) === undefined ? undefined : 'han');
    }
    for (const s of sentences(SEED))
      expect(dominantScript(pseudoTranslate(s, 'th'))).toBe(dominantScript(s) === undefined ? undefined : 'thai');
  });

  it('in HTML keeps tags, leaves translate="no" content byte for byte, and escapes like Google', () => {
    const html = `Tom &amp; "Jerry" it's <b id="1">big</b><img id="2"> <span translate="no" data-t="t">Ten &amp; cent <i>x</i></span> end`;
    const out = pseudoTranslateHtml(html, 'th');
    expect(out).toBe(
      'ฮฏญ &amp; &quot;ฤฅฒฒน&quot; ฉด&#39;ณ <b id="1">ขฉง</b><img id="2"> ' +
        '<span translate="no" data-t="t">Ten &amp; cent <i>x</i></span> ฅฎค',
    );
    expect(decode(unpseudoHtml(out, 'th'))).toBe(decode(html));
  });
});

describe('TranslateText over gRPC', () => {
  it('translates text/html and text/plain for the requested target', async () => {
    expect(await translate(['a "b" <b id="1">c</b>'], { targetLanguageCode: 'zh-CN' })).toEqual([
      '水 &quot;氵&quot; <b id="1">氶</b>',
    ]);
    expect(await translate(['a "b" <c>'], { mimeType: 'text/plain' })).toEqual(['ก "ข" <ฃ>']);
  });

  it('accepts exactly 1,024 strings and 30,000 code points (an emoji counts once)', async () => {
    expect(await translate(Array.from({ length: 1024 }, () => 'x'))).toHaveLength(1024);
    expect(await translate(['😀'.repeat(30_000)], { mimeType: 'text/plain' })).toHaveLength(1);
  });

  it('enforces the request limits and required fields with INVALID_ARGUMENT', async () => {
    expect(await failure(translate(Array.from({ length: 1025 }, () => 'x')))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('Too many text segments'),
    });
    expect(await failure(translate(['😀'.repeat(15_000), '😀'.repeat(15_001)]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('Text is too long'),
    });
    expect(await failure(translate(['x'], { parent: '' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining("'parent'"),
    });
    expect(await failure(translate(['x'], { targetLanguageCode: '' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('Target language is required'),
    });
    expect(await failure(translate(['x'], { targetLanguageCode: 'zz' }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await failure(translate(['x'], { mimeType: 'text/markdown' }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await failure(translate([]))).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('injects failures by call number and records every call', async () => {
    const first = emulator.stats.requests + 1;
    faults.plan = {
      [first]: { kind: 'status', status: 'UNAVAILABLE' },
      [first + 1]: {
        kind: 'status',
        status: 'PERMISSION_DENIED',
        message: 'Cloud Translation API has not been used in project p',
      },
      [first + 2]: [
        { kind: 'latency', ms: 5 },
        { kind: 'status', status: 'RESOURCE_EXHAUSTED' },
      ],
    };
    expect((await failure(translate(['x']))).code).toBe('UNAVAILABLE');
    expect(await failure(translate(['x']))).toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('has not been used'),
    });
    expect((await failure(translate(['x']))).code).toBe('RESOURCE_EXHAUSTED');
    expect(await translate(['ok'])).toEqual(['ฏซ']);
    faults.plan = undefined;
    expect(emulator.stats.calls.slice(first - 1).map((c) => c.status)).toEqual([
      'UNAVAILABLE',
      'PERMISSION_DENIED',
      'RESOURCE_EXHAUSTED',
      'OK',
    ]);
  });

  it('returns garbage on demand: dropped tags, mangled locks, duplicated tags, a missing translation', async () => {
    const html = ['<b id="1">a</b> <span translate="no" data-t="t">T</span>', 'b'];
    faults.plan = ({ contents }) =>
      contents.length === 2 ? { kind: 'garbage', garbage: 'drop-tags', indexes: [0] } : undefined;
    expect(await translate(html)).toEqual(['ก T', 'ข']);
    faults.plan = () => ({ kind: 'garbage', garbage: 'mangle-no-translate' });
    expect(await translate(html)).toEqual(['<b id="1">ก</b> <span>⟦mangled:T⟧</span>', 'ข']);
    faults.plan = () => ({ kind: 'garbage', garbage: 'duplicate-tag' });
    expect(await translate(html.slice(0, 1))).toEqual([
      '<b id="1"><b id="1">ก</b> <span translate="no" data-t="t">T</span>',
    ]);
    faults.plan = () => ({ kind: 'garbage', garbage: 'wrong-count' });
    expect(await translate(html)).toHaveLength(1);
    faults.plan = undefined;
  });

  it('counts requests, strings and code points', async () => {
    const before = { ...emulator.stats };
    await translate(['สวัสดี', 'ab']);
    expect(emulator.stats.requests - before.requests).toBe(1);
    expect(emulator.stats.strings - before.strings).toBe(2);
    expect(emulator.stats.codePoints - before.codePoints).toBe(8);
    expect(emulator.stats.calls.at(-1)).toMatchObject({
      parent: PARENT,
      targetLanguageCode: 'th',
      contents: ['สวัสดี', 'ab'],
      codePoints: 8,
    });
  });
});

describe('stop', () => {
  it('ends at once even with a delayed call in flight', async () => {
    const slow = await startEmulator({ latencyMs: 60_000 });
    const c = await createTranslateClient({ host: '127.0.0.1', port: slow.port });
    const pending = failure(
      c.translateText(
        { parent: PARENT, contents: ['x'], mimeType: '', sourceLanguageCode: '', targetLanguageCode: 'th' },
        { timeout: 60_000 },
      ),
    );
    for (let i = 0; i < 200 && slow.stats.requests === 0; i++) await new Promise((r) => setTimeout(r, 5));
    await slow.stop();
    expect((await pending).code).not.toBe('OK');
    await c.close();
  });
});
