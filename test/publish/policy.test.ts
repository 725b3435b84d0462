import { describe, expect, it } from 'vitest';
import { blockers, formatBlocker, provenance, type LocaleOutcome } from '../../pipeline/publish/policy.ts';
import type { Target } from '../../pipeline/types.ts';

const target = (state: Target['state'], origin: string): Target => ({
  runs: [{ type: 'text', value: 'x' }],
  state,
  origin,
});

function outcome(targets: [string, Target][], extra: Partial<LocaleOutcome> = {}): LocaleOutcome {
  return { missing: [], findings: [], targets: new Map(targets), markdown: 'x\n', ...extra };
}

describe('provenance', () => {
  it('sorts targets into source, reviewed, memory, engine and artefact', () => {
    expect(provenance(target('final', 'source'))).toBe('source');
    expect(provenance(target('reviewed', 'google'))).toBe('reviewed');
    expect(provenance(target('final', 'Ploy S.'))).toBe('reviewed');
    expect(provenance(target('translated', 'google'))).toBe('engine');
    expect(provenance(target('translated', 'Ploy S.'))).toBe('memory');
    expect(provenance(target('translated', 'pseudo'))).toBe('artefact');
  });
});

describe('blockers', () => {
  it('lets a reviewed release through', () => {
    expect(
      blockers(
        'r',
        'th',
        outcome([
          ['s1', target('reviewed', 'human')],
          ['s2', target('final', 'source')],
        ]),
      ),
    ).toEqual([]);
  });

  it('names every missing segment and every QA error, not warnings', () => {
    const found = blockers(
      'r',
      'zh',
      outcome([], {
        missing: ['s1', 's2'],
        findings: [
          { check: 'numbers', severity: 'error', message: '80 million is missing', segment: 's3' },
          { check: 'length', severity: 'warning', message: 'long', segment: 's4' },
        ],
      }),
    );
    expect(found.map(formatBlocker)).toEqual([
      '  missing r zh s1: no translation in the memory',
      '  missing r zh s2: no translation in the memory',
      '  qa r zh s3: numbers: 80 million is missing',
    ]);
  });

  it('refuses unreviewed engine output unless the policy allows it', () => {
    const engine = outcome([['s1', target('translated', 'google')]]);
    expect(blockers('r', 'th', engine)).toMatchObject([{ reason: 'unreviewed', segment: 's1' }]);
    expect(blockers('r', 'th', engine, { allowUnreviewed: true })).toEqual([]);
  });

  it('always refuses pseudo output and drafts', () => {
    const policy = { allowUnreviewed: true };
    expect(blockers('r', 'th', outcome([['s1', target('translated', 'pseudo')]]), policy)).toMatchObject([
      { reason: 'artefact' },
    ]);
    expect(blockers('r', 'th', outcome([['s1', target('initial', 'google')]]), policy)).toMatchObject([
      { reason: 'draft' },
    ]);
  });

  it('refuses a locale that did not assemble', () => {
    const { markdown: _, ...rest } = outcome([]);
    expect(blockers('r', 'th', rest)).toMatchObject([{ reason: 'unassembled' }]);
  });
});
