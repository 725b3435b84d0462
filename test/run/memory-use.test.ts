// What the manifest keeps of the memory a release used: its request key hashes and one digest of the targets they
// got. The digest must follow the targets' content (text, codes, locks, state, origin) and nothing else: not the
// order a target's fields were read in, nor which object holds them.
import { describe, expect, it } from 'vitest';
import { emptyMemory, remember } from '../../pipeline/tm/index.ts';
import { KEY_HASH_WIDTH } from '../../pipeline/run/manifest.ts';
import { memoryTargets, memoryUse, sameTargets } from '../../pipeline/run/unchanged.ts';
import type { Run, Target, TranslationRequest } from '../../pipeline/types.ts';

const request = (source: string): TranslationRequest => ({
  key: `en>th:${source}`,
  source: [{ type: 'text', value: source }],
  from: 'en',
  to: 'th',
  lockForms: {},
  release: 'r',
  segment: 's',
});
const REQUESTS = [request('Pay with {1}.'), request('Shops take it.'), request('Not in the memory.')];

function memoryWith(first: Run[], state: Target['state'] = 'translated', origin = 'google') {
  const memory = emptyMemory();
  remember(memory, 'en', 'th', 'Pay with {1}.', { runs: first, state, origin });
  remember(memory, 'en', 'th', 'Shops take it.', { runs: [{ type: 'text', value: 'ร้านค้ารับ' }], state, origin });
  return memory;
}
const RUNS: Run[] = [
  { type: 'text', value: 'จ่ายด้วย ' },
  { type: 'lock', term: 'wechat-pay' },
  { type: 'ph', id: '1' },
];

describe('memoryUse', () => {
  it('hashes each request key to a fixed width, in request order', () => {
    const { keys } = memoryUse(memoryWith(RUNS), REQUESTS);
    expect(keys).toHaveLength(REQUESTS.length * KEY_HASH_WIDTH);
    expect(memoryUse(memoryWith(RUNS), [...REQUESTS].reverse()).keys).not.toBe(keys);
  });

  it('gives the same digest for the same targets, whatever order their fields were read in', () => {
    const reordered = RUNS.map((run) => Object.fromEntries(Object.entries(run).reverse()) as Run);
    expect(Object.keys(reordered[2] ?? {})).toEqual(['id', 'type']);
    expect(memoryUse(memoryWith(reordered), REQUESTS).targets).toBe(memoryUse(memoryWith(RUNS), REQUESTS).targets);
  });

  it('changes the digest with a target text (white space too), a lock, a code, a state or an origin', () => {
    const base = memoryUse(memoryWith(RUNS), REQUESTS).targets;
    const variants = [
      memoryWith([{ type: 'text', value: 'จ่ายด้วย' }, ...RUNS.slice(1)]),
      // White space only: the output changes with it, so the record must not stand.
      memoryWith([{ type: 'text', value: 'จ่ายด้วย  ' }, ...RUNS.slice(1)]),
      memoryWith([RUNS[0] as Run, { type: 'lock', term: 'alipay' }, { type: 'ph', id: '1' }]),
      memoryWith([RUNS[0] as Run, { type: 'lock', term: 'wechat-pay' }, { type: 'ph', id: '2' }]),
      memoryWith([RUNS[0] as Run, { type: 'lock', term: 'wechat-pay' }, { type: 'open', id: '1' }]),
      memoryWith(RUNS, 'final'),
      memoryWith(RUNS, 'translated', 'pseudo'),
    ];
    const digests = variants.map((memory) => memoryUse(memory, REQUESTS).targets);
    expect(new Set([base, ...digests]).size).toBe(variants.length + 1);
  });

  it('is what sameTargets recomputes from the whole memory', () => {
    const { keys, targets } = memoryUse(memoryWith(RUNS), REQUESTS);
    const record = { targets } as Parameters<typeof sameTargets>[0];
    expect(sameTargets(record, keys, memoryTargets(memoryWith(RUNS)))).toBe(true);
    expect(sameTargets(record, keys, memoryTargets(memoryWith(RUNS, 'final')))).toBe(false);
  });
});
