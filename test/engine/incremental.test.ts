// The engine path end to end: `localize` with `--provider memory,google`, the real client library over gRPC to the
// in-process emulator, a fresh project folder per test. What is sent, what it costs, and what a re-run sends.
import { describe, expect, it } from 'vitest';
import { dominantScript, pseudoTranslate } from '../../emulator/swap-script.ts';
import type { EmulatorOptions } from '../../emulator/server.ts';
import { engineHarness, LANG, RELEASES, sentOk } from './project.ts';

const SLUGS = Object.keys(RELEASES).sort();
const OUTPUTS = ['th', 'zh'].flatMap((locale) => SLUGS.map((slug) => `${locale}/${slug}.md`));
/** The sentence every release carries in its "About" section. */
const SHARED =
  '<span translate="no" data-t="siam-lotus-bank">{bank}</span> is a commercial bank headquartered in Bangkok.';
const BANK = { th: 'ธนาคารสยามโลตัส', zh: '暹罗莲花银行' };

const harness = engineHarness();
const emulator = (opts?: EmulatorOptions) => harness.emulator(opts);

async function outputs(): Promise<Record<string, string>> {
  return Object.fromEntries(
    await Promise.all(OUTPUTS.map(async (path) => [path, await harness.project.read(`out/${path}`)] as const)),
  );
}

describe('localize through the google provider', () => {
  it('translates every release into th and zh on the first run, and reports what the emulator received', async () => {
    const emu = await emulator();
    const { code, report } = await harness.project.localize(emu.port);
    expect(code).toBe(0);
    expect(await harness.project.files('out')).toEqual(OUTPUTS);
    expect(report.totals).toMatchObject({ missing: 0, memory: 0, qa: { errors: 0 } });
    expect(report.totals.chars_sent).toBeGreaterThan(0);
    expect(report.totals.requests).toBeGreaterThan(0);
    expect(report.totals.chars_sent).toBe(emu.stats.codePoints);
    expect(report.totals.requests).toBe(emu.stats.requests);
    expect(
      emu.stats.calls.every(
        (c) => c.status === 'OK' && c.mimeType === 'text/html' && c.parent === 'projects/emulator/locations/global',
      ),
    ).toBe(true);
    for (const [path, text] of Object.entries(await outputs())) {
      const locale = path.startsWith('th/') ? 'th' : 'zh';
      expect(dominantScript(text.replace(/^---[\s\S]*?---/, ''))).toBe(locale === 'th' ? 'thai' : 'han');
      expect(text).toContain(BANK[locale]);
      if (!path.includes('branch-expansion')) expect(text).toContain('](https://example.com/paylink)');
    }
    const memory = await harness.project.memory();
    expect([...memory.keys()].sort()).toEqual(SLUGS.flatMap((slug) => [`${slug}/th.xlf`, `${slug}/zh.xlf`]));
    for (const tm of memory.values()) {
      expect(tm.units.length).toBeGreaterThan(0);
      for (const unit of tm.units) expect(unit).toMatchObject({ state: 'translated', origin: 'google-emulator' });
    }
  });

  it('sends a sentence shared by releases once per target locale', async () => {
    const emu = await emulator();
    const { report } = await harness.project.localize(emu.port);
    for (const locale of ['th', 'zh'] as const) {
      const sent = sentOk(emu.stats.calls, LANG[locale]);
      expect(new Set(sent).size).toBe(sent.length);
      expect(sent.filter((html) => html.includes('is a commercial bank headquartered'))).toEqual([
        SHARED.replace('{bank}', BANK[locale]),
      ]);
      expect(sent.filter((html) => html.startsWith('Details are in the '))).toHaveLength(1);
      expect(sent.filter((html) => html.startsWith('Media contact: '))).toHaveLength(1);
      const segments = report.releases.reduce((n, r) => n + (r.locales[locale]?.engine ?? 0), 0);
      expect(sent.length).toBeLessThan(segments);
    }
    // Each shared key is billed once, against the first release that asked for it.
    expect(report.releases.map((r) => r.locales.th?.chars_sent ?? 0).reduce((a, b) => a + b, 0)).toBe(
      emu.stats.calls.filter((c) => c.targetLanguageCode === 'th').reduce((n, c) => n + c.codePoints, 0),
    );
  });

  it('sends nothing on a re-run with nothing changed, and writes the same outputs', async () => {
    const emu = await emulator();
    await harness.project.localize(emu.port);
    const before = { outputs: await outputs(), requests: emu.stats.requests };
    const { code, report } = await harness.project.localize(emu.port);
    expect(code).toBe(0);
    expect(report.totals).toMatchObject({ chars_sent: 0, requests: 0, engine: 0, missing: 0, cost_usd: 0 });
    expect(report.totals.memory).toBe(report.totals.segments);
    expect(emu.stats.requests).toBe(before.requests);
    expect(await outputs()).toEqual(before.outputs);
  });

  it('sends only the edited sentence, once per target locale', async () => {
    const emu = await emulator();
    await harness.project.localize(emu.port);
    const first = emu.stats.calls.length;
    const file = 'content/releases/wallet-partnership.md';
    const old = 'The pilot starts in Chiang Mai on 1 May 2025.';
    const edited = 'The pilot starts in Lampang on 1 May 2025.';
    await harness.project.write(file, (await harness.project.read(file)).replace(old, edited));

    const { code, report } = await harness.project.localize(emu.port);
    expect(code).toBe(0);
    const calls = emu.stats.calls.slice(first);
    expect(calls.map((c) => [c.targetLanguageCode, c.contents])).toEqual(
      expect.arrayContaining([
        ['th', [edited]],
        ['zh-CN', [edited]],
      ]),
    );
    expect(calls).toHaveLength(2);
    expect(report.totals).toMatchObject({ chars_sent: 2 * edited.length, requests: 2, engine: 2 });
    const wallet = report.releases.find((r) => r.release === 'wallet-partnership');
    expect(wallet?.locales.th).toMatchObject({
      engine: 1,
      chars_sent: edited.length,
      output: 'out/th/wallet-partnership.md',
    });
    expect(await harness.project.read('out/th/wallet-partnership.md')).toContain(pseudoTranslate(edited, 'th'));
    expect(await harness.project.read('out/zh/wallet-partnership.md')).toContain(pseudoTranslate(edited, 'zh-CN'));
  });

  it('sends nothing after a glossary-only change, and the Thai outputs show the new form', async () => {
    const emu = await emulator();
    await harness.project.localize(emu.port);
    const before = { outputs: await outputs(), requests: emu.stats.requests };
    const glossary = 'content/glossary.yaml';
    await harness.project.write(
      glossary,
      (await harness.project.read(glossary)).replace(`th: ${BANK.th}`, 'th: สยามโลตัสแบงก์'),
    );

    const { code, report } = await harness.project.localize(emu.port);
    expect(code).toBe(0);
    expect(emu.stats.requests).toBe(before.requests);
    expect(report.totals).toMatchObject({ chars_sent: 0, requests: 0 });
    const after = await outputs();
    for (const slug of SLUGS) {
      expect(after[`th/${slug}.md`]).toContain('สยามโลตัสแบงก์');
      expect(after[`th/${slug}.md`]).not.toContain(BANK.th);
      expect(after[`zh/${slug}.md`]).toBe(before.outputs[`zh/${slug}.md`]);
    }
  });

  it('--dry-run prints segments, characters and cost per release and locale, sends and writes nothing', async () => {
    const emu = await emulator();
    const dry = await harness.project.localize(emu.port, { dryRun: true, report: 'dry-run.json' });
    expect(dry.code).toBe(0);
    expect(emu.stats.requests).toBe(0);
    expect(await harness.project.files('out')).toEqual([]);
    expect(await harness.project.files('content/translations')).toEqual([]);
    expect(dry.report.dry_run).toBe(true);
    for (const release of dry.report.releases) {
      for (const locale of ['th', 'zh']) {
        const row = release.locales[locale];
        expect(row?.engine).toBe(row?.segments);
        const line = dry.lines.find((l) => l.startsWith(`${release.release} `) && l.split(/\s+/)[1] === locale);
        expect(line?.split(/\s+/)).toEqual([
          release.release,
          locale,
          ...[row?.segments, 0, row?.engine, 0, 0, 0, row?.chars_sent].map(String),
          expect.any(String),
          expect.any(String),
          '(dry',
          'run)',
        ]);
      }
    }
    const chars = dry.report.totals.chars_sent;
    expect(chars).toBeGreaterThan(0);
    expect(dry.report.totals.cost_usd).toBeCloseTo((chars * 20) / 1_000_000, 4);
    const cost = ((chars * 20) / 1_000_000).toFixed(4);
    expect(
      dry.lines.filter(
        (l) =>
          l ===
          `dry run: engines would be sent ${chars} characters, $${cost} at $20 per million characters; nothing was sent or written`,
      ),
    ).toHaveLength(1);

    // The estimate is what a real run then sends, release by release.
    const real = await harness.project.localize(emu.port);
    expect(real.report.totals.chars_sent).toBe(chars);
    expect(emu.stats.codePoints).toBe(chars);
    expect(real.report.releases.map((r) => [r.release, r.locales.th?.chars_sent, r.locales.zh?.chars_sent])).toEqual(
      dry.report.releases.map((r) => [r.release, r.locales.th?.chars_sent, r.locales.zh?.chars_sent]),
    );
  });
});
