// Refusals a person can act on: publish's blockers grouped with counts, QA warnings named by check, and missing
// translations saying which provider would fill them.
import { describe, expect, it } from 'vitest';
import type { Blocker } from '../../pipeline/publish/index.ts';
import { fillHint, localize } from '../../scripts/commands/localize.ts';
import { groupBlockers } from '../../scripts/refusals.ts';
import { printWarnings } from '../../scripts/summary.ts';
import { collect, tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

const blocker = (release: string, locale: 'th' | 'zh', reason: Blocker['reason'], message: string, n: number) =>
  ({ release, locale, reason, message, segment: `seg${n}` }) as Blocker;

describe('publish refusal', () => {
  it('groups blockers by release, locale and reason, with counts, the fix and a few segment ids', () => {
    const unreviewed = 'google translation not reviewed; review it (state="reviewed") or pass --allow-unreviewed';
    const blockers = [
      ...Array.from({ length: 40 }, (_, i) => blocker('a', 'zh', 'unreviewed', unreviewed, i)),
      ...Array.from({ length: 13 }, (_, i) => blocker('a', 'th', 'missing', 'no translation in the memory', i)),
      blocker('b', 'th', 'qa', 'locks: placeholder l1 lost', 1),
      blocker('b', 'th', 'qa', 'locks: placeholder l2 lost', 2),
      blocker('b', 'th', 'qa', 'numbers: 2025 missing', 3),
    ];
    expect(groupBlockers(blockers)).toEqual([
      `  a zh: 40 unreviewed: ${unreviewed} (seg0, seg1, seg2, +37 more)`,
      '  a th: 13 missing: no translation in the memory (seg0, seg1, seg2, +10 more)',
      '  b th: 3 qa: locks 2, numbers 1 (seg1, seg2, seg3)',
    ]);
  });
});

describe('localize messages', () => {
  it('a missing translation names the provider chain that would fill it', () => {
    expect(fillHint('memory')).toBe(
      '; `--provider memory,google` would fill them (GOOGLE_CLOUD_PROJECT or TRANSLATE_EMULATOR_HOST)',
    );
    expect(fillHint('memory,google')).toBe('');
  });

  it('QA warnings are named by check per release and locale, not only counted', () => {
    const { lines, log } = collect();
    const warning = (check: string, locale: 'th' | 'zh') =>
      ({ check, severity: 'warning', message: 'm', release: 'r', locale }) as const;
    printWarnings(
      [warning('length', 'th'), warning('untranslated', 'th'), warning('length', 'th'), warning('whitespace', 'zh')],
      log,
    );
    expect(lines).toEqual([
      '',
      '4 QA warning(s) (`silkbridge qa` lists each):',
      '  r th: length 2, untranslated 1',
      '  r zh: whitespace 1',
    ]);
  });

  it('a run with untranslated segments says so in its problems with the fill hint', async () => {
    const dir = tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'a.md': '---\nlang: en\n---\n\nPay with WeChat Pay.\n' });
    const { lines, log } = collect();
    const code = await localize({
      cwd: dir,
      input: 'a.md',
      to: ['th'],
      provider: 'memory',
      out: 'out',
      glossary: 'glossary.yaml',
      memory: 'memory',
      env: {},
      log,
    });
    expect(code).toBe(1);
    expect(lines.find((l) => l.startsWith('a th: error missing: '))).toMatch(
      /1 segment\(s\) have no translation \([0-9a-f]{12}\); th not written; `--provider memory,google` would fill them/,
    );
  });
});
