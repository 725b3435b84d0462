// The engine path when the engine misbehaves: a busy service is retried, a refusal ends the run with a message a
// user can act on and keeps every completed batch, and a reply that lost a code or a lock is never stored.
import { describe, expect, it } from 'vitest';
import type { EmulatorOptions, FaultPlan } from '../../emulator/server.ts';
import { UserError } from '../../pipeline/errors.ts';
import { emulatorEnv, engineHarness, LANG, RELEASES, sentOk, type TargetLocale } from './project.ts';

const harness = engineHarness();
const emulator = (opts?: EmulatorOptions) => harness.emulator(opts);

const LOCALES: TargetLocale[] = ['th', 'zh'];
const sorted = (list: readonly string[]): string[] => [...list].sort();

describe('engine failures', () => {
  it('retries UNAVAILABLE twice, then completes', async () => {
    let failures = 0;
    const emu = await emulator({
      faults: (call) =>
        call.targetLanguageCode === 'th' && failures++ < 2 ? { kind: 'status', status: 'UNAVAILABLE' } : undefined,
    });
    const { code, report } = await harness.project.localize(emu.port);
    expect(code).toBe(0);
    const th = emu.stats.calls.filter((c) => c.targetLanguageCode === 'th');
    expect(th.map((c) => c.status)).toEqual(['UNAVAILABLE', 'UNAVAILABLE', 'OK']);
    expect(new Set(th.map((c) => JSON.stringify(c.contents))).size).toBe(1);
    // Billed: what was answered; failed attempts cost nothing.
    const ok = emu.stats.calls.filter((c) => c.status === 'OK');
    expect(report.totals).toMatchObject({
      requests: ok.length,
      missing: 0,
      chars_sent: ok.reduce((n, c) => n + c.codePoints, 0),
    });
    expect(await harness.project.files('out')).toHaveLength(2 * Object.keys(RELEASES).length);
  });

  it('stops at PERMISSION_DENIED with an actionable message, keeps the completed batches, and the next run sends only the rest', async () => {
    const plan: { faults: FaultPlan | undefined } = {
      faults: (call) =>
        call.call > 2
          ? {
              kind: 'status',
              status: 'PERMISSION_DENIED',
              message: 'Cloud Translation API has not been used in project emulator',
            }
          : undefined,
    };
    const emu = await emulator({
      faults: (call) => (typeof plan.faults === 'function' ? plan.faults(call) : undefined),
    });
    const env = emulatorEnv(emu.port, { TRANSLATE_MAX_CODE_POINTS: '300' });

    const error = await harness.project.localize(emu.port, { env }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(
        /PERMISSION_DENIED.*Enable the Cloud Translation API.*roles\/cloudtranslate\.user/s,
      ),
    });
    const first = emu.stats.calls.slice();
    expect(first.filter((c) => c.status === 'OK').map((c) => c.call)).toEqual([1, 2]);
    expect(first.every((c) => c.status === 'OK' || c.status === 'PERMISSION_DENIED')).toBe(true);
    // Fails fast: no string was tried twice.
    const tried = first.flatMap((c) => c.contents.map((html) => `${c.targetLanguageCode}:${html}`));
    expect(new Set(tried).size).toBe(tried.length);
    expect(await harness.project.files('out')).toEqual([]);
    const kept = await harness.project.persisted();
    for (const locale of LOCALES)
      expect(sorted([...new Set(kept[locale])])).toEqual(sorted(sentOk(first, LANG[locale])));

    plan.faults = undefined;
    const { code } = await harness.project.localize(emu.port, { env });
    expect(code).toBe(0);
    const second = emu.stats.calls.slice(first.length);
    const everything = await harness.project.persisted();
    for (const locale of LOCALES) {
      const before = new Set(sentOk(first, LANG[locale]));
      const now = sentOk(second, LANG[locale]);
      expect(now.filter((html) => before.has(html))).toEqual([]);
      expect(sorted([...before, ...now])).toEqual(sorted([...new Set(everything[locale])]));
    }
  });

  it('rejects a reply that lost a code or a lock: reported, not stored, that locale not written', async () => {
    const dropCode = 'Details are in the ';
    const dropLock = 'is a commercial bank headquartered in Bangkok.';
    const spoil: FaultPlan = (call) => {
      const [marker, garbage] =
        call.targetLanguageCode === 'th'
          ? [dropCode, 'drop-tags' as const]
          : [dropLock, 'mangle-no-translate' as const];
      const index = call.contents.findIndex((html) => html.includes(marker));
      return index < 0 ? undefined : { kind: 'garbage', garbage, indexes: [index] };
    };
    const plan: { faults: FaultPlan | undefined } = { faults: spoil };
    const emu = await emulator({
      faults: (call) => (typeof plan.faults === 'function' ? plan.faults(call) : undefined),
    });

    const { code, report } = await harness.project.localize(emu.port);
    expect(code).toBe(1);
    // "Details are in the product guide" is in two releases; the bank sentence in all three.
    expect(await harness.project.files('out')).toEqual(['th/branch-expansion.md']);
    const rows = Object.fromEntries(report.releases.map((r) => [r.release, r.locales]));
    expect(rows['paylink-launch']?.th).toMatchObject({ missing: 1, output: null });
    expect(rows['wallet-partnership']?.th).toMatchObject({ missing: 1, output: null });
    for (const slug of Object.keys(RELEASES)) expect(rows[slug]?.zh).toMatchObject({ missing: 1, output: null });
    expect(report.problems.filter((p) => p.includes('engine-output'))).toHaveLength(5);
    expect(report.problems.join('\n')).toMatch(/engine output does not match the source codes: lost open/);
    expect(report.problems.join('\n')).toMatch(/engine output unusable: .*span/);
    const kept = await harness.project.persisted();
    expect(kept.th.some((html) => html.includes(dropCode))).toBe(false);
    expect(kept.zh.some((html) => html.includes(dropLock))).toBe(false);
    expect(kept.th.some((html) => html.includes(dropLock))).toBe(true);

    // The next run asks only for the two rejected strings.
    plan.faults = undefined;
    const before = emu.stats.calls.length;
    const again = await harness.project.localize(emu.port);
    expect(again.code).toBe(0);
    const calls = emu.stats.calls.slice(before);
    expect(sentOk(calls, 'th')).toEqual([expect.stringContaining(dropCode)]);
    expect(sentOk(calls, 'zh-CN')).toEqual([expect.stringContaining(dropLock)]);
    expect(await harness.project.files('out')).toHaveLength(2 * Object.keys(RELEASES).length);
  });
});
