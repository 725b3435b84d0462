// parseRunsKey inverts runsKey (white space as the key has it): what a fuzzy match's source is rebuilt from.
import { describe, expect, it } from 'vitest';
import { normalizeRuns, parseRunsKey, runsKey } from '../../pipeline/runs.ts';
import type { Run } from '../../pipeline/types.ts';

const cases: Run[][] = [
  [{ type: 'text', value: 'plain text' }],
  [
    { type: 'lock', term: 'siam-lotus-bank' },
    { type: 'text', value: ' has ' },
    { type: 'open', id: '1' },
    { type: 'text', value: '12 staff' },
    { type: 'close', id: '1' },
    { type: 'text', value: ' and ' },
    { type: 'ph', id: '2' },
  ],
  [{ type: 'text', value: 'braces {1} and {t:x} and a back\\slash, typed as text' }],
  [
    { type: 'open', id: '1' },
    { type: 'open', id: '2' },
    { type: 'close', id: '1' },
    { type: 'close', id: '2' },
  ],
];

describe('parseRunsKey', () => {
  it.each(cases.map((runs) => [runsKey(runs), runs] as const))('inverts %s', (key, runs) => {
    expect(parseRunsKey(key)).toEqual(normalizeRuns(runs));
    expect(runsKey(parseRunsKey(key))).toBe(key);
  });

  it('gives white space as the key collapsed it', () => {
    expect(parseRunsKey(runsKey([{ type: 'text', value: '  two\n  lines ' }]))).toEqual([
      { type: 'text', value: 'two lines' },
    ]);
  });
});
