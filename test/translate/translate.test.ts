// The translate stage alone: the chain, dedupe, dry runs, and the memory provider.
import { describe, expect, it } from 'vitest';
import { createIdentityProvider } from '../../pipeline/providers/identity.ts';
import { createMemoryProvider } from '../../pipeline/providers/memory.ts';
import { createPseudoProvider, pseudoRuns } from '../../pipeline/providers/pseudo.ts';
import { runsKey } from '../../pipeline/runs.ts';
import { emptyMemory, remember } from '../../pipeline/tm/index.ts';
import { requestKey, translate } from '../../pipeline/translate/index.ts';
import type { Run, Target, TranslationProvider, TranslationRequest } from '../../pipeline/types.ts';

const text = (value: string): Run => ({ type: 'text', value });
const request = (source: Run[], to: 'th' | 'zh', release = 'r1', segment = 's1'): TranslationRequest => ({
  key: requestKey('en', to, runsKey(source)),
  source,
  from: 'en',
  to,
  lockForms: {},
  release,
  segment,
});

/** An engine double that records what it was asked. */
function recordingEngine(): TranslationProvider & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    id: 'fake-engine',
    kind: 'engine',
    asked,
    estimate: (requests) => requests.reduce((n, r) => n + runsKey(r.source).length, 0),
    async translate(requests, ctx) {
      asked.push(requests.map((r) => r.key));
      ctx.stats.requests++;
      ctx.stats.chars += requests.reduce((n, r) => n + runsKey(r.source).length, 0);
      const targets = new Map<string, Target>(
        requests.map((r) => [r.key, { runs: [text(`[${r.to}] `), ...r.source], state: 'translated', origin: 'fake' }]),
      );
      await ctx.onTargets?.(targets);
      return targets;
    },
  };
}

describe('translate', () => {
  const a = [text('Douyin is popular.')];
  const b = [text('WeTV grew fast.')];

  it('asks each provider only for what the ones before it left', async () => {
    const memory = emptyMemory();
    remember(memory, 'en', 'th', runsKey(a), {
      runs: [text('Douyin ได้รับความนิยม')],
      state: 'reviewed',
      origin: 'human',
    });
    const engine = recordingEngine();
    const outcome = await translate([request(a, 'th'), request(b, 'th')], [createMemoryProvider(memory), engine]);
    expect(engine.asked).toEqual([[requestKey('en', 'th', runsKey(b))]]);
    expect(outcome.kinds.get(requestKey('en', 'th', runsKey(a)))).toBe('memory');
    expect(outcome.kinds.get(requestKey('en', 'th', runsKey(b)))).toBe('engine');
    expect(outcome.targets.get(requestKey('en', 'th', runsKey(a)))?.state).toBe('reviewed');
  });

  it('sends identical masked sources once, whatever release they come from', async () => {
    const engine = recordingEngine();
    const stored: string[] = [];
    await translate([request(a, 'zh', 'r1', 's1'), request(a, 'zh', 'r2', 's9'), request(a, 'th')], [engine], {
      onTargets: async (targets) => void stored.push(...targets.keys()),
    });
    expect(engine.asked.flat()).toEqual([requestKey('en', 'zh', runsKey(a)), requestKey('en', 'th', runsKey(a))]);
    expect(stored).toHaveLength(2);
  });

  it('in a dry run asks engines for an estimate only', async () => {
    const engine = recordingEngine();
    const outcome = await translate([request(a, 'th'), request(b, 'zh')], [engine], { dryRun: true });
    expect(engine.asked).toEqual([]);
    expect(outcome.targets.size).toBe(0);
    expect([...outcome.chars.values()].reduce((x, y) => x + y, 0)).toBe(runsKey(a).length + runsKey(b).length);
    expect(outcome.kinds.get(requestKey('en', 'th', runsKey(a)))).toBe('engine');
  });

  it('leaves what nobody can translate absent', async () => {
    const outcome = await translate([request(a, 'th')], [createMemoryProvider(emptyMemory())]);
    expect(outcome.targets.size).toBe(0);
  });

  it('identity returns the source and pseudo keeps codes and locks in place', async () => {
    const source: Run[] = [
      text('Pay with '),
      { type: 'open', id: '1' },
      { type: 'lock', term: 'wechat-pay' },
      { type: 'close', id: '1' },
      text(' now.'),
    ];
    const identity = await translate([request(source, 'th')], [createIdentityProvider()]);
    expect(identity.targets.get(requestKey('en', 'th', runsKey(source)))?.runs).toEqual(source);
    const pseudo = await translate([request(source, 'th')], [createPseudoProvider()]);
    const runs = pseudo.targets.get(requestKey('en', 'th', runsKey(source)))?.runs ?? [];
    expect(runs.filter((r) => r.type !== 'text')).toEqual(source.filter((r) => r.type !== 'text'));
    expect(runs).toEqual(pseudoRuns(source));
    expect(runsKey(runs)).toBe('⟦Þààý ŵííţĥ {1}{t:wechat-pay}{/1} ñööŵ.⟧');
  });
});
